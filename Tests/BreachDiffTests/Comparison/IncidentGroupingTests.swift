import Testing
@testable import BreachDiff

@Suite struct IncidentGroupingTests {
    typealias F = ComparisonFixtures

    @Test("company names reduce to one key", arguments: zip(
        ["Acme Widgets, Inc.", "ACME WIDGETS CORP", "The Acme-Widgets Company", "Acme Widgets Holdings, Ltd. (formerly X)"],
        ["acmewidgets", "acmewidgets", "acmewidgets", "acmewidgets"]))
    func companyKey(_ name: String, _ key: String) {
        #expect(CompanyName.key(name) == key)
    }

    @Test func tickerAndShortNameMention() {
        #expect(CompanyName.mentions("Shares of ACWD fell", key: "acmewidgets"))
        #expect(CompanyName.mentions("Acme Widgets said on Monday", key: "acmewidgets"))
        #expect(!CompanyName.mentions("Other Corp said", key: "acmewidgets"))
    }

    /// A later article on a new intrusion recalls the older breach and its settlement.
    static let documents = [
        F.document("old-1.txt", "2040-05-02", kind: .pressRelease, company: "Acme Widgets, Inc."),
        F.document("old-2.txt", "2040-05-04"),
        F.document("new-1.txt", "2042-02-10", kind: .secFiling, company: "Acme Widgets Corp"),
        F.document("new-2.txt", "2042-02-11"),
    ]
    static let facts = [
        F.date("old-1.txt", .discovered, "2040-04-20"),
        F.count("old-1.txt", 20_000_000),
        F.count("old-2.txt", 20_000_000, source: .media),
        F.date("new-1.txt", .discovered, "2042-01-30"),
        F.count("new-1.txt", 3_000_000, unit: "accounts"),
        F.count("new-2.txt", 3_000_000, unit: "accounts", source: .media),
        F.count("new-2.txt", 25_000_000, source: .media, hint: "2040"),
        F.money("new-2.txt", .settlement, 90_000_000),
    ]

    @Test func olderBreachRecalledByALaterArticleIsItsOwnIncident() throws {
        let comparison = Comparator().compare(documents: Self.documents, facts: Self.facts)
        #expect(comparison.incidents.map(\.id) == ["acmewidgets-2040", "acmewidgets-2042"])
        let old = try #require(comparison.incidents.first)
        #expect(old.facts.contains { $0.file == "new-2.txt" && $0.type == .money })
        #expect(old.facts.contains { $0.file == "new-2.txt" && $0.incidentHint == "2040" })
        #expect(old.documents == ["old-1.txt", "old-2.txt", "new-2.txt"])
        // 25M recalled for the old breach conflicts with its 20M, not with the new incident's 3M.
        #expect(comparison.discrepancies.allSatisfy { $0.incident == "acmewidgets-2040" })
    }

    @Test func outputIsDeterministic() {
        let first = Comparator().compare(documents: Self.documents, facts: Self.facts)
        let second = Comparator().compare(documents: Self.documents.reversed(), facts: Self.facts.reversed())
        #expect(ComparisonFormatter.json(first) == ComparisonFormatter.json(second))
    }
}
