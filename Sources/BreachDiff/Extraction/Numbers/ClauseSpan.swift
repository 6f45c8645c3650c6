/// The clause around a fact's tokens: widened to the nearest punctuation that separates
/// clauses, and capped so a long run-on sentence still yields a short quote.
public enum ClauseSpan {
    /// Symbols that end a clause. A hyphen only counts with spaces around it ("the rest - 637,430 -").
    static let boundaries: Set<String> = [",", ";", ":", "(", ")", "[", "]", "\u{2014}", "\u{2013}", "•", "|", "!", "?"]

    /// Token range `first..<end` of the clause that contains `core` (a non-empty token range),
    /// at most `reach` tokens wider on each side.
    public static func tokens(_ tokens: [TextToken], around core: Range<Int>, reach: Int = 10) -> Range<Int> {
        var first = core.lowerBound
        while first > 0, core.lowerBound - first < reach, !isBoundary(tokens[first - 1]) {
            first -= 1
        }
        var end = core.upperBound
        while end < tokens.count, end - core.upperBound < reach, !isBoundary(tokens[end]) {
            end += 1
        }
        // A clause does not end on a dangling sentence stop.
        while end > core.upperBound, tokens[end - 1].isSymbol(".") { end -= 1 }
        return first..<end
    }

    static func isBoundary(_ token: TextToken) -> Bool {
        guard token.kind == .symbol else { return false }
        if token.text == "-" { return token.spaced }
        return boundaries.contains(token.text)
    }
}
