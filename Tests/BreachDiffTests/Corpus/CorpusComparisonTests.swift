import Foundation
import Testing
@testable import BreachDiff

/// The Comparator on the facts extracted from each case of `Corpus/`: every expected discrepancy
/// must be found (the rule of `DiscrepancyScorer`: incident mapped by shared (file, value) pairs,
/// slot and kind equal, at least two shared (file, value) pairs), every discrepancy kind must be
/// found on the corpus, values that agree within their qualifiers must be agreements, and every
/// discrepancy must be readable (note, two quoted values with files). Gaps of today's comparator
/// or extractors are listed in `KnownComparisonGaps` and run inside `withKnownIssue`.
@Suite("Corpus comparison") struct CorpusComparisonTests {
    /// One expected discrepancy of a case.
    struct DiscrepancyCase: Sendable, CustomTestStringConvertible {
        var caseName: String
        var index: Int
        var gold: ExpectedDiscrepancy
        /// `case|incident|slot|kind`: the key of `KnownComparisonGaps.discrepancies`.
        var id: String { [caseName, gold.incident, gold.slot, gold.kind].joined(separator: "|") }
        /// `id (v1 vs v2 …)`: also a key of `KnownComparisonGaps.discrepancies`, for a case with
        /// several expected discrepancies of one slot and kind (three count revisions, say).
        var testDescription: String { id + " (" + gold.values.map { "\($0.value)" }.joined(separator: " vs ") + ")" }
        /// The known-gap reason, by the value-qualified key first.
        var knownGap: String? { KnownComparisonGaps.discrepancies[testDescription] ?? KnownComparisonGaps.discrepancies[id] }
    }

    static let discrepancies: [DiscrepancyCase] = ProjectCorpusRun.caseNames.flatMap { name in
        (ProjectCorpusRun.expected[name]?.discrepancies ?? []).enumerated().map {
            DiscrepancyCase(caseName: name, index: $0.offset, gold: $0.element)
        }
    }

    /// Whether `found` matches `gold` by the scorer's rule, given the incident map.
    static func matches(_ found: Discrepancy, _ gold: ExpectedDiscrepancy, map: [String: String]) -> Bool {
        guard map[found.incident] == gold.incident, found.slot == gold.slot, found.kind.rawValue == gold.kind else { return false }
        let pairs = Set(found.values.map { "\($0.file)|\($0.value)" })
        let goldPairs = Set(gold.values.map { "\($0.file)|\($0.value.description)" })
        return pairs.intersection(goldPairs).count >= min(2, goldPairs.count)
    }

    /// Each case's found discrepancies that match an expected one.
    static func matched(_ run: ProjectCorpusRun.Case) -> [(found: Discrepancy, gold: ExpectedDiscrepancy)] {
        let map = DiscrepancyScorer().incidentMap(expected: run.expected, incidents: run.result.comparison.incidents)
        return run.result.comparison.discrepancies.flatMap { found in
            run.expected.discrepancies.filter { matches(found, $0, map: map) }.map { (found, $0) }
        }
    }

