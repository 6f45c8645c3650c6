import Testing
@testable import BreachDiff

/// One synthetic case per discrepancy kind, and cases that must stay agreements.
@Suite struct DiscrepancyKindTests {
    typealias F = ComparisonFixtures

    static let docs = [
        F.document("a.txt", "2030-03-01", kind: .pressRelease, company: "Acme Widgets, Inc."),
        F.document("b.txt", "2030-03-02"),
        F.document("c.txt", "2030-03-10", kind: .secFiling, company: "Acme Widgets Corp."),
        F.document("d.txt", "2030-03-12"),
    ]

    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var facts: [Fact]
        var slot: String
        var kind: DiscrepancyKind
    }

    static let cases: [Case] = [
        Case(description: "attacker figure above the confirmed one",
             facts: [F.count("b.txt", 90_000_000, source: .attacker, stance: .claimed),
                     F.count("a.txt", 41_000_000), F.count("c.txt", 41_000_000)],
             slot: "count", kind: .claimedVsConfirmed),
        Case(description: "company raises its figure",
             facts: [F.count("a.txt", 12_000_000), F.count("c.txt", 15_500_000)],
             slot: "count", kind: .revised),
        Case(description: "two outlets with firm figures that cannot both hold",
             facts: [F.count("b.txt", 20_000_000, source: .media), F.count("d.txt", 31_000_000, source: .media)],
             slot: "count", kind: .conflict),
        Case(description: "same figure, accounts vs customers",
             facts: [F.count("a.txt", 9_000_000, unit: "accounts"), F.count("b.txt", 9_000_000, unit: "customers", source: .media)],
             slot: "count", kind: .unitMismatch),
        Case(description: "a thousand times smaller in another document",
             facts: [F.count("a.txt", 7_000_000, unit: "accounts", qualifier: .atLeast),
                     F.count("d.txt", 7_000, unit: "accounts", qualifier: .atLeast, source: .media)],
             slot: "count", kind: .unitMismatch),
        Case(description: "media says taken, company says not",
             facts: [F.status("a.txt", .password, .notExposed), F.status("b.txt", .password, .exposed, source: .media)],
             slot: "data_type:password", kind: .exposedVsDenied),
        Case(description: "company documents deny, then confirm",
             facts: [F.status("a.txt", .email, .notExposed), F.status("c.txt", .email, .exposed)],
             slot: "data_type:email", kind: .revised),
        Case(description: "claim confirmed only after the first statement left it out",
             facts: [F.status("b.txt", .imei, .claimed, source: .attacker), F.status("a.txt", .name, .exposed),
                     F.status("c.txt", .imei, .exposed)],
             slot: "data_type:imei", kind: .claimedVsConfirmed),
        Case(description: "two discovery dates",
             facts: [F.date("a.txt", .discovered, "2030-01-04"), F.date("d.txt", .discovered, "2030-02-20", source: .media)],
             slot: "date:discovered", kind: .conflict),
        Case(description: "an earlier figure misquoted",
             facts: [F.count("a.txt", 12_000_000), F.count("c.txt", 15_000_000),
                     F.count("d.txt", 15_000_000, source: .media, quote: "the company first announced 15 million customers")],
             slot: "count", kind: .conflict),
    ]

    @Test("each kind is found", arguments: cases)
    func finds(_ example: Case) {
        let comparison = Comparator().compare(documents: Self.docs, facts: example.facts)
        #expect(F.kinds(comparison, slot: example.slot).contains(example.kind), "\(comparison.discrepancies.map(\.note))")
    }

    static let agreeing: [(String, [Fact])] = [
        ("approximately vs exact", [F.count("a.txt", 37_000_000, qualifier: .approximately), F.count("b.txt", 37_000_000, source: .media)]),
        ("more than vs a little more", [F.count("a.txt", 76_600_000), F.count("b.txt", 76_000_000, qualifier: .moreThan, source: .media)]),
        ("up to vs a lower figure the same day", [F.count("a.txt", 500_000_000, qualifier: .upTo),
                                                  F.count("b.txt", 383_000_000, qualifier: .fewerThan, source: .media)]),
        ("rounding of an amount", [F.money("a.txt", .fine, 99_200_936, source: .regulator), F.money("b.txt", .fine, 99_000_000)]),
    ]

    @Test("compatible figures are agreements", arguments: agreeing.map(\.0))
    func agrees(_ name: String) throws {
        let facts = try #require(Self.agreeing.first { $0.0 == name }).1
        let comparison = Comparator().compare(documents: Self.docs, facts: facts)
        #expect(comparison.discrepancies.isEmpty, "\(comparison.discrepancies.map(\.note))")
        #expect(!comparison.agreements.isEmpty)
    }

    @Test func settlementSumIsExplained() throws {
        let facts = [F.money("a.txt", .settlement, 200_000_000, source: .company), F.money("b.txt", .settlement, 200_000_000),
                     F.money("a.txt", .securityInvestment, 75_000_000, source: .company),
                     F.money("d.txt", .settlement, 275_000_000)]
        let comparison = Comparator().compare(documents: Self.docs, facts: facts)
        let conflict = try #require(comparison.discrepancies.first { $0.slot == "money:settlement" })
        #expect(conflict.kind == .conflict)
        #expect(conflict.note.contains("275M = 200M + 75M"), "\(conflict.note)")
    }

    @Test func subPopulationsAreNotConflicts() {
        let facts = [
            F.count("a.txt", 7_800_000, unit: "accounts", quote: "7.8 million current postpaid accounts"),
            F.count("a.txt", 40_000_000, unit: "records", quote: "40 million records of former customers"),
            F.count("b.txt", 7_800_000, unit: "accounts", source: .media, quote: "7.8 million current postpaid accounts"),
            F.count("b.txt", 40_000_000, unit: "records", source: .media, quote: "40 million records of former customers"),
        ]
        let comparison = Comparator().compare(documents: Self.docs, facts: facts)
        #expect(comparison.discrepancies.isEmpty, "\(comparison.discrepancies.map(\.note))")
    }

    @Test func additionsAreRevisionsWithTheirSum() throws {
        let facts = [
            F.count("a.txt", 7_800_000, unit: "accounts", quote: "7.8 million current postpaid accounts"),
            F.count("c.txt", 7_800_000, unit: "accounts", quote: "7.8 million current postpaid accounts"),
            F.count("c.txt", 5_300_000, unit: "accounts", quote: "another 5.3 million current postpaid accounts", start: 50),
        ]
        let comparison = Comparator().compare(documents: Self.docs, facts: facts)
        let revised = try #require(comparison.discrepancies.first { $0.kind == .revised })
        #expect(revised.values.contains { $0.value == "13100000" && $0.qualifier == "sum" })
    }
}
