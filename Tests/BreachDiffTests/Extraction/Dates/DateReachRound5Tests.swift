import Testing
@testable import BreachDiff

/// Round 5 of issue #3: dates that sit far from their verb, and events told by how the company
/// learned or paid. Every sentence is our own. The news file is dated Friday, June 12, 2020.
@Suite struct DateReachRound5Tests {
    static let news = DatePolicyTests.news
    static let release = DatePolicyTests.release

    static func facts(_ text: String, _ file: String) -> [(event: DateEvent, value: String)] {
        DatePolicyTests.facts(text, file: file)
    }

    static func has(_ text: String, _ file: String, _ event: DateEvent, _ value: String) -> Bool {
        facts(text, file).contains { $0.event == event && $0.value == value }
    }

    /// A clause-final date and the clause's access verb, a long object between them.
    static let longObjects: [(String, String, String)] = [
        ("Globex said on Monday that thieves stole the account records of roughly twelve million shoppers and delivery partners in early 2019, and that it had told regulators.",
         news, "2019"),
        ("Investigators believe the gang exfiltrated scanned passports and payroll files of several thousand former staff members in late 2018.",
         news, "2018"),
        ("An unknown party accessed archived billing statements belonging to about forty thousand small business clients in March 2020.",
         release, "2020-03"),
    ]

    @Test("A date closing its clause dates the clause's access verb", arguments: longObjects)
    func longObject(text: String, file: String, value: String) {
        #expect(Self.has(text, file, .intrusionStart, value))
    }

    /// The object holds a verb, a relative clause or a condition of its own: no intrusion date.
    static let ownVerbs: [String] = [
        "Hackers stole records of a retailer the group bought in 2015.",
        "Thieves stole the laptop of an engineer who joined the company in 2016.",
        "Analysts warn that criminals could have stolen the medical files of millions of patients in late 2021.",
        "Attackers breached a payroll vendor, and the company moved its offices in March 2019.",
        "Intruders accessed a server holding the slides the board approved in March 2019.",
    ]

    @Test("A date of the object's own verb is no intrusion date", arguments: ownVerbs)
    func ownVerb(text: String) {
        let intrusion = Self.facts(text, Self.release).filter { $0.event == .intrusionStart || $0.event == .intrusionEnd }
        #expect(intrusion.isEmpty, "\(intrusion)")
    }

    /// A date that opens the sentence scopes its first access verb in a main clause.
    static let openers: [(String, String, String)] = [
        ("In March 2019 two outsiders found an administrator password in a shared spreadsheet that staff used, and they used the password to log into the payroll system.",
         release, "2019-03"),
        ("During April 2020 an intruder who bought a leaked login on a forum broke into the support portal.", release, "2020-04"),
        ("On May 4, a hacker who had phished an engineer's password reached the build servers.", news, "2020-05-04"),
        ("The attackers used a stolen password to log into the VPN on 3 February 2020.", release, "2020-02-03"),
    ]

    @Test("A sentence-opening date dates the access verb of the sentence", arguments: openers)
    func opener(text: String, file: String, value: String) {
        #expect(Self.has(text, file, .intrusionStart, value))
    }

    /// Later times, reported clauses, other happenings and non-access uses of the verbs.
    static let notOpeners: [String] = [
        "In March 2019 the company hired a new security chief, who later found that intruders had accessed its network.",
        "In March 2019 auditors confirmed that a contractor had accessed the payroll files.",
        "In March 2019 the firm reached an agreement with its landlord.",
        "Customers must reset their passwords and log in again after June 30, 2020.",
        "In March 2019 the bank opened a branch in Denver; hackers later broke into its network.",
    ]

    @Test("An opening date does not reach a later or reported access", arguments: notOpeners)
    func notOpener(text: String) {
        let intrusion = Self.facts(text, Self.release).filter { $0.event == .intrusionStart || $0.event == .intrusionEnd }
        #expect(intrusion.isEmpty, "\(intrusion)")
    }

