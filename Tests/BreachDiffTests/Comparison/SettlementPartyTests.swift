import Testing
@testable import BreachDiff

/// Settlements with different parties (card issuers, the states, consumers) are separate
/// settlements; one writer's several settled dates are a list, not a conflict. Synthetic facts,
/// invented wording.
@Suite struct SettlementPartyTests {
    typealias F = ComparisonFixtures

    static func settlement(_ file: String, _ value: Int64, source: SourceRole, quote: String) -> Fact {
        Fact(file: file, start: 0, end: quote.unicodeScalars.count, quote: quote, source: source, stance: .confirmed,
             payload: .money(MoneyFact(event: .settlement, value: value, currency: "USD")))
    }

    static let partyWordings: [(String, String?)] = [
        ("paid $12 million to resolve suits by lenders and credit unions", "issuers"),
        ("a $7 million deal with the attorneys general of 30 states", "states"),
        ("$3 million to end the class action of its shoppers", "consumers"),
        ("it agreed to pay $5 million", nil),
        ("a settlement of $9 million was approved", nil),
    ]

    @Test("the party a settlement quote names", arguments: partyWordings)
    func party(quote: String, expected: String?) {
        #expect(SettlementParties.party(in: quote) == expected)
    }

    /// (first quote, second quote, compared): amounts of different named parties are never a conflict.
    static let pairs: [(String, String, Bool)] = [
        ("$12 million to settle claims of issuing banks", "a $7 million multistate settlement", false),
        ("$12 million for consumers in a class action", "$7 million to settle claims of card issuers", false),
        // An amount naming no party in an incident with several settlements could be any of them.
        ("announced a $4 million deal", "a $7 million multistate settlement", false),
    ]

    @Test("amounts of different settlements are not compared", arguments: pairs)
    func separateParties(first: String, second: String, compared: Bool) {
        let comparison = Comparator().compare(
            documents: [F.document("a.html", "2016-02-01"), F.document("b.html", "2017-06-01", kind: .pressRelease),
                        F.document("c.html", "2016-03-01")],
            facts: [Self.settlement("a.html", 12_000_000, source: .media, quote: first),
                    Self.settlement("b.html", 7_000_000, source: .regulator, quote: second),
                    Self.settlement("c.html", 12_000_000, source: .media, quote: "$12 million for a consumer class action")])
        #expect(F.kinds(comparison, slot: "money:settlement").isEmpty == !compared)
    }

    @Test("with one party named, differing amounts are still a conflict")
    func onePartyStillCompared() {
        let comparison = Comparator().compare(
            documents: [F.document("a.html", "2016-02-01"), F.document("b.html", "2016-02-03", kind: .pressRelease)],
            facts: [Self.settlement("a.html", 12_000_000, source: .media, quote: "$12 million for shoppers"),
                    Self.settlement("b.html", 7_000_000, source: .company, quote: "a $7 million settlement")])
        #expect(F.kinds(comparison, slot: "money:settlement").contains(.conflict))
    }

    /// (second date's file, conflict expected): one writer's settlements vs two writers on one settlement.
    static let settledDates: [(String, Bool)] = [("a.html", false), ("b.html", true)]

    @Test("one document's different settled dates are separate settlements", arguments: settledDates)
    func settledDatesOfOneWriter(secondFile: String, conflict: Bool) {
        let comparison = Comparator().compare(
            documents: [F.document("a.html", "2015-12-03"), F.document("b.html", "2015-12-04")],
            facts: [F.date("a.html", .settled, "2015-03"), F.date(secondFile, .settled, "2015-08")])
        #expect(F.kinds(comparison, slot: "date:settled").contains(.conflict) == conflict)
    }
}
