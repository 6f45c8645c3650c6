import Testing
@testable import BreachDiff

/// Date facts that depend on who publishes the document: a story's news peg is no timeline fact.
@Suite struct DatePolicyTests {
    /// The date facts of `text` read as the document kind that `file` names.
    static func facts(_ text: String, file: String) -> [(event: DateEvent, value: String)] {
        let document = DocumentReader().read(text: text, file: file)
        return FactExtractor(extractors: [DateExtractor()]).extract(from: document).compactMap { fact in
            guard case .date(let date) = fact.payload else { return nil }
            return (date.event, date.value?.description ?? "-")
        }
    }

    static let news = "2020-06-12_news_example-daily.txt"
    static let release = "2020-06-12_press-release_globex.txt"

    /// Announcement and filing dates in reporting: the story's peg.
    static let newsPegs: [String] = [
        "Globex announced on Thursday that a thief had copied its ledger.",
        "The retailer disclosed the intrusion on June 3, 2020, in a short notice.",
        "Globex revealed in May that outsiders had read its files.",
        "In a filing with regulators on Wednesday, Globex gave new figures.",
    ]

    @Test("News stories do not date their own disclosure", arguments: newsPegs)
    func newsPeg(text: String) {
        let events = Self.facts(text, file: Self.news).map(\.event)
        #expect(!events.contains(.disclosed))
        #expect(!events.contains(.filed))
    }

    @Test func companyDocumentsKeepTheirDisclosure() {
        let facts = Self.facts("Globex disclosed the intrusion on June 3, 2020, on its website.", file: Self.release)
        #expect(facts.contains { $0.event == .disclosed && $0.value == "2020-06-03" })
    }

    @Test func quotedCompanyStatementInNewsKeepsItsDisclosure() {
        let text = "\u{201C}This is separate from the incident we disclosed on March 2, 2020,\u{201D} the firm said."
        #expect(Self.facts(text, file: Self.news).contains { $0.event == .disclosed && $0.value == "2020-03-02" })
    }

    /// Month-only disclosures, expectations, incident names, bare years in reporting: no fact.
    static let nonFacts: [(String, String)] = [
        ("Globex announced in March 2020 that it had been breached.", release),
        ("Globex expects the court to approve the settlement as early as October 2020.", release),
        ("The lender plans to notify the affected customers in August 2020.", release),
        ("Customers hit by the March 2019 intrusion may file claims.", release),
        ("Accounts opened in 2015 accessed by the intruder are being reset.", release),
        ("The intrusion took place in 2016, long before the merger.", news),
        ("Globex announced that it had suffered a breach on June 10.", news),
        ("Late last week the company learned of a post on a forum.", release),
        ("As it stands today, the attack touched 4 million people.", news),
    ]

    @Test("Dates that are no timeline fact", arguments: nonFacts)
    func nonFact(text: String, file: String) {
        #expect(Self.facts(text, file: file).isEmpty)
    }

    /// Reporting keeps dates it pins: months, days, "late 2016", verbs of the break-in.
    static let newsFacts: [(String, DateEvent, String)] = [
        ("The breach is thought to have occurred in late 2016.", .intrusionStart, "2016"),
        ("Globex said on Tuesday that it was hacked in April 2019.", .intrusionStart, "2019-04"),
        ("Globex discovered the breach on May 2, 2020.", .discovered, "2020-05-02"),
        ("The firm first became aware of a possible data breach on May 2, 2020.", .discovered, "2020-05-02"),
    ]

    @Test("Timeline facts in news", arguments: newsFacts)
    func newsFact(text: String, event: DateEvent, value: String) {
        #expect(Self.facts(text, file: Self.news).contains { $0.event == event && $0.value == value })
    }

    @Test func headlineDatesAreNoFacts() {
        let text = "Globex says the breach began in March 2020\n\nThe company gave no further details."
        #expect(Self.facts(text, file: Self.news).isEmpty)
    }
}