    @Test("Expected discrepancy is found", arguments: discrepancies)
    func expectedDiscrepancy(_ entry: DiscrepancyCase) throws {
        let run = try #require(ProjectCorpusRun.runs[entry.caseName])
        let map = DiscrepancyScorer().incidentMap(expected: run.expected, incidents: run.result.comparison.incidents)
        let sameSlot = run.result.comparison.discrepancies.filter { $0.slot == entry.gold.slot }
        let check = {
            #expect(sameSlot.contains { Self.matches($0, entry.gold, map: map) },
                    "gap key \(entry.id); found on the slot: \(sameSlot.map { "\($0.kind.rawValue) \($0.values.map { "\($0.file) \($0.value)" })" })")
        }
        if let reason = entry.knownGap {
            withKnownIssue(Comment(rawValue: reason), check)
        } else {
            check()
        }
    }

    @Test("The known-gap table names only expected discrepancies and agreements") func gapsAreCurrent() {
        let ids = Set(Self.discrepancies.map(\.id) + Self.discrepancies.map(\.testDescription))
        let staleDiscrepancies = KnownComparisonGaps.discrepancies.keys.filter { !ids.contains($0) }.sorted()
        #expect(staleDiscrepancies.isEmpty, "stale gaps: \(staleDiscrepancies)")
        let names = Set(Self.agreements.map(\.name))
        let staleAgreements = KnownComparisonGaps.agreements.keys.filter { !names.contains($0) }.sorted()
        #expect(staleAgreements.isEmpty, "stale gaps: \(staleAgreements)")
    }

    @Test("Each discrepancy kind is found on the corpus and matches an expected one", arguments: DiscrepancyKind.allCases)
    func kindCovered(_ kind: DiscrepancyKind) {
        let expectedKinds = Set(Self.discrepancies.map(\.gold.kind))
        #expect(expectedKinds.contains(kind.rawValue), "Corpus/ expects no \(kind.rawValue): add a synthetic case")
        let found = ProjectCorpusRun.runs.values.flatMap(Self.matched).filter { $0.found.kind == kind }
        #expect(!found.isEmpty, "no found \(kind.rawValue) matches an expected one")
    }

    @Test("Every discrepancy has a note, two quoted values and their files", arguments: ProjectCorpusRun.caseNames)
    func readable(_ caseName: String) throws {
        let run = try #require(ProjectCorpusRun.runs[caseName])
        let files = Set(run.result.documents.map(\.file))
        // A case whose every expected discrepancy is a known gap may find none today (uber, since
        // its users-vs-accounts unit mismatch is one); any other case must find some.
        let allKnown = Self.discrepancies.filter { $0.caseName == caseName }.allSatisfy { $0.knownGap != nil }
        if run.result.comparison.discrepancies.isEmpty, allKnown {
            withKnownIssue("every expected discrepancy of \(caseName) is a known comparison gap") {
                Issue.record("no discrepancy found")
            }
        } else {
            #expect(!run.result.comparison.discrepancies.isEmpty)
        }
        for discrepancy in run.result.comparison.discrepancies {
            let label = "\(discrepancy.incident) \(discrepancy.slot) \(discrepancy.kind.rawValue)"
            #expect(!discrepancy.note.trimmingCharacters(in: .whitespaces).isEmpty, "\(label): empty note")
            #expect(discrepancy.values.count >= 2, "\(label): one value")
            #expect(Set(discrepancy.values.map { "\($0.file)|\($0.value)|\($0.start)" }).count >= 2, "\(label): one statement")
            for value in discrepancy.values {
                #expect(!value.quote.isEmpty, "\(label): empty quote for \(value.value)")
                #expect(files.contains(value.file), "\(label): unknown file \(value.file)")
                #expect(value.end - value.start == value.quote.unicodeScalars.count, "\(label): offsets do not span the quote")
            }
        }
    }

    // MARK: Agreements on the corpus

    /// Values stated by several documents that must be reported as one agreement.
    struct AgreementCase: Sendable, CustomTestStringConvertible {
        var name: String
        var caseName: String
        var slot: String
        var value: String
        /// Every one of these documents must be among the agreement's values.
        var files: [String]
        var testDescription: String { name }
    }

    static let agreements: [AgreementCase] = [
        AgreementCase(name: "exact: $150M security investment in two news pages", caseName: "tmobile",
                      slot: "money:security_investment", value: "150000000",
                      files: ["2022-07-23_news_settlement.html", "2023-01-21_news_hacked-again.html"]),
        AgreementCase(name: "within qualifier: roughly 37M (news) vs 37 million (blog)", caseName: "tmobile",
                      slot: "count", value: "37000000",
                      files: ["2023-01-21_news_hacked-again.html", "2023-01-31_blog_api-lessons.txt"]),
        AgreementCase(name: "within qualifier: approximately 37 million (8-K) vs 37 million (blog, news)", caseName: "tmobile",
                      slot: "count", value: "37000000",
                      files: ["2023-01-19_sec-8k_api-incident.htm", "2023-01-31_blog_api-lessons.txt",
                              "2023-01-20_news_37-million-customers.html"]),
        AgreementCase(name: "7.8 million stated by the release and the 8-K exhibit", caseName: "tmobile",
                      slot: "count", value: "7800000",
                      files: ["2021-08-17_press-release_additional-information.html", "2021-08-20_sec-8k_full-submission.txt#2"]),
        AgreementCase(name: "$350 million settlement stated by several documents", caseName: "tmobile",
                      slot: "money:settlement", value: "350000000",
                      files: ["2022-07-23_news_settlement.html", "2023-01-20_news_37-million-customers.html",
                              "2023-01-31_blog_api-lessons.txt"]),
        AgreementCase(name: "about 80,000 bank account numbers in the release and the news", caseName: "capital-one",
                      slot: "data_type:bank_account", value: "80000",
                      files: ["2019-07-29_press-release_capital-one.html", "2019-07-30_news_engineer-arrested.html"]),
    ]

    @Test("Values that agree within their qualifiers are an agreement", arguments: agreements)
    func agreement(_ entry: AgreementCase) throws {
        let run = try #require(ProjectCorpusRun.runs[entry.caseName])
        let onSlot = run.result.comparison.agreements.filter { $0.slot == entry.slot }
        let check = {
            #expect(onSlot.contains { agreement in
                entry.files.allSatisfy { file in agreement.values.contains { $0.file == file && $0.value == entry.value } }
            }, "agreements on \(entry.slot): \(onSlot.map { $0.values.map { "\($0.file) \($0.value)" } })")
        }
        if let reason = KnownComparisonGaps.agreements[entry.name] {
            withKnownIssue(Comment(rawValue: reason), check)
        } else {
            check()
        }
        for agreement in onSlot {
            #expect(!agreement.note.isEmpty)
            #expect(Set(agreement.values.map(\.file)).count >= 2, "an agreement needs two documents")
        }
    }
}
