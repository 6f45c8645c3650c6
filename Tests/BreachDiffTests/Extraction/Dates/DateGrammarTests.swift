import Testing
@testable import BreachDiff

/// Phrasings whose grammar decides the event or whether there is one: asides in parentheses,
/// contractions, negated discoveries, purposes, passives, labels and restated disclosures.
@Suite struct DateGrammarTests {
    static let news = "2022-03-10_news_example-daily.txt"
    static let release = "2022-03-10_press-release_globex.txt"
    static let filing = "2022-03-10_sec-8k_globex.txt"

    /// The date facts of `text` read as the document that `file` names (published 2022-03-10, a Thursday).
    static func facts(_ text: String, file: String) -> [(event: DateEvent, value: String)] {
        DatePolicyTests.facts(text, file: file)
    }

    static let datedCases: [(String, String, DateEvent, String)] = [
        // A long aside between the date and its verb costs nothing.
        ("On March 3, 2022, Globex Holdings, Inc. (the \u{201C}Firm,\u{201D} \u{201C}we,\u{201D} or \u{201C}our\u{201D}) identified that an intruder had copied records.",
         release, .discovered, "2022-03-03"),
        // A name starting "T-" is no contraction of "not".
        ("T-Rex Labs discovered the intrusion on March 3, and it reset every password.", news, .discovered, "2022-03-03"),
        // "verified that" is a discovery; the weekday resolves to the Monday before publication.
        ("On Monday, the lender verified that customer files had been accessed by outsiders.", release, .discovered, "2022-03-07"),
        // A denied discovery dated by "until".
        ("No one at the bank noticed the traffic until March 3, 2022.", news, .discovered, "2022-03-03"),
        // "starting" after an attacker's activity opens the intrusion, however long the clause.
        ("A malicious actor pulled records from a partner portal for months, starting on or around January 9, 2022.",
         news, .intrusionStart, "2022-01-09"),
        ("On March 3, 2022, Globex posted an update on its investigation.", release, .disclosed, "2022-03-03"),
        // "since" opens a period in reporting too; a bare year there is no name of the incident.
        ("Outsiders had unauthorized access to the network that had been occurring since 2019.", news, .intrusionStart, "2019"),
        // In reporting, a filing cited by its calendar date, and a disclosure older than the story.
        ("The Form 8-K filing dated March 9 lists the affected systems.", news, .filed, "2022-03-09"),
        ("The company had previously disclosed the theft on 4 November 2021.", news, .disclosed, "2021-11-04"),
    ]

    @Test("Dated events behind grammar", arguments: datedCases)
    func found(text: String, file: String, event: DateEvent, value: String) {
        let facts = Self.facts(text, file: file)
        #expect(facts.contains { $0.event == event && $0.value == value }, "\(facts)")
    }

    static let undatedCases: [(String, String)] = [
        // What money goes to is no event.
        ("Globex expects charges of $20 million in 2022, chiefly for customer notifications and legal fees.", release),
        // The subject received a notice: no notification of the people affected.
        ("The company was first notified on March 3, 2022 of a flaw in its web server.", news),
        // A weekday disclosure is the story's peg, and so is a fresh calendar date.
        ("Globex disclosed the theft on Tuesday.", news),
        ("Globex disclosed the theft on March 8, 2022, in a brief note.", news),
        // A date between a determiner and an event noun names the event.
        ("Customers took little comfort from the March 3 announcement.", news),
        // A date alone in parentheses after a breach noun labels a heading.
        ("Update on the cyberattack (March 3, 2022)\n\nOur review continues.", release),
        // A signature block is no wire dateline.
        ("EXAMPLE HOLDINGS, INC.\nMarch 3, 2022 /s/ Jane Roe\nChief Financial Officer", filing),
        // ", and" opens a new clause: the year belongs to what follows it.
        ("The case ended in a settlement, and in 2021 the crew moved on to other targets.", release),
    ]

    @Test("No dated event", arguments: undatedCases)
    func absent(text: String, file: String) {
        let facts = Self.facts(text, file: file)
        #expect(facts.isEmpty, "\(facts)")
    }
}
