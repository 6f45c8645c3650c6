import Testing
@testable import BreachDiff

/// A negated protection ("were not encrypted") describes how data was stored, not that it was
/// left alone: it must never become a denial.
@Suite struct DataTypeProtectionNegationTests {
    static let stored: [(String, DataTypeKey)] = [
        ("The Social Security numbers in the warehouse were apparently not encrypted.", .ssn),
        ("Passwords were not hashed before they were written to the log.", .password),
        ("Card numbers weren't masked on the internal screens.", .paymentCard),
        ("Dates of birth were never tokenized in the old system.", .dateOfBirth),
    ]

    @Test("A negated protection is no denial", arguments: stored)
    func storage(sentence: String, key: DataTypeKey) {
        #expect(!DataTypeTestSupport.extract(sentence).contains { $0.key == key && $0.status == .notExposed })
    }

    /// Other verbal negations after the data item stay denials.
    static let negatedBreachVerbs: [(String, String)] = [
        ("Social Security numbers were not accessed, the lender said.", "ssn not_exposed"),
        ("Passwords were not taken in the attack.", "password not_exposed"),
    ]

    @Test("Negated breach verbs still deny", arguments: negatedBreachVerbs)
    func denial(sentence: String, expected: String) {
        #expect(DataTypeTestSupport.statuses(sentence).contains(expected))
    }
}
