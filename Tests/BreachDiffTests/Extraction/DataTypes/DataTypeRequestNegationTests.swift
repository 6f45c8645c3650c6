import Testing
@testable import BreachDiff

/// A negated verb of asking or contacting ("will not ask for your card number") is a warning
/// about impostors: it says nothing about what the intruders took.
@Suite struct DataTypeRequestNegationTests {
    static let warnings: [(String, DataTypeKey)] = [
        ("The bank is not asking customers for card numbers or PINs by phone.", .paymentCard),
        ("We will never ask you for your Social Security number in an email.", .ssn),
        ("The insurer is NOT calling members and is NOT requesting bank account details.", .bankAccount),
        ("Staff won't request your password over the phone.", .password),
        ("The company is not emailing customers about dates of birth.", .dateOfBirth),
    ]

    @Test("A negated request is no denial", arguments: warnings)
    func warning(sentence: String, key: DataTypeKey) {
        #expect(!DataTypeTestSupport.extract(sentence).contains { $0.key == key && $0.status == .notExposed })
    }

    /// Denials with other verbs, and "no" before a data item, stay denials.
    static let denials: [(String, String)] = [
        ("The intruders did not access card numbers or PINs.", "payment_card not_exposed"),
        ("No Social Security numbers were taken, the company said.", "ssn not_exposed"),
        ("The intruders did not ask for a ransom, and no passwords were stolen.", "password not_exposed"),
    ]

    @Test("Other negations still deny", arguments: denials)
    func denial(sentence: String, expected: String) {
        #expect(DataTypeTestSupport.statuses(sentence).contains(expected))
    }
}
