import Testing
@testable import BreachDiff

/// Round 5, second part: grammar the session-4 held-out cases showed missing, pinned with our own
/// sentences. The news file is dated Friday, June 12, 2020.
@Suite struct DateHeldOutRound5Tests {
    static let news = DatePolicyTests.news
    static let release = DatePolicyTests.release

    static func facts(_ text: String, _ file: String) -> [(event: DateEvent, value: String)] {
        DatePolicyTests.facts(text, file: file)
    }

    /// Periods of a theft told with "ran until", "was taken", "captured".
    static let periods: [(String, String, String)] = [
        ("The company said the card theft began on March 2, a Monday, and ran until April 9.", "2020-03-02", "2020-04-09"),
        ("The records were taken from kiosks used in its clinics between March 2 and April 9, 2020.", "2020-03-02", "2020-04-09"),
        ("Investigators say card data was captured at the outlets from March 2 to April 9, 2020.", "2020-03-02", "2020-04-09"),
    ]

    @Test("Verbs of a theft that went on give start and end", arguments: periods)
    func period(text: String, start: String, end: String) {
        let found = Self.facts(text, Self.news)
        #expect(found.contains { $0.event == .intrusionStart && $0.value == start })
        #expect(found.contains { $0.event == .intrusionEnd && $0.value == end })
    }

    /// The same verbs outside a theft: no intrusion.
    static let notPeriods: [String] = [
        "The spring promotion ran until April 9, 2020.",
        "The decision was taken on April 9, 2020 after a long debate.",
        "The team captured the regional title on April 9, 2020.",
        "The window it has given since March: customers were told to watch their statements.",
    ]

    @Test("Going on, taking and capturing without a theft date nothing", arguments: notPeriods)
    func notPeriod(text: String) {
        let found = Self.facts(text, Self.news).filter { $0.event == .intrusionStart || $0.event == .intrusionEnd }
        #expect(found.isEmpty, "\(found)")
    }

    /// An outside party telling the company: its discovery. Telling the people affected: a notice.
    static let told: [(String, DateEvent)] = [
        ("A federal agency notified the retailer of suspicious payment activity on the evening of May 4, 2020.", .discovered),
        ("Its card processor notified the chain of unusual transactions on May 4, 2020.", .discovered),
        ("The chain notified customers of the breach on May 4, 2020.", .notified),
        ("The firm first heard of the intrusion on May 4, 2020.", .discovered),
    ]

    @Test("Being told of the breach dates the discovery", arguments: told)
    func toldOf(text: String, event: DateEvent) {
        let found = Self.facts(text, Self.release).filter { $0.value == "2020-05-04" }.map(\.event)
        #expect(found == [event])
    }

    /// Court papers: a settlement's date when they report one; no fact otherwise.
    static let courtPapers: [(String, String?)] = [
        ("Globex has agreed to pay $12 million to settle claims from card issuers, according to papers filed in federal court on Wednesday.",
         "2020-06-10"),
        ("Shoppers sued Globex over the theft of their card data, according to papers filed in federal court on Wednesday.", nil),
        ("A class action over the breach was filed in federal court on May 4, 2020.", nil),
    ]

    @Test("Court papers date a settlement, never a filing", arguments: courtPapers)
    func courtPaper(text: String, settled: String?) {
        let found = Self.facts(text, Self.news)
        #expect(found.first { $0.event == .settled }?.value == settled)
        #expect(!found.contains { $0.event == .filed })
    }

    /// An announcement whose object is a settlement, a money amount between.
    static let announcements: [(String, DateEvent?)] = [
        ("The state's attorney general on June 3, 2020 announced an $8.25 million settlement with Globex.", .settled),
        ("Globex announced on June 3, 2020 a $2 billion share buyback.", .disclosed),
        ("Globex settled the suits over two breaches it disclosed in 2019, according to settlement papers.", nil),
    ]

    @Test("An announced settlement is the settlement's date", arguments: announcements)
    func announcement(text: String, event: DateEvent?) {
        let found = Self.facts(text, Self.release)
        #expect(found.first.map(\.event) == event, "\(found)")
    }

    /// A participle on a noun is no clause of its own; a subject and a verb are.
    static let participles: [(String, Bool)] = [
        ("The card data was stolen from terminals installed in its stores during May 2020.", true),
        ("Thieves stole the laptops the company bought in May 2020.", false),
    ]

    @Test("A participle does not claim the date, a finite verb does", arguments: participles)
    func participle(text: String, intrusion: Bool) {
        let found = Self.facts(text, Self.release)
        #expect(found.contains { $0.event == .intrusionStart && $0.value == "2020-05" } == intrusion)
    }

    /// A year naming a season after a time preposition is a date; a year before an event noun is
    /// the event's name, and that noun takes no other date.
    static let seasons: [(String, String?)] = [
        ("Criminals stole card numbers from the chain's U.S. outlets during the 2018 holiday season.", "2018"),
        ("Intruders accessed the booking system over the 2017 summer.", "2017"),
        ("The 2018 holiday season brought record sales, the chain said.", nil),
        ("Shoppers sued over the 2018 breach during the 2019 holiday season.", nil),
    ]

    @Test("A season named by its year dates the intrusion", arguments: seasons)
    func season(text: String, value: String?) {
        let found = Self.facts(text, Self.news).filter { $0.event == .intrusionStart }.map(\.value)
        #expect(found == (value.map { [$0] } ?? []))
    }

    /// A leak is the data's release, not the break-in: "happened" near "leak" dates no intrusion.
    static let leaks: [(String, Bool)] = [
        ("The leak itself happened in mid-March, the researchers said.", false),
        ("The posting of the files online happened in mid-March.", false),
        ("The breach itself happened in mid-March, the researchers said.", true),
    ]

    @Test("A leak's date is no intrusion date", arguments: leaks)
    func leak(text: String, intrusion: Bool) {
        #expect(Self.facts(text, Self.news).contains { $0.event == .intrusionStart } == intrusion)
    }
}

