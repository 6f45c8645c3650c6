import Testing
@testable import BreachDiff

/// Two count readings found missing on the session-5 held-out case: a sample's size given as a
/// labelled figure ("Sample: 500 rows"), and "others" standing for the noun of the figure before
/// it. Invented sentences.
@Suite struct CountSampleLabelAndOthersTests {
    static let labelledSamples: [String] = [
        "Free sample: 999 rows attached, check them yourself.",
        "Sample - 250 records from the member table.",
        "Sample size 1,000 lines, the rest after payment.",
    ]

    @Test("A figure labelled as a sample is no count", arguments: labelledSamples)
    func labelledSample(text: String) {
        #expect(CountExtractorTests.counts(text).isEmpty, "\(CountExtractorTests.counts(text))")
    }

    /// A colon or "size" after another word leaves the figure a count.
    static let notSamples: [(String, Int64)] = [
        ("Affected: 2,500 customers in three states.", 2_500),
        ("Breach size 40,000 records, the regulator said.", 40_000),
        ("The seller posted a sample; the full table holds 3 million records.", 3_000_000),
    ]

    @Test("Other labels keep the count", arguments: notSamples)
    func otherLabel(text: String, value: Int64) {
        #expect(CountExtractorTests.counts(text).contains { $0.value == value }, "\(CountExtractorTests.counts(text))")
    }

    static let others: [(String, Int64, String)] = [
        ("Thieves viewed the profiles of about 4.2 million members, along with the family pages of about 800,000 others.", 800_000, "members"),
        ("The leak hit 60,000 patients directly and 12,000 others through shared records.", 12_000, "patients"),
    ]

    @Test("'others' takes the unit of the figure before", arguments: others)
    func othersTakeUnit(text: String, value: Int64, unit: String) {
        let found = CountExtractorTests.counts(text)
        #expect(found.contains { $0.value == value && $0.unit == unit }, "\(found)")
    }

    /// With no figure before it, "others" names nothing.
    @Test func othersWithoutAntecedent() {
        let found = CountExtractorTests.counts("Police said 2 million others could still be at risk.")
        #expect(!found.contains { $0.value == 2_000_000 }, "\(found)")
    }
}
