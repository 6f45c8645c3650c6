import Testing
@testable import BreachDiff

/// Data-type rules found missing or wrong on the session-4 held-out case (a retailer's card
/// breach), pinned with invented sentences and made-up firms.
@Suite struct DataTypeHeldOutRound4Tests {
    /// Malware and skimmers that captured, siphoned, skimmed or collected what passed through a
    /// till or a web form: the data left the victims' hands.
    static let harvestingVerbs: [(String, String)] = [
        ("The intruders may have captured shoppers' names and card numbers at the tills.", "payment_card exposed"),
        ("A script on the checkout page siphoned card verification codes for six weeks.", "payment_card exposed"),
        ("Devices fitted to the pumps skimmed debit card numbers and PINs.", "account_pin exposed"),
        ("The malware, which collected full names and telephone numbers, ran on every register.", "phone exposed"),
        ("Criminals planted malware that collected email addresses and mailing addresses.", "postal_address exposed"),
    ]

    @Test("Harvesting verbs are exposure verbs", arguments: harvestingVerbs)
    func harvesting(sentence: String, expected: String) {
        #expect(DataTypeTestSupport.statuses(sentence).contains(expected), "\(DataTypeTestSupport.statuses(sentence))")
    }

    /// A company that collects data is no breach: "collected" needs a data or breach noun.
    @Test func collectingAloneIsNoExposure() {
        #expect(DataTypeTestSupport.extract("At sign-up we collected your name and phone number.").isEmpty)
    }

    /// An introductory "Asked whether ..." clause closed by a comma and a reporting verb does not
    /// leave the reported answer open; an uncertainty inside the answer still does.
    static let reportedAnswers: [(String, String?)] = [
        ("Asked whether shoppers should fear for their PINs, a spokesman said there was no sign that PINs had been stolen.",
         "account_pin not_exposed"),
        ("When asked if passwords were involved, the firm said no passwords were accessed.", "password not_exposed"),
        ("A spokesman said it was unclear whether PINs had been stolen.", nil),
        ("It is not known whether passwords were accessed, the firm said.", nil),
    ]

