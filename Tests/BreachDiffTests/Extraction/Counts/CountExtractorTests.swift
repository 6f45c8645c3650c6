import Testing
@testable import BreachDiff

/// Counts read from single invented sentences.
@Suite struct CountExtractorTests {
    static func counts(_ text: String, kind: DocumentKind = .news) -> [CountFact] {
        var document = DocumentReader().read(text: text, file: "test.txt")
        document.kind = kind
        return FactExtractor(extractors: [CountExtractor()]).extract(from: document).compactMap {
            if case .count(let count) = $0.payload { return count }
            return nil
        }
    }

    @Test("count phrasings", arguments: zip([
        "The intruders reached 12,345,678 customer accounts",
        "Investigators found that 48M users were exposed",
        "Roughly 2.6 million patients were notified by mail",
        "The leak touched 1.5 billion profiles",
        "A database with 4bn records surfaced online",
        "The firm said thirty-seven million subscribers were affected",
        "It said one billion accounts were involved",
        "Half a million members had their data exposed",
        "The seller advertised 120M+ records",
        "Tens of millions of consumers may have been affected",
        "Hundreds of thousands of employees were notified",
        "The breach hit 912 residents of the county",
        "About 250,000 persons received letters",
        "Files for 3,400 job applicants were copied",
        "Records of 61,000 former and current employees were taken",
        "The group copied 5,000 source code repositories",
        "Around 9,800 unique devices were enrolled",
    ], [
        CountFact(value: 12_345_678, unit: "accounts", qualifier: .exact),
        CountFact(value: 48_000_000, unit: "users", qualifier: .exact),
        CountFact(value: 2_600_000, unit: "patients", qualifier: .approximately),
        CountFact(value: 1_500_000_000, unit: "profiles", qualifier: .exact),
        CountFact(value: 4_000_000_000, unit: "records", qualifier: .exact),
        CountFact(value: 37_000_000, unit: "subscribers", qualifier: .exact),
        CountFact(value: 1_000_000_000, unit: "accounts", qualifier: .exact),
        CountFact(value: 500_000, unit: "members", qualifier: .exact),
        CountFact(value: 120_000_000, unit: "records", qualifier: .moreThan),
        CountFact(value: 10_000_000, unit: "consumers", qualifier: .range, low: 10_000_000, high: 100_000_000),
        CountFact(value: 100_000, unit: "employees", qualifier: .range, low: 100_000, high: 1_000_000),
        CountFact(value: 912, unit: "people", qualifier: .exact),
        CountFact(value: 250_000, unit: "people", qualifier: .approximately),
        CountFact(value: 3_400, unit: "applicants", qualifier: .exact),
        CountFact(value: 61_000, unit: "employees", qualifier: .exact),
        CountFact(value: 5_000, unit: "repositories", qualifier: .exact),
        CountFact(value: 9_800, unit: "devices", qualifier: .approximately),
    ]))
    func phrasing(text: String, expected: CountFact) {
        #expect(Self.counts(text) == [expected])
    }

    @Test("qualifiers", arguments: zip([
        "The attack exposed approximately 4 million users",
        "It exposed an estimated 4 million users",
        "It exposed ~4 million users",
        "It exposed over 4 million users",
        "It exposed in excess of 4 million users",
        "It exposed upwards of 4 million users",
        "It exposed at least 4 million users",
        "It exposed up to 4 million users",
        "It exposed as many as 4 million users",
        "It exposed almost 4 million users",
        "It exposed close to 4 million users",
        "It exposed fewer than 4 million users",
        "It exposed less than 4 million users",
        "It exposed up to approximately 4 million users",
        "It exposed just over 4 million users",
    ], [
        CountQualifier.approximately, .approximately, .approximately, .moreThan, .moreThan, .moreThan, .atLeast,
        .upTo, .upTo, .nearly, .nearly, .fewerThan, .fewerThan, .upTo, .moreThan,
    ]))
    func qualifier(text: String, expected: CountQualifier) {
        #expect(Self.counts(text).map(\.qualifier) == [expected])
    }

    @Test("ranges", arguments: zip([
        "Between 3 and 5 million users were affected",
        "Some 3-5 million users were affected",
        "Somewhere from 3 million to 5 million users were affected",
    ], [(3_000_000, 5_000_000), (3_000_000, 5_000_000), (3_000_000, 5_000_000)]))
    func range(text: String, bounds: (Int64, Int64)) {
        let found = Self.counts(text)
        #expect(found.count == 1)
        #expect(found.first?.qualifier == .range)
        #expect(found.first?.low == bounds.0)
        #expect(found.first?.high == bounds.1)
    }

    @Test("head noun skips modifiers and takes the last unit noun", arguments: zip([
        "Thieves reached 2.2 million current prepaid customer accounts",
        "Thieves reached 2.2 million former or prospective customers",
        "Thieves reached 2.2 million unique guest records",
        "Thieves reached 2.2 million U.S. consumers",
        "Thieves reached 2.2 million additional Canadians",
        "Thieves reached 2.2 million of its subscribers",
        "Thieves reached 2.2 million clients",
    ], ["accounts", "customers", "records", "consumers", "people", "subscribers", "customers"]))
    func unit(text: String, unit: String) {
        #expect(Self.counts(text).map(\.unit) == [unit])
    }

