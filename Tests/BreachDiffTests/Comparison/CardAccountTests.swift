import Testing
@testable import BreachDiff

/// Card accounts are the affected population (slot `count`); cards and card numbers stay a data
/// item. Synthetic quotes, invented wording and figures.
@Suite struct CardAccountTests {
    typealias F = ComparisonFixtures

    /// (quote, figure, counts card accounts)
    static let wordings: [(String, Int64, Bool)] = [
        ("roughly 12 million credit and debit card accounts were exposed", 12_000_000, true),
        ("about 3.5 million payment card accounts", 3_500_000, true),
        ("some 800,000 customer card accounts", 800_000, true),
        ("about 3.5 million credit card numbers", 3_500_000, false),
        ("approximately 90,000 unexpired cards", 90_000, false),
        ("12 million card holders", 12_000_000, false),
        ("12 million bank accounts", 12_000_000, false),
    ]

    @Test("which figures count card accounts", arguments: wordings)
    func countsCards(quote: String, value: Int64, expected: Bool) {
        #expect(CardAccountCues.countsCards(value, in: quote) == expected)
    }

    /// (quote, figure, slot)
    static let slots: [(String, Int64, String)] = [
        ("roughly 12 million credit and debit card accounts were exposed", 12_000_000, "count"),
        ("about 3.5 million payment card accounts", 3_500_000, "count"),
        ("about 3.5 million credit card numbers", 3_500_000, "data_type:payment_card"),
        ("approximately 90,000 unexpired payment cards", 90_000, "data_type:payment_card"),
        ("12 million bank accounts", 12_000_000, "data_type:bank_account"),
    ]

    @Test("a card-account count fills the count slot", arguments: slots)
    func slot(quote: String, value: Int64, expected: String) {
        #expect(SlotNaming.slot(of: F.count("a.html", value, unit: "accounts", quote: quote)) == expected)
    }

    @Test("card accounts then a larger people count of the company is a revision")
    func revisionToPeople() throws {
        let comparison = Comparator().compare(
            documents: [F.document("first.html", "2016-11-02", kind: .pressRelease), F.document("second.html", "2016-12-01", kind: .pressRelease)],
            facts: [F.count("first.html", 12_000_000, unit: "accounts", quote: "about 12 million credit and debit card accounts"),
                    F.count("second.html", 30_000_000, unit: "people", quote: "up to 30 million people")])
        #expect(F.kinds(comparison, slot: "count").contains(.revised))
    }

    @Test("card numbers stay a data item and are not set against people")
    func cardNumbersNotPopulation() {
        let comparison = Comparator().compare(
            documents: [F.document("first.html", "2016-11-02", kind: .pressRelease), F.document("second.html", "2016-12-01", kind: .pressRelease)],
            facts: [F.count("first.html", 12_000_000, unit: "records", quote: "about 12 million credit card numbers"),
                    F.count("second.html", 30_000_000, unit: "people", quote: "up to 30 million people")])
        #expect(F.kinds(comparison, slot: "count").isEmpty)
    }
}

/// A total in another document that adds one document's figures of two unit groups.
@Suite struct MixedUnitSumTests {
    typealias F = ComparisonFixtures

    /// (total, total's unit, mismatch expected)
    static let totals: [(Int64, String, Bool)] = [
        (42_000_000, "people", true),      // 12M accounts + 30M people
        (42_000_000, "customers", true),
        (40_000_000, "people", false),     // no sum of the parts
        (30_000_000, "people", false),     // one part repeated
    ]

    @Test("a total adding accounts to people is a unit mismatch", arguments: totals)
    func mixedSum(total: Int64, unit: String, expected: Bool) {
        let comparison = Comparator().compare(
            documents: [F.document("parts.html", "2016-12-01", kind: .pressRelease), F.document("total.html", "2016-12-02")],
            facts: [F.count("parts.html", 12_000_000, unit: "accounts", quote: "about 12 million card accounts"),
                    F.count("parts.html", 30_000_000, unit: "people", quote: "up to 30 million people", start: 100),
                    F.count("total.html", total, unit: unit, qualifier: .upTo, source: .media, quote: "as many as \(total) \(unit)")])
        #expect(F.kinds(comparison, slot: "count").contains(.unitMismatch) == expected)
    }

    @Test("current and former parts summed are no mismatch")
    func statusSplit() {
        let comparison = Comparator().compare(
            documents: [F.document("parts.html", "2016-12-01", kind: .pressRelease), F.document("total.html", "2016-12-02")],
            facts: [F.count("parts.html", 5_000_000, unit: "customers", quote: "5 million current customers"),
                    F.count("parts.html", 20_000_000, unit: "customers", quote: "20 million former customers", start: 100),
                    F.count("total.html", 25_000_000, unit: "customers", source: .media, quote: "25 million current and former customers")])
        #expect(!F.kinds(comparison, slot: "count").contains(.unitMismatch))
    }

    @Test("parts of one unit summed are no mismatch")
    func sameUnitParts() {
        let comparison = Comparator().compare(
            documents: [F.document("parts.html", "2016-12-01", kind: .pressRelease), F.document("total.html", "2016-12-02")],
            facts: [F.count("parts.html", 12_000_000, unit: "people", quote: "12 million people"),
                    F.count("parts.html", 30_000_000, unit: "people", quote: "30 million people", start: 100),
                    F.count("total.html", 42_000_000, unit: "people", source: .media, quote: "42 million people")])
        #expect(!F.kinds(comparison, slot: "count").contains(.unitMismatch))
    }
}
