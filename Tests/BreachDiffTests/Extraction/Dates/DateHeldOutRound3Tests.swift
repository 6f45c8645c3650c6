import Testing
@testable import BreachDiff

/// Date grammar found missing on the session-3 held-out cases (`Corpus/uber`, `Corpus/anthem`),
/// pinned with invented sentences. The news file is dated Friday, June 12, 2020.
@Suite struct DateHeldOutRound3Tests {
    static let news = DatePolicyTests.news
    static let release = DatePolicyTests.release
    static let notice = "2020-06-12_company-notice_globex.txt"
    static let filing = "2020-06-12_sec-8k_globex.txt"

    static func facts(_ text: String, _ file: String) -> [(event: DateEvent, value: String)] {
        DatePolicyTests.facts(text, file: file)
    }

    static func has(_ text: String, _ file: String, _ event: DateEvent, _ value: String) -> Bool {
        facts(text, file).contains { $0.event == event && $0.value == value }
    }

    /// Two months sharing one year: the first month is not read in the publication's year.
    static let monthPairs: [(String, String, String)] = [
        ("Investigators said the intrusion took place in March and April 2018.", "2018-03", "2018-04"),
        ("The attack happened in December and January 2019, the bank said.", "2018-12", "2019-01"),
        ("The regulator said the breach occurred in July and August 2017 and was avoidable.", "2017-07", "2017-08"),
    ]

    @Test("Two months and one year are a period of the intrusion", arguments: monthPairs)
    func monthPair(text: String, start: String, end: String) {
        let found = Self.facts(text, Self.news)
        #expect(found.contains { $0.event == .intrusionStart && $0.value == start })
        #expect(found.contains { $0.event == .intrusionEnd && $0.value == end })
        #expect(!found.contains { $0.value.hasPrefix("2020") }, "the first month took the publication's year")
    }

    /// Verbs of an access that went on, and of reaching data, with the intruder or the access as subject.
    static let accessVerbs: [(String, String, DateEvent, String)] = [
        ("Their access continued until March 3, 2019, when it was cut off.", release, .intrusionEnd, "2019-03-03"),
        ("The unauthorized activity lasted until 14 May 2019.", release, .intrusionEnd, "2019-05-14"),
        ("The intruders had been in the network since early February.", news, .intrusionStart, "2020-02"),
        ("Hackers reached the billing database in October 2019.", news, .intrusionStart, "2019-10"),
        ("The attackers first reached the payroll files on 2 March 2020.", release, .intrusionStart, "2020-03-02"),
    ]

    @Test("Continuing and reaching verbs date the intrusion", arguments: accessVerbs)
    func accessVerb(text: String, file: String, event: DateEvent, value: String) {
        #expect(Self.has(text, file, event, value))
    }

    /// "reached" without an intruder, "had been in" without a breach word: no intrusion.
    static let notAccess: [String] = [
        "The company reached an agreement with its lenders in May 2020.",
        "The chief executive had been in the role since early 2018.",
        "Talks continued until March 3, 2020, without a deal.",
    ]

    @Test("Reaching a deal or being in a job is no intrusion", arguments: notAccess)
    func notAccessVerb(text: String) {
        let events = Self.facts(text, Self.release).map(\.event)
        #expect(!events.contains(.intrusionStart))
        #expect(!events.contains(.intrusionEnd))
    }

    /// Conditions and open questions assert nothing about when.
    static let conditions: [String] = [
        "If this breach had happened after May 2018, the penalty would have been far larger.",
        "Investigators are checking whether the intruders got in before March 2019.",
    ]

    @Test("A condition or a question dates no intrusion", arguments: conditions)
    func condition(text: String) {
        #expect(!Self.facts(text, Self.news).map(\.event).contains(.intrusionStart))
    }

    /// A reporting clause after a comma announces the settlement the sentence opens with, even
    /// when the breach is named inside its object.
    static let settlements: [(String, String)] = [
        ("Globex has agreed to pay $12 million to resolve claims by 30 states that it hid a 2018 data breach, the attorneys general announced on Wednesday.", "2020-06-10"),
        ("Initech will pay $4 million to settle a lawsuit over its 2019 hack, the plaintiffs' lawyers announced on Monday.", "2020-06-08"),
        ("Globex agreed to pay $9 million to resolve an investigation into the 2017 data breach, a group of states announced on Tuesday.", "2020-06-09"),
    ]

    @Test("The announcement of a settlement dates the settlement", arguments: settlements)
    func settlementAnnouncement(text: String, value: String) {
        #expect(Self.has(text, Self.news, .settled, value))
    }

    @Test func announcementOfTheBreachIsNoSettlement() {
        let text = "The retailer said the data breach, which it kept quiet for a year, was announced on Monday."
        #expect(!Self.facts(text, Self.news).map(\.event).contains(.settled))
    }

    /// A company notice's own dated lines are versions of its statement.
    static let datedLines: [(String, String)] = [
        ("Security update\n\nTuesday, June 9, 2020, 4:30 p.m. ET\n\nWe are investigating unusual activity on our network.", "2020-06-09"),
        ("Security update\n\nJune 10, 2020\n\nWe are investigating unusual activity on our network.", "2020-06-10"),
        ("Incident notice\n\nMonday, June 8, 2020\n\nAn outside party reached one of our systems.", "2020-06-08"),
    ]

    @Test("A date line of a company notice is a disclosure", arguments: datedLines)
    func datedLine(text: String, value: String) {
        #expect(Self.has(text, Self.notice, .disclosed, value))
    }

    /// The same lines in reporting (bylines), in a filing (signatures) and an "Updated" label give none.
    static let undatedLines: [(String, String)] = [
        ("Security update\n\nTuesday, June 9, 2020, 4:30 p.m. ET\n\nThe company is investigating unusual activity.", news),
        ("Signature\n\nJune 12, 2020\n\n/s/ Jane Doe, Chief Financial Officer", filing),
        ("Questions and answers\n\nLast updated: June 9, 2020\n\nWe are investigating unusual activity.", notice),
    ]

    @Test("Bylines, signature dates and update labels are no disclosure", arguments: undatedLines)
    func undatedLine(text: String, file: String) {
        #expect(!Self.facts(text, file).map(\.event).contains(.disclosed))
    }

    @Test func timeClauseDoesNotTakeThePeriodStart() {
        let text = "The intruders were inside for weeks, beginning in March 2020, before the company noticed them in May 2020."
        let found = Self.facts(text, Self.news)
        #expect(found.contains { $0.event == .intrusionStart && $0.value == "2020-03" })
        #expect(!found.contains { $0.event == .discovered && $0.value == "2020-03" })
    }

    /// A discovery verb in a passive whose subject is the breach.
    static let passives: [(String, String, String)] = [
        ("The attackers moved through the network for weeks before the breach was detected in late April 2020.", news, "2020-04"),
        ("The suspicious activity was first detected on May 2, 2020.", release, "2020-05-02"),
        ("The intrusion was spotted on 4 May 2020 by a contractor.", release, "2020-05-04"),
    ]

    @Test("The breach was detected: a discovery", arguments: passives)
    func passiveDiscovery(text: String, file: String, value: String) {
        #expect(Self.has(text, file, .discovered, value))
    }
}