    @Test("counts of data items are records with a data type", arguments: zip([
        "The thieves took 410,000 Social Security numbers",
        "The thieves took 2.1 million unencrypted passport numbers",
        "The thieves took 71,000 credit card numbers",
        "The thieves took 15,500 driver's license numbers",
        "The thieves took 3 million email addresses",
        "The thieves took 55,000 linked bank account numbers",
    ], [
        CountFact(value: 410_000, unit: "records", qualifier: .exact, dataType: .ssn),
        CountFact(value: 2_100_000, unit: "records", qualifier: .exact, dataType: .passport),
        CountFact(value: 71_000, unit: "records", qualifier: .exact, dataType: .paymentCard),
        CountFact(value: 15_500, unit: "records", qualifier: .exact, dataType: .driversLicense),
        CountFact(value: 3_000_000, unit: "records", qualifier: .exact, dataType: .email),
        CountFact(value: 55_000, unit: "accounts", qualifier: .exact, dataType: .bankAccount),
    ]))
    func dataItem(text: String, expected: CountFact) {
        #expect(Self.counts(text) == [expected])
    }

    @Test("a figure without a noun takes the unit of the count before it")
    func inheritedUnit() {
        let found = Self.counts("The flaw exposed roughly 9 million customers in Brazil and about 2 million in Chile")
        #expect(found.map(\.value) == [9_000_000, 2_000_000])
        #expect(found.map(\.unit) == ["customers", "customers"])
    }

    @Test("a bare figure after a data item counts those items, not people", arguments: zip([
        "Most passport numbers were encrypted, but roughly 52,000 were not",
        "Card numbers were also taken: about 12,000 of them, the lender said",
    ], [
        CountFact(value: 52_000, unit: "records", qualifier: .approximately, dataType: .passport),
        CountFact(value: 12_000, unit: "records", qualifier: .approximately, dataType: .paymentCard),
    ]))
    func bareFigureAfterDataItem(text: String, expected: CountFact) {
        #expect(Self.counts(text) == [expected])
    }

    @Test("in 'items of N' the figure counts the people whose items were taken")
    func itemsOfPeople() {
        let found = Self.counts("The intruders obtained the passport numbers of 52,000 travellers and the phone numbers of 1.2 million")
        #expect(found.map(\.value) == [52_000, 1_200_000])
        #expect(found.allSatisfy { $0.unit != "records" })
    }

    @Test("further and additional figures are counts of their own", arguments: [
        "The review found a further 1.1 million accounts",
        "The review found an additional 1.1 million accounts",
        "The review found another 1.1 million accounts",
    ])
    func additional(text: String) {
        #expect(Self.counts(text).map(\.value) == [1_100_000])
    }

    @Test("a share of a stated base is counted")
    func percentage() {
        let found = Self.counts("About 20% of its 5 million subscribers were hit by the leak")
        #expect(found.map(\.value) == [1_000_000])
        #expect(found.map(\.unit) == ["subscribers"])
    }

    @Test("non-counts", arguments: [
        "The carrier, which has more than 90 million customers, confirmed the intrusion",
        "The bank serves 45 million customers across the country",
        "It reported having a total of 88.4 million customers at the end of the quarter",
        "The insurer employs 12,000 people",
        "This was the 8th breach disclosed this year",
        "The intrusion began in 2019 and ended in 2021",
        "See Item 1.05 of the form for details",
        "Call 1-800-555-0199 for help",
        "Mail the form to ZIP code 30303",
        "Notices went out within 72 hours",
        "Customers get 24 months of credit monitoring",
        "The company agreed to pay $12 million",
        "Shares fell 7% after the announcement",
        "The firm shipped version 4.2 of its app",
        "The report runs to 112 pages",
        "Data from 31 countries was involved",
        "The company faced 12 consumer class-action lawsuits",
        "On March 14, 2022 the firm learned of the attack",
        "Millions of users were told to reset passwords",
    ])
    func nonCount(text: String) {
        #expect(Self.counts(text).isEmpty, "\(Self.counts(text))")
    }

    @Test("a claim inside a company sentence is the attacker's")
    func attackerClaim() throws {
        var document = DocumentReader().read(
            text: "The company said it is investigating a hacker claiming to hold data on 70 million users", file: "t.txt")
        document.kind = .pressRelease
        let fact = try #require(FactExtractor(extractors: [CountExtractor()]).extract(from: document).first)
        #expect(fact.source == .attacker)
        #expect(fact.stance == .claimed)
    }

    @Test("the span is the clause inside the sentence and the quote matches the text")
    func span() throws {
        let text = "After a long review, the lender said roughly 3.3 million borrowers were affected, it added"
        let document = DocumentReader().read(text: text, file: "t.txt")
        let fact = try #require(FactExtractor(extractors: [CountExtractor()]).extract(from: document).first)
        #expect(fact.quote == "the lender said roughly 3.3 million borrowers were affected")
        let scalars = Array(document.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[fact.start..<fact.end])) == fact.quote)
    }
}
