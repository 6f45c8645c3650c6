import Testing
@testable import BreachDiff

/// "about 2 million current members and about 9 million former ones": the pronoun "ones" repeats
/// the noun of the figure before it.
@Suite struct CountElidedNounTests {
    static let elided: [(String, Int64, String)] = [
        ("The leak touched about 2.4 million current subscribers and about 9.1 million former ones.", 9_100_000, "subscribers"),
        ("Some 300,000 active accounts and 1.2 million dormant ones were exposed.", 1_200_000, "accounts"),
        ("The breach reached 40,000 permanent employees and 15,000 temporary ones.", 15_000, "employees"),
    ]

    @Test("'ones' takes the unit of the figure before", arguments: elided)
    func elidedNoun(text: String, value: Int64, unit: String) {
        let found = CountExtractorTests.counts(text)
        #expect(found.contains { $0.value == value && $0.unit == unit }, "\(found)")
    }

    /// With no figure before it, "ones" names nothing: no count.
    @Test func onesWithoutAntecedent() {
        let found = CountExtractorTests.counts("The firm replaced 3 million old ones last year.")
        #expect(!found.contains { $0.value == 3_000_000 }, "\(found)")
    }
}
