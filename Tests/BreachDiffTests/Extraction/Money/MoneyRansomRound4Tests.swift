import Testing
@testable import BreachDiff

/// Payments to an attacker found misread on the session-4 held-out case, pinned with invented
/// sentences: a sum paid to delete or destroy stolen data is a ransom, and so is a payment to a
/// single hacker or thief, however long the phrase naming the payee.
@Suite struct MoneyRansomRound4Tests {
    static let ransoms: [(String, Int64)] = [
        ("Acme paid the hacker about $250,000 to delete the stolen files.", 250_000),
        ("Globex handed one member of the crew that took its billing archive some $90,000 to destroy the copies.", 90_000),
        ("The retailer paid an attacker $40,000, the report said.", 40_000),
        ("Initech paid a thief $12,000 for the return of the laptop.", 12_000),
    ]

    @Test("A payment to delete data or to one attacker is a ransom", arguments: ransoms)
    func ransom(text: String, value: Int64) {
        let found = MoneyExtractorTests.money(text)
        #expect(found.contains { $0.value == value && $0.event == .ransom }, "\(found)")
    }

    /// Settlements stay settlements even when the sentence mentions hackers in passing.
    static let settlements: [(String, Int64)] = [
        ("Acme agreed to pay $18 million to settle lawsuits brought after the hacker attack.", 18_000_000),
        ("The settlement fund of $7 million covers customers whose data a thief took.", 7_000_000),
    ]

    @Test("A settlement near an attacker word stays a settlement", arguments: settlements)
    func settlement(text: String, value: Int64) {
        let found = MoneyExtractorTests.money(text)
        #expect(found.contains { $0.value == value && $0.event == .settlement }, "\(found)")
    }
}
