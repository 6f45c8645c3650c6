/// A figure labelled as a sample's size by a heading word before it: "Sample: 999 rows",
/// "Free sample - 50 records", "sample size 1,000". Like "a sample of 10 rows", it is what a
/// seller shows, not the population the breach reached.
enum SampleLabel {
    static let sampleWords: Set<String> = ["sample", "samples"]

    /// Whether the tokens right before `start` (the figure or its qualifier) label it a sample.
    static func labels(_ tokens: [TextToken], before start: Int) -> Bool {
        var index = start - 1
        guard index >= 1 else { return false }
        if tokens[index].isSymbol(":") || tokens[index].isSymbol("-") || tokens[index].isSymbol("\u{2013}")
            || tokens[index].isWord("size") {
            index -= 1
        } else {
            return false
        }
        return tokens[index].kind == .word && sampleWords.contains(tokens[index].text)
    }
}
