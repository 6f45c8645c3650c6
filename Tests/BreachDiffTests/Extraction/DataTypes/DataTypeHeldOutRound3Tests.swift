import Testing
@testable import BreachDiff

/// Data-type spellings, a denial and the attack's means found on the session-3 held-out cases,
/// pinned with invented sentences.
@Suite struct DataTypeHeldOutRound3Tests {
    static let spellings: [(String, String)] = [
        ("The attackers took member names, member ID numbers and dates of birth.", "account_number exposed"),
        ("The stolen data included health care ID numbers and email addresses.", "account_number exposed"),
        ("Records held member health ID numbers, Social Security numbers and street addresses.", "account_number exposed"),
        ("Credit card and banking information was not compromised.", "bank_account not_exposed"),
        ("There is no evidence that trip history or payment card numbers were accessed.", "location not_exposed"),
        ("The hackers copied the travel history of frequent flyers.", "location exposed"),
        // Staff called "associates" or "team members" by their employer.
        ("Our associates' personal information was accessed as well.", "employee_data exposed"),
        ("Team member personal information was also taken.", "employee_data exposed"),
    ]

    @Test("Identifier, banking and trip spellings", arguments: spellings)
    func spelling(sentence: String, expected: String) {
        #expect(DataTypeTestSupport.statuses(sentence).contains(expected))
    }

    /// "did not believe that X was taken" denies, like "is not believed to include".
    static let beliefs: [(String, String)] = [
        ("The insurer said it did not believe that medical records were taken.", "health_info not_exposed"),
        ("We do not believe that any card numbers were accessed.", "payment_card not_exposed"),
    ]

    @Test("A negated belief denies", arguments: beliefs)
    func belief(sentence: String, expected: String) {
        let found = DataTypeTestSupport.statuses(sentence)
        #expect(found.contains(expected))
        #expect(!found.contains(expected.replacingOccurrences(of: "not_exposed", with: "exposed")))
    }

    /// A staff member's password, a password for a company system and credentials lying in a
    /// repository are how the intruder got in, not data taken from the people affected.
    static let means: [(String, DataTypeKey)] = [
        ("An intruder who got hold of a contractor's password reached internal tools.", .password),
        ("The pair obtained a password for the company's cloud account from code posted online.", .password),
        ("They found login credentials in a code repository and used those credentials to reach a storage bucket.", .credentials),
        ("They found login credentials in a code repository and used those credentials to reach a storage bucket.", .sourceCode),
        ("A hacker phished an employee's credentials and then opened the mail server.", .credentials),
    ]

    @Test("Credentials as the means of attack are no exposed data", arguments: means)
    func meansOfAttack(sentence: String, key: DataTypeKey) {
        #expect(!DataTypeTestSupport.extract(sentence).contains { $0.key == key })
    }

    /// Customers' passwords and code taken from repositories stay data.
    static let stillData: [(String, String)] = [
        ("Hackers stole the passwords of 2 million customers.", "password exposed"),
        ("The intruders copied source code from internal repositories.", "source_code exposed"),
        ("The stolen files held usernames and passwords of employees and customers.", "credentials exposed"),
    ]

    @Test("Customers' credentials and taken code stay data", arguments: stillData)
    func stillDataTypes(sentence: String, expected: String) {
        #expect(DataTypeTestSupport.statuses(sentence).contains(expected))
    }
}
