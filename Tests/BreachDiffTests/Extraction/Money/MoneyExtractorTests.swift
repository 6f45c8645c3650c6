import Testing
@testable import BreachDiff

/// Sums of money read from single invented sentences.
@Suite struct MoneyExtractorTests {
    static func money(_ text: String) -> [MoneyFact] {
        let document = DocumentReader().read(text: text, file: "test.txt")
        return FactExtractor(extractors: [MoneyExtractor()]).extract(from: document).compactMap {
            if case .money(let money) = $0.payload { return money }
            return nil
        }
    }

    @Test("amounts and currencies", arguments: zip([
        "The retailer agreed to pay $215 million to settle the class action",
        "The retailer agreed to pay $215m to settle the class action",
        "The retailer agreed to pay US$2.15 billion to settle the class action",
        "The regulator fined the airline £12.7m",
        "The watchdog imposed a penalty of GBP 44.5 million",
        "The authority fined the bank €30 million",
        "The bank will pay a C$9 million fine",
        "The retailer agreed to pay $215,000,000 to settle the class action",
        "The carrier recorded USD 7.5 million of costs related to the incident",
        "The insurer said it would spend 90 million dollars on cybersecurity",
    ], [
        MoneyFact(event: .settlement, value: 215_000_000, currency: "USD"),
        MoneyFact(event: .settlement, value: 215_000_000, currency: "USD"),
        MoneyFact(event: .settlement, value: 2_150_000_000, currency: "USD"),
        MoneyFact(event: .fine, value: 12_700_000, currency: "GBP"),
        MoneyFact(event: .fine, value: 44_500_000, currency: "GBP"),
        MoneyFact(event: .fine, value: 30_000_000, currency: "EUR"),
        MoneyFact(event: .fine, value: 9_000_000, currency: "CAD"),
        MoneyFact(event: .settlement, value: 215_000_000, currency: "USD"),
        MoneyFact(event: .incidentCost, value: 7_500_000, currency: "USD"),
        MoneyFact(event: .securityInvestment, value: 90_000_000, currency: "USD"),
    ]))
    func amount(text: String, expected: MoneyFact) {
        #expect(Self.money(text) == [expected])
    }

    @Test("events", arguments: zip([
        "The lender reached a $61 million settlement with affected customers",
        "The lender committed to invest $61 million in data security over three years",
        "Net of insurance recoveries, the incident cost $61 million",
        "The lender recorded pre-tax expenses of $61 million",
        "The state attorney general imposed a civil penalty of $61 million",
        "The lender paid the attackers a ransom of $61 million in bitcoin",
        "The lender agreed to pay $61 million to settle claims brought by federal regulators",
        // Regulators as parties to an agreed settlement do not make it a penalty.
        "The lender will pay $61 million under a settlement with the trade commission and 40 states",
        "The lender will also pay $61 million to 40 states and the attorney general of the district",
        "To resolve the agencies' inquiry, the lender will pay $61 million into a restitution fund",
        "The SEC fined the lender $61 million",
    ], [
        MoneyEvent.settlement, .securityInvestment, .incidentCost, .incidentCost, .fine, .ransom, .fine,
        .settlement, .settlement, .settlement, .fine,
    ]))
    func event(text: String, expected: MoneyEvent) {
        #expect(Self.money(text).map(\.event) == [expected])
    }

    @Test("both ends of a cost range")
    func range() {
        let found = Self.money("The bank expects the incident to cost $40 million to $60 million this year")
        #expect(found.map(\.value) == [40_000_000, 60_000_000])
        #expect(found.allSatisfy { $0.event == .incidentCost })
    }

    @Test("a conversion in parentheses is not a second sum")
    func conversion() {
        let found = Self.money("The operator agreed to pay 40 million dollars (£33 million) to settle the lawsuit")
        #expect(found == [MoneyFact(event: .settlement, value: 40_000_000, currency: "USD")])
    }

    @Test("a rounded restatement in the same document is dropped")
    func rounded() {
        let found = Self.money("The regulator fined the chain £22.3 million\n\nA £22 million fine is still large")
        #expect(found.map(\.value) == [22_300_000])
    }

    @Test("not breach money", arguments: [
        "The buyer completed its $4.1 billion acquisition of the company",
        "Quarterly revenue rose to $3.2 billion",
        "The deal valued the firm at $9 billion",
        "The chief executive received a $2 million bonus",
        "Its shares lost $1.1 billion in market value",
        "The database was put up for sale for $200,000",
        "Customers may receive $25 each",
    ])
    func notMoney(text: String) {
        #expect(Self.money(text).isEmpty, "\(Self.money(text))")
    }
}