    /// The intruder getting in touch with the company: how it learned of the breach.
    static let contacts: [(String, String, String)] = [
        ("The attackers contacted the retailer in early March 2020 to demand a payment.", news, "2020-03"),
        ("One of the intruders messaged the firm's security team on 2 March 2020.", release, "2020-03-02"),
        ("Prosecutors said that when the hackers approached the insurer in mid-April 2019 they asked for money.", news, "2019-04"),
    ]

    @Test("An intruder's contact dates the discovery", arguments: contacts)
    func contact(text: String, file: String, value: String) {
        #expect(Self.has(text, file, .discovered, value))
    }

    /// Contacts with the press, with victims, or by someone else.
    static let notContacts: [String] = [
        "The hackers contacted reporters on 2 March 2020 to show samples.",
        "Investigators contacted the firm on 2 March 2020.",
        "The hackers emailed customers in March 2020 posing as the bank.",
    ]

    @Test("Other contacts date no discovery", arguments: notContacts)
    func notContact(text: String) {
        #expect(!Self.facts(text, Self.news).contains { $0.event == .discovered })
    }

    /// Payments to a regulator or to plaintiffs settle; payments to the intruders never do.
    static let payments: [(String, Bool)] = [
        ("In May 2019 the insurer paid the state attorney general's office $4 million.", true),
        ("In May 2019 the hospital paid the plaintiffs $2 million to end the suit.", true),
        ("In May 2019 the hospital paid the hackers $2 million in bitcoin.", false),
        ("In May 2019 the clinic paid a ransom of 40 bitcoin to unlock its files.", false),
        ("In May 2019 the firm paid its vendors late.", false),
        ("In May 2019 the criminals were paid by the office manager to delete the files.", false),
    ]

    @Test("A payment to a claimant is a settlement, a ransom is not", arguments: payments)
    func payment(text: String, settles: Bool) {
        #expect(Self.has(text, Self.release, .settled, "2019-05") == settles)
    }

    /// A court filing that reports a settlement dates it; one that reports the breach does not.
    static let filings: [(String, String?)] = [
        ("Globex will pay $20 million to settle a lawsuit over the theft of customer files, the plaintiffs' lawyers said in a court filing on Thursday.",
         "2020-06-11"),
        ("A regional bank has agreed to a settlement with card issuers, its lawyers told the court in a filing on Tuesday.",
         "2020-06-09"),
        ("Globex disclosed the theft of customer files in a filing on Thursday.", nil),
        ("Hackers stole the files before Globex agreed to a settlement with them, the company said in a filing on Thursday.", nil),
    ]

    @Test("A filing reporting a settlement dates the settlement", arguments: filings)
    func filing(text: String, settled: String?) {
        let found = Self.facts(text, Self.news)
        #expect(found.first { $0.event == .settled }?.value == settled)
        #expect(!found.contains { $0.event == .filed || $0.event == .disclosed }, "a weekday filing stays a news peg")
    }

    /// One date, two events: the end of the access and what the "when" clause tells.
    static let whenClauses: [(String, DateEvent?)] = [
        ("Unauthorized access continued until 9 March 2020, when staff noticed suspicious logins.", .discovered),
        ("The attack lasted until 9 March 2020, when the company shut down the affected server.", .contained),
        ("The breach continued until 9 March 2020, when the company moved to a new office.", nil),
        ("Access continued until 9 March 2020, when police arrested a suspect.", nil),
        ("The breach continued until 9 March 2020, when the company said it would notify customers.", nil),
    ]

    @Test("A 'when' clause after the end of the access gives a second event", arguments: whenClauses)
    func whenClause(text: String, second: DateEvent?) {
        let found = Self.facts(text, Self.release).filter { $0.value == "2020-03-09" }
        #expect(found.contains { $0.event == .intrusionEnd })
        let others = found.map(\.event).filter { $0 != .intrusionEnd }
        #expect(others == (second.map { [$0] } ?? []))
    }
}
