import Testing
@testable import BreachDiff

/// Credential stuffing: passwords that came from other breaches are the way in, not data the
/// breach exposed; a protection service named after a data type is no data either. Invented
/// sentences and made-up services.
@Suite struct DataTypeReusedSecretsTests {
    /// Sentences whose only secrets are the attack's way in, and the key that must not appear.
    static let wayIn: [(String, String)] = [
        ("The intruder used email addresses and passwords that members had reused on other sites.", "email"),
        ("The intruder used email addresses and passwords that members had reused on other sites.", "password"),
        ("Old passwords from other leaks still open many accounts, the seller wrote.", "password"),
        ("Attackers tried login details leaked elsewhere against the fitness app.", "credentials"),
        ("The gang logged in with recycled credentials bought on a forum.", "credentials"),
        ("Usernames and passwords exposed in previous breaches were tried against the portal.", "password"),
    ]

    @Test("Reused or elsewhere-leaked secrets are not exposed data", arguments: wayIn)
    func reused(sentence: String, key: String) {
        let found = DataTypeTestSupport.extract(sentence)
        #expect(!found.contains { $0.key.rawValue == key }, "\(found)")
    }

    /// The same words where this breach took the secrets, or where the email is a separate item.
    static let takenHere: [(String, String)] = [
        ("Hackers stole passwords, many of them reused on other sites.", "password exposed"),
        ("The thieves copied names, email addresses and hashed passwords from the forum's database.", "password exposed"),
        ("The leaked table held email addresses, phone numbers and birth dates; members often reuse such details elsewhere.", "email exposed"),
        ("Attackers downloaded customers' passwords, the company said.", "password exposed"),
    ]

    @Test("Secrets this breach took stay exposed", arguments: takenHere)
    func taken(sentence: String, expected: String) {
        let found = DataTypeTestSupport.statuses(sentence)
        #expect(found.contains(expected), "\(found)")
    }

    /// A data-type phrase naming a monitoring service offered as a remedy.
    static let services: [(String, String)] = [
        ("Affected members will get two years of genetic data monitoring at no cost.", "genetic_info"),
        ("The settlement offers health information monitoring to every class member.", "health_info"),
    ]

    @Test("A monitoring service named after data is no data", arguments: services)
    func service(sentence: String, key: String) {
        let found = DataTypeTestSupport.extract(sentence)
        #expect(!found.contains { $0.key.rawValue == key }, "\(found)")
    }

    @Test("Data that was monitored and then taken stays data", arguments: [
        "Hackers stole genetic data, monitoring logs showed.",
        "The intruders accessed health information; monitoring caught them a week later.",
    ])
    func monitoredData(sentence: String) {
        #expect(DataTypeTestSupport.statuses(sentence).contains { $0.hasSuffix("exposed") }, "\(DataTypeTestSupport.statuses(sentence))")
    }
}
