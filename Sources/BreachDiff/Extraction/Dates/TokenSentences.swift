/// Sentence ranges over tokens, for the context of a date.
///
/// The date extractor keeps its own boundaries rather than relying on the shared sentence
/// splitter alone: a split inside "Sept. 8, 2018" or "U.S." would cut a date from its verb.
/// Facts are still reported against the shared sentences (`DateExtractor`).
enum TokenSentences {
    /// Words that end with a period without ending the sentence.
    static let abbreviations: Set<UInt64> = Set([
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co",
        "ltd", "llc", "mr", "mrs", "ms", "dr", "st", "no", "vs", "jr", "sr", "va", "md", "gov", "approx", "est",
        "etc", "al", "fig", "ave", "dept", "univ", "mt", "ft", "calif", "wash", "mass", "conn", "penn", "ill",
    ].map(DateTokenizer.hash))

    /// The longest range, in tokens. Linking pairs each date of a range with each trigger of it,
    /// so one endless "sentence" (a page of dates without a full stop) would cost its length
    /// squared; real sentences stay far below this (the shared splitter cuts at 3,000 scalars).
    static let maximumTokens = 800

    static func ranges(of tokens: [DateToken]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in tokens.indices.dropFirst() where index - start >= maximumTokens || boundary(before: index, in: tokens) {
            if index > start { result.append(start..<index) }
            start = index
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    static func boundary(before index: Int, in tokens: [DateToken]) -> Bool {
        let token = tokens[index]
        let previous = tokens[index - 1]
        if token.lineBefore {
            // A wrapped line goes on with a lower-case word or a number after a word or comma.
            let continues = (token.kind == .number || token.kind == .word && !token.capitalized)
                && (previous.kind != .punctuation || previous.isPunctuation(","))
            return !continues
        }
        guard previous.kind == .punctuation, previous.isPunctuation(".") || previous.isPunctuation("?")
            || previous.isPunctuation("!") || previous.isPunctuation(";") else { return false }
        if previous.isPunctuation(";") { return true }
        guard token.spaceBefore, token.kind != .word || token.capitalized || token.kind == .number else {
            return token.kind == .punctuation && token.spaceBefore
        }
        guard index >= 2 else { return true }
        let word = tokens[index - 2]
        if word.kind == .word, previous.isPunctuation(".") {
            // "U.S.", "J. Smith", "Sept. 8": a single letter or a known abbreviation.
            if word.end - word.start == 1 || abbreviations.contains(word.key) { return false }
        }
        return true
    }
}
