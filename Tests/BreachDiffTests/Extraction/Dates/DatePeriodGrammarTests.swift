import Testing
@testable import BreachDiff

/// Round 3 of issue #3: the grammar the held-out case showed missing. Every phrasing is our own;
/// none comes from a corpus document.
@Suite struct DatePeriodGrammarTests {
    /// The family of seeing something, each with what was seen.
    static let discoveries: [String] = [
        "Staff at the lender noticed odd outbound traffic on April 3, 2020.",
        "The hospital spotted the unauthorized access on April 3, 2020 and cut it off.",
        "On April 3, 2020, engineers observed suspicious logins to a build server.",
        "Its monitoring vendor flagged unusual activity on April 3, 2020.",
        "An audit uncovered the intrusion on April 3, 2020.",
        "The retailer learned of the incident on April 3, 2020.",
        "Thieves had been in the network for weeks before the bank's team noticed them on April 3, 2020.",
    ]

    @Test("Discovery verbs with what was seen", arguments: discoveries)
    func discovery(text: String) throws {
        let facts = dateFacts(text)
        let fact = try #require(facts.first { $0.value?.description == "2020-04-03" })
        #expect(fact.event == .discovered)
    }

    /// A period attached to a presence or access verb: start and end of the intrusion.
    static let periods: [(String, String, String)] = [
        ("The review shows the criminals had access from early March through June 2021.", "2021-03", "2021-06"),
        ("Investigators say the intruders were inside from mid-March until June 2021.", "2021-03", "2021-06"),
        ("The gang maintained access from March 2021 to June 2021.", "2021-03", "2021-06"),
        ("A contractor's account was inside the network between March 2021 and June 2021.", "2021-03", "2021-06"),
        ("The operators lurked in the mail system from March 2021 through June 2021.", "2021-03", "2021-06"),
    ]

    @Test("Periods of presence give start and end", arguments: periods)
    func period(text: String, start: String, end: String) throws {
        let facts = dateFacts(text)
        let first = try #require(facts.first { $0.event == .intrusionStart })
        let last = try #require(facts.first { $0.event == .intrusionEnd })
        #expect(first.value?.description == start)
        #expect(last.value?.description == end)
    }

    /// "starts", "begins": an incident timeline that starts is the intrusion's start.
    static let starts: [String] = [
        "Outside experts doubt it, but the firm's own timeline still starts in mid-February 2021.",
        "According to the filing, the incident timeline begins in February 2021.",
    ]

    @Test("A timeline that starts dates the intrusion", arguments: starts)
    func timelineStart(text: String) throws {
        let fact = try #require(dateFacts(text).first)
        #expect(fact.event == .intrusionStart)
        #expect(fact.value?.description == "2021-02")
    }

    /// Periods of the data, not of the access: no intrusion date.
    static let coverage: [String] = [
        "A file with 3 million records from the years 2009 to 2013 was compromised.",
        "Loyalty details from 2012 were accessed.",
        "About 9,000 people whose e-mail address tied to an account in 2012 was accessed.",
        "Customers who signed up between 2010 and 2013 are among those affected.",
        "The thieves took records spanning 2009 to 2013.",
    ]

    @Test("Data coverage is no intrusion period", arguments: coverage)
    func dataCoverage(text: String) {
        let intrusion = dateFacts(text).filter { $0.event == .intrusionStart || $0.event == .intrusionEnd }
        #expect(intrusion.isEmpty)
    }

    @Test func accessToDataOverMonthsIsStillAPeriod() throws {
        let facts = dateFacts("The attackers accessed customer data from May 2021 through July 2021.")
        #expect(facts.contains { $0.event == .intrusionStart && $0.value?.description == "2021-05" })
    }

    /// A company's running update page: each dated heading is a disclosure of that day.
    static let headings: [(String, String)] = [
        ("Incident updates\n\nMarch 4, 2022: Review of affected files finished\n\nWe finished the review.", "2022-03-04"),
        ("Notice\n\nJune 9, 2022 \u{2013} Letters to customers in Canada\n\nLetters went out.", "2022-06-09"),
    ]

    @Test("Dated update headings are disclosures", arguments: headings)
    func heading(text: String, day: String) throws {
        let fact = try #require(dateFacts(text).first { $0.value?.description == day })
        #expect(fact.event == .disclosed)
    }

    /// Disclosure phrasings of putting out one's own text.
    static let disclosures: [String] = [
        "On May 2, 2022, the bank put out a press release about the incident.",
        "On May 2, 2022, the insurer released a statement on the attack.",
        "On May 2, 2022, the carrier issued a news release.",
    ]

    @Test("Putting out a release is a disclosure", arguments: disclosures)
    func disclosure(text: String) throws {
        let fact = try #require(dateFacts(text).first)
        #expect(fact.event == .disclosed)
        #expect(fact.value?.description == "2022-05-02")
    }

    @Test func dayOfThisYearIsOneDate() {
        let facts = dateFacts("The shop spotted the unauthorized access on February 6 of this year.", published: "2023-03-15")
        #expect(facts.map { $0.value?.description } == ["2023-02-06"])
        #expect(facts.first?.event == .discovered)
    }

    @Test func settlementAnnouncedByTheAgencies() throws {
        let text = "The lender will pay up to $9 million under a settlement with two regulators and 12 states, the agencies announced on March 14, 2023."
        let fact = try #require(dateFacts(text).first)
        #expect(fact.event == .settled)
    }

    @Test func speculationWithMayIsNoFact() {
        let text = "Some researchers think the intruders may have been inside well before January 2021."
        #expect(dateFacts(text).isEmpty)
    }

    @Test func theMonthMayIsNoModal() throws {
        let fact = try #require(dateFacts("In May 2021 hackers accessed the portal.").first)
        #expect(fact.event == .intrusionStart)
    }
}
