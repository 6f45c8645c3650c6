import Testing
@testable import BreachDiff

@Suite struct PartialDateTests {
    @Test("ISO forms round-trip", arguments: ["2023", "2022-11", "2023-01-05", "2024-02-29"])
    func roundTrip(text: String) throws {
        let date = try #require(PartialDate(iso: text))
        #expect(date.description == text)
    }

    @Test("Impossible dates are rejected", arguments: ["2023-02-29", "2023-13", "23-01-01", "2023-1-5", ""])
    func rejects(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test func orderAndContainment() throws {
        let month = try #require(PartialDate(iso: "2021-08"))
        let day = try #require(PartialDate(iso: "2021-08-17"))
        #expect(month < day)
        #expect(month.contains(day))
        #expect(!day.contains(month))
    }
}
