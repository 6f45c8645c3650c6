import Testing
@testable import BreachDiff

/// Which clause a date belongs to when a comma stands between it and a trigger, and open periods
/// that bound what a penalty covers.
@Suite struct DateClauseTests {
    static let news = DatePolicyTests.news
    static let release = DatePolicyTests.release

    /// A date closing a clause with its own verb: the trigger after the comma does not take it.
    static let backward: [String] = [
        "Adding them to the numbers the bank released on Monday, the breach now reaches 9 million people.",
        "Counting the accounts the lender listed on June 3, 2020, the intrusion touched 2 million customers.",
        "The figures Globex gave on Friday, June 5, show that the hackers accessed 4 million records.",
    ]

    @Test("A date ending a clause with a verb dates that verb", arguments: backward)
    func backwardAttachment(text: String) {
        let events = DatePolicyTests.facts(text, file: Self.news).map(\.event)
        #expect(!events.contains(.intrusionStart))
        #expect(!events.contains(.discovered))
    }

    /// A date opening its clause or closing an introductory phrase still dates what follows.
    static let forward: [(String, String, DateEvent, String)] = [
        ("On Monday, intruders breached the billing servers.", news, .intrusionStart, "2020-06-08"),
        ("Globex announced today that on June 2, 2020, it determined there was unauthorized access.",
         release, .discovered, "2020-06-02"),
        ("What happened On June 2, 2020, we determined that an outsider gained unauthorized access.",
         release, .discovered, "2020-06-02"),
        ("Late on May 30, 2020, an intruder accessed the payroll system without permission.", release, .intrusionStart, "2020-05-30"),
        ("The intrusion, which began on May 30, 2020, was found a week later.", release, .intrusionStart, "2020-05-30"),
    ]

    @Test("A date opening its clause dates the clause", arguments: forward)
    func forwardAttachment(text: String, file: String, event: DateEvent, value: String) {
        #expect(DatePolicyTests.facts(text, file: file).contains { $0.event == event && $0.value == value })
    }

    /// "relates to", "covers", "applies to" a period "from X": the scope of a penalty or order.
    static let scopes: [String] = [
        "The regulator's penalty relates only to the intrusion from 4 May 2019.",
        "The order covers the breach since 4 May 2019 and nothing earlier.",
        "Our fine applies to the attack after 4 May 2019, when the new law took effect.",
    ]

    @Test("An open period after a verb of scope is no intrusion start", arguments: scopes)
    func legalScope(text: String) {
        let events = DatePolicyTests.facts(text, file: Self.release).map(\.event)
        #expect(!events.contains(.intrusionStart))
    }

    @Test func openPeriodWithoutScopeStillStartsTheIntrusion() {
        let facts = DatePolicyTests.facts("Attackers accessed the network from 4 May 2019.", file: Self.release)
        #expect(facts.contains { $0.event == .intrusionStart && $0.value == "2019-05-04" })
    }
}

/// Who states the date of a filing that a story cites.
@Suite struct DateCitationSpeakerTests {
    static let citations: [String] = [
        "\u{201C}We found no payment data in the files,\u{201D} the regulatory filing dated March 9, 2020 says.",
        "According to the 8-K dated March 9, 2020, the firm saw no payment data in the files.",
    ]

    @Test("A filing cited by its date in a story is the outlet's statement", arguments: citations)
    func citedFilingDate(text: String) throws {
        let document = DocumentReader().read(text: text, file: "2020-03-11_news_example-daily.txt")
        let facts = FactExtractor(extractors: [DateExtractor()]).extract(from: document)
        let filed = try #require(facts.first { fact in
            if case .date(let date) = fact.payload { return date.event == .filed }
            return false
        })
        #expect(filed.source == .media)
    }
}
