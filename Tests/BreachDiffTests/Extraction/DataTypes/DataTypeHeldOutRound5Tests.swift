import Testing
@testable import BreachDiff

/// Data-type rules found missing on the session-4 held-out cases (a carrier's leaked data set and
/// call logs, a retailer's card breach), pinned with invented sentences and made-up firms.
@Suite struct DataTypeHeldOutRound5Tests {
    /// Paragraphs (one sentence per block) whose last sentence lists data under a pronoun subject,
    /// and the key and status expected from that list.
    static let pronounLists: [([String], String)] = [
        (["Intruders copied a customer file from the billing server in May.",
          "The entries vary from one household to the next.",
          "They may include names, home addresses and dates of birth."], "date_of_birth exposed"),
        (["What information was involved?",
          "The details differ by account.",
          "They can include email addresses and account PINs."], "account_pin exposed"),
        (["Thieves downloaded the archive from a contractor's cloud folder.",
          "The stolen spreadsheets cover about 2 million members.",
          "Depending on the member, they include phone numbers and passport numbers, the insurer said."],
         "passport exposed"),
        (["The leaked database surfaced on a crime forum in June.",
          "The club said the records did not hold card numbers.",
          "But some of them contain driver's license numbers."], "drivers_license exposed"),
        (["Hackers allegedly took the data set and put it up for sale.",
          "The rows go back to 2018.",
          "They include Social Security numbers."], "ssn claimed"),
    ]

    @Test("A pronoun list inherits the exposure of the data it stands for", arguments: pronounLists)
    func pronounList(paragraph: [String], expected: String) {
        let found = DataTypeTestSupport.extract(paragraph.map { (.paragraph, $0) })
        let last = paragraph[paragraph.count - 1]
        let fromList = Set(found.filter { last.contains($0.quote) }.map { "\($0.key.rawValue) \($0.status.rawValue)" })
        #expect(fromList.contains(expected), "\(found)")
    }

    /// A pronoun that stands for something else, or data never said to be taken, gives no fact.
    static let unrelatedPronouns: [[String]] = [
        // The antecedent is not data: "they" are the new rules.
        ["Intruders copied a customer file from the billing server in May.",
         "The new rules took effect in June.",
         "They include stronger passwords and phone number checks."],
        // Data is named, but nothing says it was taken or reached.
        ["The records are kept for seven years.",
         "They include names and dates of birth."],
        // The only breach sentence is a denial.
        ["No files were accessed by the intruders.",
         "The files sit on a separate server.",
         "They contain Social Security numbers and bank account numbers."],
        // Too far back: the breach sentence is five sentences before the list.
        ["Attackers stole records from the clinic.",
         "The clinic hired a forensic firm.",
         "Staff were retrained.",
         "The board met twice.",
         "The records are archived offsite.",
         "They include names and medical histories."],
    ]

    @Test("A pronoun without an exposed antecedent gives no fact", arguments: unrelatedPronouns)
    func unrelatedPronoun(paragraph: [String]) {
        let found = DataTypeTestSupport.extract(paragraph.map { (.paragraph, $0) })
        let last = paragraph[paragraph.count - 1]
        #expect(!found.contains { last.contains($0.quote) }, "\(found)")
    }

    /// Carrier vocabulary: cell site identifiers are location data, logs of calls are call records,
    /// the numbers someone called are phone numbers.
    static let vocabulary: [(String, String)] = [
        ("Each stolen log also held the cell site identification numbers used for the calls.", "location exposed"),
        ("The leaked files show the cell sites that handled each call.", "location exposed"),
        ("Attackers downloaded records of calls and texts for two million subscribers.", "call_records exposed"),
        ("The intruder exfiltrated logs of calls made over a year.", "call_records exposed"),
        ("The stolen records list the numbers subscribers called and texted.", "phone exposed"),
        ("The exposed logs reveal which numbers Smith&Co clients dialed.", "phone exposed"),
    ]

    @Test("Carrier vocabulary", arguments: vocabulary)
    func carrierVocabulary(sentence: String, expected: String) {
        #expect(DataTypeTestSupport.statuses(sentence).contains(expected), "\(DataTypeTestSupport.statuses(sentence))")
    }

    /// "numbers" that are not called numbers stay no phone fact.
    static let otherNumbers: [String] = [
        "The stolen records show the numbers of people called back by the agents.",
        "The breach affected large numbers of customers who called the help line.",
        "The leaked data included account numbers that staff called up on screen.",
    ]

    @Test("Other numbers are not phone numbers", arguments: otherNumbers)
    func otherNumber(sentence: String) {
        #expect(!DataTypeTestSupport.statuses(sentence).contains("phone exposed"), "\(DataTypeTestSupport.statuses(sentence))")
    }

    /// An indefinite singular after its only exposure word names a kind of data ("a stolen PIN is
    /// useless without the card"); a definite or plural item, or a second exposure word, is a report.
    static let genericItems: [(String, String?)] = [
        ("Chip cards mean that a stolen PIN is useless without the card itself.", nil),
        ("With two-factor login, an exposed password cannot open the account.", nil),
        ("The stolen passwords were posted on a forum.", "password exposed"),
        ("Staff were told that a hacker had copied the passwords of 200 colleagues.", "password exposed"),
        ("A leaked password list surfaced, and names and emails were exposed.", "name exposed"),
    ]

    @Test("A generic singular item is no fact", arguments: genericItems)
    func genericItem(sentence: String, expected: String?) {
        let found = DataTypeTestSupport.statuses(sentence)
        if let expected { #expect(found.contains(expected), "\(found)") } else { #expect(found.isEmpty, "\(found)") }
    }

    /// A list of data types "of" a figure of people or accounts says whose data a breach reached,
    /// even with no verb ("The count so far: ..."); a small figure, another noun or no figure does not.
    static let ownerFigures: [(String, String?)] = [
        ("The latest count: emails and dates of birth of roughly 4.2 million shoppers.", "email exposed"),
        ("Our estimate is unchanged: phone numbers of more than 350,000 current and former members.", "phone exposed"),
        ("Still missing: the postal addresses of about 12 million accounts.", "postal_address exposed"),
        ("The form asks for the names of 3 people who can vouch for you.", nil),
        ("The museum lists the names of 2 million visitors on its wall.", nil),
        ("Please update the email addresses of your employees.", nil),
    ]

    @Test("Data types of a figure of owners are exposed", arguments: ownerFigures)
    func ownerFigure(sentence: String, expected: String?) {
        let found = DataTypeTestSupport.statuses(sentence)
        if let expected { #expect(found.contains(expected), "\(found)") } else { #expect(found.isEmpty, "\(found)") }
    }

    /// A page's sign-in link is navigation, even on a seller's page where every line is the
    /// attacker's; a login taken in a breach stays a fact.
    static let signInLinks: [String] = [
        "Welcome, guest. Login or Register to reply.",
        "Log in or sign up to see the full sample.",
    ]

    @Test("A sign-in link is no credentials", arguments: signInLinks)
    func signInLink(sentence: String) {
        let found = DataTypeTestSupport.statuses(sentence, attribution: Attribution(source: .attacker, stance: .claimed))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func stolenLoginsStayFacts() {
        let found = DataTypeTestSupport.statuses("Hackers stole the login details of 5,000 staff.")
        #expect(found.contains("credentials exposed"), "\(found)")
    }
}
