import Testing
@testable import BreachDiff

/// The company speaks first without naming the data, an attacker then claims it, and a later
/// company statement confirms it: claimed vs confirmed. Synthetic facts, invented firms and days.
@Suite struct ClaimBorneOutTests {
    typealias F = ComparisonFixtures

    /// A filing on the attack, the attacker's post, the company's later notice, with their days.
    static func compare(filing: String?, claim: String, notice: String) -> Comparison {
        var documents = [F.document("post.html", claim, kind: .forum), F.document("notice.html", notice, kind: .companyNotice)]
        var facts = [F.status("post.html", .ssn, .claimed, source: .attacker), F.status("notice.html", .ssn, .exposed)]
        if let filing {
            documents.append(F.document("filing.htm", filing, kind: .secFiling))
            facts.append(F.date("filing.htm", .discovered, "2022-03-01"))
        }
        return Comparator().compare(documents: documents, facts: facts)
    }

    @Test("a claim between the company's first word and its confirmation is borne out", arguments: [
        ("2022-03-02", "2022-03-09", "2022-07-01"),
        ("2022-03-02", "2022-03-03", "2022-03-04"),
    ])
    func borneOut(filing: String, claim: String, notice: String) {
        #expect(F.kinds(Self.compare(filing: filing, claim: claim, notice: notice), slot: "data_type:ssn").contains(.claimedVsConfirmed))
    }

    @Test("no company word before the claim, or the claim after the confirmation: no finding", arguments: [
        (String?.none, "2022-03-09", "2022-07-01"),
        ("2022-03-10", "2022-03-09", "2022-07-01"),
        ("2022-03-02", "2022-07-05", "2022-07-01"),
    ])
    func notBorneOut(filing: String?, claim: String, notice: String) {
        #expect(!F.kinds(Self.compare(filing: filing, claim: claim, notice: notice), slot: "data_type:ssn").contains(.claimedVsConfirmed))
    }
}
