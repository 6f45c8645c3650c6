import Foundation
import Testing
@testable import BreachDiff

@Suite struct FactScorerTests {
    static let gold = """
    {"case": "demo", "documents": [{"file": "a.txt", "facts": [
      {"type": "count", "source": "company", "quote": "about 5 million customers", "value": 5000000, "unit": "customers", "qualifier": "approximately"},
      {"type": "data_type", "source": "company", "quote": "names", "value": "name", "status": "exposed"},
      {"type": "data_type", "source": "company", "quote": "no card numbers", "value": "payment_card", "status": "not_exposed"}
    ]}]}
    """

    func expected() throws -> ExpectedCase {
        try JSONDecoder().decode(ExpectedCase.self, from: Data(Self.gold.utf8))
    }

    @Test func goldScoresPerfectly() throws {
        let expected = try expected()
        let report = FactScorer().score(expected: expected, facts: expected.facts)
        for level in MatchLevel.allCases {
            for tally in try #require(report.tallies[level]) {
                #expect(tally.matched == tally.expected, "\(level) \(tally.label)")
                #expect(tally.precision == 1)
            }
        }
    }

    @Test func wrongRoleCountsOnlyAtValueLevel() throws {
        let expected = try expected()
        var facts = expected.facts
        facts[0].source = .media
        facts.append(facts[1])  // a repeated mention is one key, not a false positive
        let report = FactScorer().score(expected: expected, facts: facts)
        let value = try #require(report.tallies[.value]?.first { $0.label == "count" })
        let role = try #require(report.tallies[.role]?.first { $0.label == "count" })
        #expect(value.matched == 1 && value.extracted == 1)
        #expect(role.matched == 0 && role.extracted == 1)
        let types = try #require(report.tallies[.value]?.first { $0.label == "data_type" })
        #expect(types.extracted == 2 && types.matched == 2)
    }

    @Test func missingDocumentIsAllMissed() throws {
        let report = FactScorer().score(expected: try expected(), facts: [])
        let overall = try #require(report.tallies[.value]).reduce(ScoreTally(label: "all"), +)
        #expect(overall.matched == 0)
        #expect(overall.expected == 3)
        #expect(report.missed[.value]?.count == 3)
    }
}
