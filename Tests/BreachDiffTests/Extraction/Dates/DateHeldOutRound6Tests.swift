import Testing
@testable import BreachDiff

/// Session 5, held-out case of a health-care clearinghouse: copying as theft, criminals as
/// intruders, and a discovery told in a relative clause. Invented sentences; the news file is
/// dated Friday, June 12, 2020.
@Suite struct DateHeldOutRound6Tests {
    static func facts(_ text: String) -> [(event: DateEvent, value: String)] {
        DatePolicyTests.facts(text, file: DatePolicyTests.news)
    }

    /// An intruder copying data out dates the intrusion.
    static let copied: [(String, String, String?)] = [
        ("The review showed that a criminal had copied billing files out of the network between March 3 and March 6, 2020.",
         "2020-03-03", "2020-03-06"),
        ("Investigators said the attackers copied patient tables from a test server on March 3, 2020.", "2020-03-03", nil),
        ("The clinic said records were copied from its scheduling system between March 3 and March 6, 2020.",
         "2020-03-03", "2020-03-06"),
    ]

    @Test("Copying by an intruder dates the intrusion", arguments: copied)
    func copiedOut(text: String, start: String, end: String?) {
        let found = Self.facts(text)
        #expect(found.contains { $0.event == .intrusionStart && $0.value == start }, "\(found)")
        if let end { #expect(found.contains { $0.event == .intrusionEnd && $0.value == end }, "\(found)") }
    }

    /// Copying that is no theft: a clerk, a court, a reporter.
    static let notCopied: [String] = [
        "The clerk copied the court's order to both parties on March 3, 2020.",
        "The newsletter was copied to all staff on March 3, 2020.",
        "She copied the regulator on her letter of March 3, 2020.",
    ]

    @Test("Copying with no intruder and no data subject dates nothing", arguments: notCopied)
    func notTheft(text: String) {
        let found = Self.facts(text).filter { $0.event == .intrusionStart }
        #expect(found.isEmpty, "\(found)")
    }

    /// The breach named first, then "which"/"that", the subject and the verb.
    static let relative: [(String, String)] = [
        ("The attack, which the insurer discovered on Feb. 21, shut its claims system for weeks.", "2020-02-21"),
        ("The intrusion that staff detected on March 9 touched two clinics.", "2020-03-09"),
        ("The breach, which the company identified on April 2, 2020, touched three clinics.", "2020-04-02"),
    ]

    @Test("A discovery in a relative clause about the breach", arguments: relative)
    func relativeClause(text: String, value: String) {
        let found = Self.facts(text)
        #expect(found.contains { $0.event == .discovered && $0.value == value }, "\(found)")
    }

    /// A relative clause about something that is not the breach: no discovery.
    static let notRelative: [String] = [
        "The cure, which the lab discovered on Feb. 21, is still in trials.",
        "The fossil that hikers detected on March 9 is now in a museum.",
    ]

    @Test("A relative clause about anything else dates no discovery", arguments: notRelative)
    func otherRelative(text: String) {
        let found = Self.facts(text).filter { $0.event == .discovered }
        #expect(found.isEmpty, "\(found)")
    }
}
