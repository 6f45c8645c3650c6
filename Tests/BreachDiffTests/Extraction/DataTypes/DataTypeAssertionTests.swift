import Testing
@testable import BreachDiff

/// Reports to the reader ("your name ... may have been taken"), interfaces that handed data out,
/// and statements that name data types without asserting a new exposure.
@Suite struct DataTypeAssertionTests {
    static let reported = [
        // A letter's list starts with "your" and is cut by a brand before "account number".
        "Records reached by the intruder may have included your name, home address, phone number, Zephyr account number and the count of lines on your plan.",
        // The denial comes at the end of a long subject list that opens with "Your".
        "Your passwords and PINs, card information, Social Security number and other financial account information were not accessed.",
        // An interface that returned the items is an exposure.
        "The scraper hit a public endpoint that returned name, email and date of birth for each member.",
    ]
    static let reportedExpected: [Set<String>] = [
        ["name exposed", "postal_address exposed", "phone exposed", "account_number exposed"],
        ["password not_exposed", "account_pin not_exposed", "payment_card not_exposed", "ssn not_exposed",
         "financial_info not_exposed"],
        ["name exposed", "email exposed", "date_of_birth exposed"],
    ]

    @Test("Reports to the reader and interfaces that returned data are facts", arguments: zip(reported, reportedExpected))
    func reportedData(sentence: String, expected: Set<String>) {
        #expect(DataTypeTestSupport.statuses(sentence) == expected)
    }

    static let notAsserted = [
        // A possibility relayed second-hand.
        "A spokesperson said that the copied files could have contained names, phone numbers and birth dates.",
        "The chief executive wrote in a memo that the data may have included emails and passwords.",
        // An earlier announcement restated under a "when ... first" frame.
        "When the lender first disclosed the intrusion last spring, it said card numbers and Social Security numbers were taken.",
        // A proportion presupposes the data types.
        "The number of passport numbers and card numbers involved is a modest fraction of the records taken.",
        // Code taken as a step of the attack.
        "The intruders viewed proprietary code to work out how to mint session tokens.",
    ]

    @Test("Statements that do not assert a new exposure give no fact", arguments: notAsserted)
    func notAssertedStatements(sentence: String) {
        let found = DataTypeTestSupport.extract(sentence, attribution: Attribution(source: .media, stance: .confirmed))
        #expect(found.isEmpty, "\(found)")
    }

    static let stillAsserted = [
        "The company says that names, emails and phone numbers may have been compromised.",
        "The stolen account records may have included names, emails and phone numbers.",
        "The hackers sold the source code to a rival group.",
    ]
    static let stillAssertedKeys: [Set<String>] = [
        ["name exposed", "email exposed", "phone exposed"],
        ["name exposed", "email exposed", "phone exposed"],
        ["source_code exposed"],
    ]

    @Test("The company's own hedge, a quoted hedge and a destination stay facts", arguments: zip(stillAsserted, stillAssertedKeys))
    func stillAssertedStatements(sentence: String, expected: Set<String>) {
        #expect(DataTypeTestSupport.statuses(sentence) == expected)
    }

    @Test func letterAdviceStaysAdvice() {
        // "your" after an advice verb is still advice, and a report keeps its items.
        #expect(DataTypeTestSupport.statuses("Please update your password and PIN today.").isEmpty)
        #expect(DataTypeTestSupport.statuses("The exposed data included your email address and phone number.")
            == ["email exposed", "phone exposed"])
    }
}
