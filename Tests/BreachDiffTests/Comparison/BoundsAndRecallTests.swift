import Testing
@testable import BreachDiff

/// Floors and ceilings of one amount, figures an authority recalls beside its new one, speech
/// verbs that look like additions, and the section country of a document about several countries.
@Suite struct BoundsAndRecallTests {
    typealias F = ComparisonFixtures

    static func amount(_ value: Int64, _ quote: String, start: Int) -> Fact {
        Fact(file: "deal.html", start: start, end: start + quote.unicodeScalars.count, quote: quote, source: .regulator,
             stance: .confirmed, payload: .money(MoneyFact(event: .settlement, value: value, currency: "USD")))
    }

    @Test("a floor and a higher ceiling of one settlement are reported together, with a note")
    func floorAndCeiling() throws {
        let comparison = Comparator().compare(documents: [F.document("deal.html", "2021-03-02")], facts: [
            Self.amount(310_000_000, "the lender will pay at least $310 million", start: 0),
            Self.amount(420_000_000, "and perhaps as much as $420 million", start: 50),
        ])
        let found = try #require(comparison.discrepancies.first { $0.slot == "money:settlement" })
        #expect(found.kind == .conflict)
        #expect(Set(found.values.map(\.value)) == ["310000000", "420000000"])
        #expect(found.note.contains("floor and a ceiling"))
    }

    @Test("a ceiling below the floor is a part, not the other bound")
    func ceilingBelowFloor() {
        let comparison = Comparator().compare(documents: [F.document("deal.html", "2021-03-02")], facts: [
            Self.amount(310_000_000, "the lender will pay at least $310 million", start: 0),
            Self.amount(90_000_000, "up to $90 million of it goes to a victims fund", start: 50),
        ])
        #expect(!F.kinds(comparison, slot: "money:settlement").contains(.conflict))
    }

    @Test("an authority recalling its own earlier estimate beside a new one reports a revision")
    func recalledOwnEstimate() {
        let comparison = Comparator().compare(documents: [F.document("update.html", "2020-05-04", kind: .companyNotice)], facts: [
            F.count("update.html", 3_000, unit: "consumers", qualifier: .approximately,
                    quote: "about 3,000 Mexican consumers were affected", start: 0),
            F.count("update.html", 50_000, unit: "consumers", qualifier: .upTo,
                    quote: "far below the initial estimate of up to 50,000 Mexican consumers", start: 60),
        ])
        #expect(F.kinds(comparison, slot: "count").contains(.revised))
    }

    @Test("'it added that' reports speech and does not make a denial about an added group")
    func addedThatIsSpeech() {
        #expect(!QuoteCues.isIncrement("It added that passwords of German customers were not in the file"))
        #expect(QuoteCues.isIncrement("the firm added 3 million accounts to its tally"))
    }

    @Test("in a document about several countries alike, a statement takes the country of the figures just before it")
    func sectionCountry() {
        let notice = "notice.html"
        let facts = [
            F.count(notice, 40_000, unit: "consumers", quote: "40,000 German consumers", start: 0),
            F.count(notice, 9_000, unit: "consumers", quote: "9,000 French consumers", start: 1_000),
            Fact(file: notice, start: 1_040, end: 1_070, quote: "these details included passwords", source: .company,
                 stance: .confirmed, payload: .dataType(DataTypeFact(key: .password, status: .exposed))),
        ]
        let documents = [F.document(notice, "2020-05-04", kind: .companyNotice)]
        let entries = SlotEntries.build(facts: facts, incidentOf: Array(repeating: "x", count: facts.count),
                                        documents: Dictionary(uniqueKeysWithValues: documents.map { ($0.file, $0) }))
        #expect(entries.first { $0.slot == "data_type:password" }?.population == ["fr"])
    }
}
