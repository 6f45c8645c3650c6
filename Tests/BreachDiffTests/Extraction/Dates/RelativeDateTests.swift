import Testing
@testable import BreachDiff

@Suite struct RelativeDateTests {
    /// Publication dates chosen to cross week, month and year boundaries.
    static let cases: [(String, String, String)] = [
        // Saturday 2021-08-21: Thursday is two days back; on a Thursday it is the day itself.
        ("The retailer announced the breach on Thursday.", "2021-08-21", "2021-08-19"),
        ("The retailer announced the breach on Thursday.", "2021-08-19", "2021-08-19"),
        ("The retailer announced the breach last Thursday.", "2021-08-19", "2021-08-12"),
        // Monday 2024-01-01: Friday lies in the previous year.
        ("The retailer announced the breach on Friday.", "2024-01-01", "2023-12-29"),
        ("The retailer announced the breach yesterday.", "2024-03-01", "2024-02-29"),
        ("The retailer announced the breach today.", "2022-06-30", "2022-06-30"),
        ("The retailer announced the breach last month.", "2023-01-10", "2022-12"),
        ("The retailer announced the breach earlier this month.", "2023-01-10", "2023-01"),
        ("The retailer announced the breach last year.", "2023-01-10", "2022"),
        // Week of Monday 2022-07-25 .. Sunday 2022-07-31: its Thursday is in July.
        ("The retailer announced the breach last week.", "2022-08-03", "2022-07"),
        ("The retailer announced the breach this week.", "2022-08-03", "2022-08"),
        // A month without a year: the latest one not after the publication month.
        ("The retailer announced the breach in August.", "2023-01-20", "2022-08"),
        ("The retailer announced the breach in January.", "2023-01-20", "2023-01"),
        ("The retailer announced the breach on March 3.", "2023-01-20", "2022-03-03"),
        ("The retailer announced the breach on January 3.", "2023-01-20", "2023-01-03"),
    ]

    @Test("Relative expressions resolve against the publication date, preferring the past", arguments: cases)
    func resolves(text: String, published: String, expected: String) throws {
        let fact = try #require(dateFacts(text, published: published).first)
        #expect(fact.value?.description == expected)
        #expect(fact.relative)
        #expect(fact.event == .disclosed)
    }

    @Test("Without a document date the value stays nil",
          arguments: ["The retailer announced the breach on Thursday.", "The retailer announced the breach in August.",
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
