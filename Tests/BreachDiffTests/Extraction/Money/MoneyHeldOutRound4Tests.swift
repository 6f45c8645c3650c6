import Testing
@testable import BreachDiff

/// Money rules found on the session-4 held-out case, pinned with invented sentences.
@Suite struct MoneyHeldOutRound4Tests {
    /// What one person can receive is not the sum a company pays.
    static let perHead: [String] = [
        "Under the class settlement, shoppers can claim up to $5,000 each for documented losses.",
        "Each driver will receive $2,500 apiece from the settlement fund.",
        "The settlement pays $1,000 per household that proves fraud.",
    ]

    @Test("A per-person amount is no fact", arguments: perHead)
    func perPerson(text: String) {
        #expect(MoneyExtractorTests.money(text).isEmpty, "\(MoneyExtractorTests.money(text))")
    }

    /// The insurance part offsets a cost; the net cost after it stays a cost.
    static let insurance: [(String, [Int64])] = [
        ("Expected insurance recoveries of $30 million partly offset the expenses of $75 million.", [75_000_000]),
        ("The charge of $48 million is before $20 million of expected insurance proceeds.", [48_000_000]),
        ("Breach costs were $55 million after expected insurance payments.", [55_000_000]),
        ("The company recorded an insurance receivable of $12 million against breach expenses of $40 million.", [40_000_000]),
    ]

    @Test("Insurance recoveries are no incident cost", arguments: insurance)
    func insuranceOffset(text: String, costs: [Int64]) {
        let found = MoneyExtractorTests.money(text)
        #expect(found.filter { $0.event == .incidentCost }.map(\.value).sorted() == costs, "\(found)")
    }

    @Test func aSettlementTotalStays() {
        #expect(MoneyExtractorTests.money("The retailer agreed to pay $9 million to settle the class action.").map(\.value) == [9_000_000])
    }
}
