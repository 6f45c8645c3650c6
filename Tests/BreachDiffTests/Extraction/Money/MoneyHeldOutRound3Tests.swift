import Testing
@testable import BreachDiff

/// Money rules found on the session-3 held-out cases, pinned with invented sentences.
@Suite struct MoneyHeldOutRound3Tests {
    /// State attorneys general settle claims by agreement: a settlement, not a regulator's fine.
    static let attorneysGeneral: [String] = [
        "Globex agreed to pay $20 million to resolve claims by the attorneys general of 40 states.",
        "The insurer will pay $7.5 million to settle claims brought by state attorneys general.",
    ]

    @Test("Resolving attorneys general's claims is a settlement", arguments: attorneysGeneral)
    func attorneysGeneralSettlement(text: String) {
        #expect(MoneyExtractorTests.money(text).map(\.event) == [.settlement])
    }

    @Test func regulatorClaimsStayAFine() {
        let found = MoneyExtractorTests.money("The bank agreed to pay $80 million to settle SEC charges.")
        #expect(found.map(\.event) == [.fine])
    }
}