    @Test("An answer after an introductory question clause keeps its status", arguments: reportedAnswers)
    func reportedAnswer(sentence: String, expected: String?) {
        let found = DataTypeTestSupport.statuses(sentence)
        if let expected { #expect(found.contains(expected), "\(found)") } else { #expect(found.isEmpty, "\(found)") }
    }

    /// A question states nothing: a FAQ heading that asks about data is no exposure.
    static let questions: [String] = [
        "Were my card number and PIN stolen?",
        "Did the hackers take Social Security numbers or dates of birth?",
        "Was my email address exposed?\u{201D}",
    ]

    @Test("A question is no fact", arguments: questions)
    func question(sentence: String) {
        #expect(DataTypeTestSupport.extract(sentence).isEmpty, "\(DataTypeTestSupport.extract(sentence))")
    }

    @Test func theAnswerAfterTheQuestionStillCounts() {
        let found = DataTypeTestSupport.statuses("No. Social Security numbers and dates of birth were not taken.")
        #expect(found.contains("ssn not_exposed"))
        #expect(found.contains("date_of_birth not_exposed"))
    }

    /// Card networks, issuers and brands are companies, not card data.
    static let cardCompanies: [String] = [
        "The reserve covers probable claims by payment card networks arising from the breach.",
        "Credit card issuers have filed lawsuits over the stolen data.",
        "The breach drew claims from the card brands.",
    ]

    @Test("Card networks and issuers are no card data", arguments: cardCompanies)
    func cardCompany(sentence: String) {
        #expect(!DataTypeTestSupport.extract(sentence).contains { $0.key == .paymentCard })
    }

    /// A negation before a colon with no breach verb between belongs to its own clause ("the count
    /// has not changed:"), not to the list after the colon; with a breach verb it does reach the list.
    static let colonLists: [(String, String, Bool)] = [
        ("The count has not changed since March: names and email addresses of up to 9 million members.", "email", false),
        ("None of the following was accessed: names, email addresses and phone numbers.", "email", true),
        ("The following were not compromised: passwords, card numbers or PINs.", "password", true),
    ]

    @Test("A negation stops at a colon unless a breach verb precedes it", arguments: colonLists)
    func colonList(sentence: String, key: String, denied: Bool) {
        let found = DataTypeTestSupport.statuses(sentence)
        #expect(found.contains("\(key) not_exposed") == denied, "\(found)")
    }

    /// A denial reported as what the speaker said before is taken back; the document's current
    /// statement is the exposure.
    static let retractedDenials: [String] = [
        "Earlier we told members that we had no indication that PIN data had been affected.",
        "The chain admitted that card numbers were stolen, after previously saying that no card numbers were involved.",
        "The bank had initially said that no passwords were taken.",
    ]

    @Test("A denial the speaker has since taken back is no denial", arguments: retractedDenials)
    func retractedDenial(sentence: String) {
        #expect(!DataTypeTestSupport.extract(sentence).contains { $0.status == .notExposed }, "\(DataTypeTestSupport.extract(sentence))")
    }

    /// "earlier" that is no report of an earlier statement keeps the denial.
    static let standingDenials: [(String, String)] = [
        ("Its earlier review had matched the files by Social Security numbers, and the new files did not contain them.", "ssn not_exposed"),
        ("As earlier statements made clear, investigators found no evidence that passwords were accessed.", "password not_exposed"),
    ]

    @Test("A standing denial near 'earlier' stays", arguments: standingDenials)
    func standingDenial(sentence: String, expected: String) {
        #expect(DataTypeTestSupport.statuses(sentence).contains(expected), "\(DataTypeTestSupport.statuses(sentence))")
    }

    /// A compromised card account is card data.
    static let cardAccounts: [String] = [
        "About 2 million credit and debit card accounts were compromised at the tills.",
        "The breach affected 300,000 payment card accounts.",
    ]

    @Test("Card accounts are payment card data", arguments: cardAccounts)
    func cardAccount(sentence: String) {
        #expect(DataTypeTestSupport.statuses(sentence).contains("payment_card exposed"), "\(DataTypeTestSupport.statuses(sentence))")
    }

    /// One third party's login, stolen or not, is how the intruder got in.
    static let vendorMeans: [(String, DataTypeKey)] = [
        ("The retailer confirmed that the intruder had used a vendor's stolen credentials.", .credentials),
        ("Investigators believe the gang entered with a supplier's phished password.", .password),
        ("An attacker logged in with a contractor's compromised credentials.", .credentials),
        ("How the contractor's login was stolen has not been disclosed.", .credentials),
        ("Police say the engineer's password was phished last spring.", .password),
    ]

    @Test("A third party's credentials are the way in, not exposed data", arguments: vendorMeans)
    func vendorCredentials(sentence: String, key: DataTypeKey) {
        #expect(!DataTypeTestSupport.extract(sentence).contains { $0.key == key }, "\(DataTypeTestSupport.extract(sentence))")
    }

    @Test func customersStolenPasswordsStayData() {
        #expect(DataTypeTestSupport.statuses("The hackers stole customers' passwords and email addresses.").contains("password exposed"))
        #expect(DataTypeTestSupport.statuses("The intruders copied the employees' passwords from the HR server.").contains("password exposed"))
    }

    /// "X were not part of the Y": X is denied, Y is the reference set and keeps its own status.
    @Test func notPartOfTheSet() {
        let found = DataTypeTestSupport.statuses("Social Security numbers and dates of birth were not part of the card data involved in the breach.")
        #expect(found.contains("ssn not_exposed"))
        #expect(found.contains("date_of_birth not_exposed"))
        #expect(!found.contains("payment_card not_exposed"), "\(found)")
    }
}
