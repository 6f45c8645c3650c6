import Testing
@testable import BreachDiff

@Suite struct RelativeDateTests {
    /// Publication dates chosen to cross week, month and year boundaries. The sentences date a
    /// discovery: a disclosure is only a fact with a day (`EventLinker.keeps`), and weeks are tested
    /// on the resolver alone because a week gives no fact.
    static let cases: [(String, String, String)] = [
        // Saturday 2021-08-21: Thursday is two days back; on a Thursday it is the day itself.
        ("The retailer discovered the breach on Thursday.", "2021-08-21", "2021-08-19"),
        ("The retailer discovered the breach on Thursday.", "2021-08-19", "2021-08-19"),
        ("The retailer discovered the breach last Thursday.", "2021-08-19", "2021-08-12"),
        // Monday 2024-01-01: Friday lies in the previous year.
        ("The retailer discovered the breach on Friday.", "2024-01-01", "2023-12-29"),
        ("The retailer discovered the breach yesterday.", "2024-03-01", "2024-02-29"),
        ("The retailer discovered the breach today.", "2022-06-30", "2022-06-30"),
        ("The retailer discovered the breach last month.", "2023-01-10", "2022-12"),
        ("The retailer discovered the breach earlier this month.", "2023-01-10", "2023-01"),
        ("The retailer discovered the breach last year.", "2023-01-10", "2022"),
        // A month without a year: the latest one not after the publication month.
        ("The retailer discovered the breach in August.", "2023-01-20", "2022-08"),
        ("The retailer discovered the breach in January.", "2023-01-20", "2023-01"),
        ("The retailer discovered the breach on March 3.", "2023-01-20", "2022-03-03"),
        ("The retailer discovered the breach on January 3.", "2023-01-20", "2023-01-03"),
    ]

    @Test("Relative expressions resolve against the publication date, preferring the past", arguments: cases)
    func resolves(text: String, published: String, expected: String) throws {
        let fact = try #require(dateFacts(text, published: published).first)
        #expect(fact.value?.description == expected)
        #expect(fact.relative)
        #expect(fact.event == .discovered)
    }

    /// Week of Monday 2022-07-25 .. Sunday 2022-07-31: its Thursday is in July.
    @Test("Weeks resolve to the month of their Thursday", arguments: [(-1, "2022-07"), (0, "2022-08")])
    func week(offset: Int, expected: String) {
        let resolver = RelativeDateResolver(published: PartialDate(iso: "2022-08-03"))
        #expect(resolver.week(offset: offset)?.description == expected)
    }

    @Test func weeksGiveNoFact() {
        #expect(dateFacts("The retailer discovered the breach last week.", published: "2022-08-03").isEmpty)
    }

    @Test("Without a document date the value stays nil",
          arguments: ["The retailer announced the breach on Thursday.", "The retailer discovered the breach in August.",
                      "The retailer announced the breach yesterday."])
    func unresolved(text: String) throws {
        let fact = try #require(dateFacts(text, published: nil).first)
        #expect(fact.value == nil)
        #expect(fact.relative)
    }

    @Test func futureExpressionsAreNoFacts() {
        #expect(dateFacts("The retailer will notify customers next week.").isEmpty)
    }

    @Test("Weekday arithmetic", arguments: [
        ("1970-01-01", 4), ("2021-08-21", 6), ("2024-02-29", 4), ("2000-01-01", 6), ("1999-12-31", 5),
    ])
    func weekday(date: String, expected: Int) throws {
        let partial = try #require(PartialDate(iso: date))
        let day = try #require(CalendarDay(partial))
        #expect(day.weekday == expected)
        #expect(day.partialDate.description == date)
    }
}
