import Testing
@testable import BreachDiff

/// A ticker strip of index levels and share prices holds grouped figures with no unit; they are
/// quotes, never the population of a breach.
@Suite struct CountMarketQuoteTests {
    static let strips: [String] = [
        "NIKKEI 38,204 \u{25B2} 0.6% | FTSE 7,912 \u{25BC} 0.3%",
        "Composite index 16,115 +0.4% at the close.",
        "ACME 1,212.50 \u{2193} 2.1% in early trading.",
    ]

    @Test("A figure followed by its market move is no count", arguments: strips)
    func tickerStrip(text: String) {
        #expect(CountExtractorTests.counts(text).isEmpty, "\(CountExtractorTests.counts(text))")
    }

    /// A count next to a percentage that is no market move still counts.
    static let counts: [(String, Int64)] = [
        ("The breach reached 38,204 patients, 0.6% of the clinic's roll.", 38_204),
        ("About 16,115 customers, or 4% of the total, were affected.", 16_115),
    ]

    @Test("Counts beside a share of a total are kept", arguments: counts)
    func countBesidePercent(text: String, value: Int64) {
        let found = CountExtractorTests.counts(text)
        #expect(found.contains { $0.value == value }, "\(found)")
    }
}
