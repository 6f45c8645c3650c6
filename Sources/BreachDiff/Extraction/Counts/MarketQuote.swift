/// A market quote in a ticker strip ("INDEX 37,798 ▼ 0.1%", "ACME 495.25 ▲ 5.2%"): a price or
/// index level followed by its change, never an affected population.
///
/// Why: business pages open with a strip of index levels and share prices; a grouped figure
/// there has no unit and was read as a count of people.
enum MarketQuote {
    /// Arrows and triangles that mark a rise or a fall.
    static let movementMarks: Set<String> = ["\u{25B2}", "\u{25BC}", "\u{25B3}", "\u{25BD}", "\u{2191}", "\u{2193}", "\u{2B06}", "\u{2B07}"]

    /// Whether the figure that ends before token `end` is followed by a movement mark, or by a
    /// signed change in percent ("+0.4%", "-1.2%").
    static func follows(_ tokens: [TextToken], after end: Int) -> Bool {
        guard end < tokens.count else { return false }
        let next = tokens[end]
        if next.kind == .symbol, movementMarks.contains(next.text) { return true }
        guard next.isSymbol("+") || next.isSymbol("-") || next.isSymbol("\u{2212}"), end + 2 < tokens.count else { return false }
        return tokens[end + 1].kind == .number && tokens[end + 2].isSymbol("%")
    }
}
