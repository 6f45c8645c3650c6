import Testing
@testable import BreachDiff

/// A figure the company denied, later confirmed in substance (session-4 held-out round), with
/// synthetic facts in our own figures: the denial is set against the later confirmation as
/// `exposed_vs_denied`, and it never bears out or contradicts anything as if it were confirmed.
@Suite struct DeniedFigureTests {
    typealias F = ComparisonFixtures

    /// A seller's listing, the news of the company's denial, and two confirmations much later.
    static let docs = [
        F.document("listing.html", "2030-05-02", kind: .forum),
        F.document("denial.html", "2030-05-03"),
        F.document("notice.html", "2033-02-20", kind: .companyNotice, company: "Acme Widgets, Inc."),
        F.document("same-week.html", "2030-05-06"),
    ]

    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var facts: [Fact]
        var expectsDenial: Bool
    }

    static let cases: [Case] = [
        Case(description: "denied in a news story, confirmed years later",
             facts: [F.count("denial.html", 48_000_000, stance: .denied),
                     F.count("notice.html", 47_200_000)],
             expectsDenial: true),
        Case(description: "the denial carries a seller's figure; the confirmation is two figures",
             facts: [F.count("listing.html", 48_000_000, source: .attacker, stance: .claimed),
                     F.count("denial.html", 48_000_000, stance: .denied),
                     F.count("notice.html", 5_100_000), F.count("notice.html", 42_900_000)],
             expectsDenial: true),
        // A negated clause of the same news cycle is the same story, not a denial overturned.
        Case(description: "negated figure and confirmation in the same week",
             facts: [F.count("denial.html", 48_000_000, stance: .denied),
                     F.count("same-week.html", 47_200_000)],
             expectsDenial: false),
        // A document that confirms a figure and negates another only states a part.
        Case(description: "the denying document confirms a figure itself",
             facts: [F.count("denial.html", 48_000_000, stance: .denied), F.count("denial.html", 1_300_000),
                     F.count("notice.html", 47_200_000)],
             expectsDenial: false),
        // An outlet cannot deny for the company.
        Case(description: "a media figure with a negation",
             facts: [F.count("denial.html", 48_000_000, source: .media, stance: .denied),
                     F.count("notice.html", 47_200_000)],
             expectsDenial: false),
    ]

    @Test("A denied figure is set against a later confirmation", arguments: cases)
    func denial(_ example: Case) {
        let comparison = Comparator().compare(documents: Self.docs, facts: example.facts)
        let found = comparison.discrepancies.filter { $0.slot == "count" && $0.kind == .exposedVsDenied }
        #expect(found.isEmpty != example.expectsDenial, "\(comparison.discrepancies.map { "\($0.kind) \($0.values.map(\.value))" })")
    }

    /// Denied figures are no confirmations: a seller's claim next to a denial alone is no
    /// "claimed vs confirmed", and the denial does not revise the company's figure.
    @Test("A denied figure confirms nothing", arguments: [
        [F.count("listing.html", 10, unit: "records", source: .attacker, stance: .claimed),
         F.count("denial.html", 48_000_000, stance: .denied)],
        [F.count("denial.html", 48_000_000, stance: .denied), F.count("same-week.html", 12_000_000)],
    ])
    func confirmsNothing(facts: [Fact]) {
        let comparison = Comparator().compare(documents: Self.docs, facts: facts)
        let kinds = Set(comparison.discrepancies.filter { $0.slot == "count" }.map(\.kind))
        #expect(!kinds.contains(.claimedVsConfirmed))
        #expect(!kinds.contains(.revised))
    }
}
