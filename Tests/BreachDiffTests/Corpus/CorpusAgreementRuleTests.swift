import Testing
@testable import BreachDiff

/// Each agreement rule of the comparator, on small synthetic fact sets (our own figures), for the
/// rules `Corpus/` has no clean case of: two documents about one company's incident whose values
/// differ in wording only must give one agreement naming both documents and no discrepancy.
@Suite("Corpus agreement rules (synthetic)") struct CorpusAgreementRuleTests {
    typealias F = ComparisonFixtures

    static let documents = [
        F.document("notice.txt", "2031-05-02", kind: .companyNotice, company: "Northwind Freight LLC"),
        F.document("report.html", "2031-05-03"),
    ]

    /// One rule and two facts it must reconcile.
    struct Rule: Sendable, CustomTestStringConvertible {
        var name: String
        var facts: [Fact]
        var slot: String
        var testDescription: String { name }
    }

    static let rules: [Rule] = [
        Rule(name: "exact: the same figure twice",
             facts: [F.count("notice.txt", 2_450_000), F.count("report.html", 2_450_000, source: .media)], slot: "count"),
        Rule(name: "within qualifier: approximately vs a plain figure",
             facts: [F.count("notice.txt", 2_450_000, qualifier: .approximately),
                     F.count("report.html", 2_450_000, source: .media)], slot: "count"),
        Rule(name: "more_than vs a larger precise figure",
             facts: [F.count("notice.txt", 2_463_118), F.count("report.html", 2_400_000, qualifier: .moreThan, source: .media)],
             slot: "count"),
        Rule(name: "up_to vs a lower figure",
             facts: [F.count("notice.txt", 1_900_000), F.count("report.html", 3_000_000, qualifier: .upTo, source: .media)],
             slot: "count"),
        Rule(name: "rounding: 2.46 million vs 2,463,118",
             facts: [F.count("notice.txt", 2_463_118), F.count("report.html", 2_460_000, source: .media)], slot: "count"),
        Rule(name: "rounding of an amount: $12 million vs $12,015,000",
             facts: [F.money("notice.txt", .settlement, 12_015_000, source: .company),
                     F.money("report.html", .settlement, 12_000_000)], slot: "money:settlement"),
    ]

    @Test("Compatible wording is an agreement, not a discrepancy", arguments: rules)
    func agrees(_ rule: Rule) throws {
        let comparison = Comparator().compare(documents: Self.documents, facts: rule.facts)
        #expect(comparison.discrepancies.isEmpty, "\(comparison.discrepancies.map(\.note))")
        let agreement = try #require(comparison.agreements.first { $0.slot == rule.slot })
        #expect(Set(agreement.values.map(\.file)) == ["notice.txt", "report.html"])
        #expect(!agreement.note.isEmpty)
    }

    /// The limits of the rules: just outside each, the same pair is a discrepancy.
    static let limits: [Rule] = [
        Rule(name: "more_than vs a smaller figure",
             facts: [F.count("notice.txt", 2_100_000), F.count("report.html", 2_400_000, qualifier: .moreThan, source: .media)],
             slot: "count"),
        Rule(name: "up_to vs a higher figure",
             facts: [F.count("notice.txt", 3_600_000), F.count("report.html", 3_000_000, qualifier: .upTo, source: .media)],
             slot: "count"),
        Rule(name: "two distinct precise figures",
             facts: [F.count("notice.txt", 2_250_000), F.count("report.html", 2_300_000, source: .media)], slot: "count"),
    ]

    @Test("Just outside a rule the values disagree", arguments: limits)
    func disagrees(_ rule: Rule) {
        let comparison = Comparator().compare(documents: Self.documents, facts: rule.facts)
        #expect(comparison.discrepancies.contains { $0.slot == rule.slot }, "agreements: \(comparison.agreements.map(\.note))")
        #expect(!comparison.agreements.contains { $0.slot == rule.slot && Set($0.values.map(\.file)).count == 2 })
    }
}
