import Testing
@testable import BreachDiff

/// Every expected fact of `Corpus/*/expected.json`, one test case each: the extractor must find
/// a fact of the same type and value in the same document (value level), and, as a second test,
/// with the same speaker and role field (count unit, date event, data-type status, money event).
/// The match rule is the scorer's (`FactScorer.key`), so these tests and `breachdiff score` agree.
///
/// Facts the extractor misses today are listed in `KnownGaps` with the reason; their tests run
/// inside `withKnownIssue`, so the suite passes, the gap stays visible in the test output, and a
/// gap that gets fixed makes its test fail ("known issue was not recorded") until it is removed.
@Suite("Corpus facts") struct CorpusFactTests {
    /// One expected fact: where it is and what it says.
    struct FactCase: Sendable, CustomTestStringConvertible {
        var caseName: String
        var file: String
        /// Position in the document's `facts` array, to tell apart facts with one key.
        var ordinal: Int
        var gold: ExpectedFact

        /// The gold fact in the model's terms (nil when a field is outside the vocabularies).
        var fact: Fact? { gold.fact(file: file) }
        /// `file|count 37000000`: the key of the `KnownGaps.value` table.
        var valueID: String { fact.map { file + "|" + ProjectCorpusRun.valueKey($0) } ?? file + "|?" }
        /// `file|count 37000000 accounts company`: the key of the `KnownGaps.role` table.
        var roleID: String { fact.map { file + "|" + ProjectCorpusRun.roleKey($0) } ?? file + "|?" }

        var testDescription: String {
            let quote = gold.quote.map { $0.count > 50 ? String($0.prefix(50)) + "…" : $0 } ?? ""
            return "\(caseName)/\(file) #\(ordinal) \(gold.type) \(gold.value?.description ?? "?") \"\(quote)\""
        }
    }

    /// Built from the gold files at test time.
    static let cases: [FactCase] = ProjectCorpusRun.caseNames.flatMap { name in
        (ProjectCorpusRun.expected[name]?.documents ?? []).flatMap { document in
            document.facts.enumerated().map { FactCase(caseName: name, file: document.file, ordinal: $0.offset, gold: $0.element) }
        }
    }

    @Test("Every case's expected.json decodes") func goldDecodes() {
        #expect(ProjectCorpusRun.caseNames.count >= 2, "cases under \(ProjectCorpusRun.root.path)")
        #expect(ProjectCorpusRun.expected.count == ProjectCorpusRun.caseNames.count)
        #expect(Self.cases.count >= 150)
    }

    @Test("The known-gap table names only expected facts") func gapsAreExpectedFacts() {
        let values = Set(Self.cases.map(\.valueID))
        let roles = Set(Self.cases.map(\.roleID))
        let staleValues = KnownGaps.value.keys.filter { !values.contains($0) }.sorted()
        #expect(staleValues.isEmpty, "stale value gaps (not expected facts any more): \(staleValues)")
        let staleRoles = KnownGaps.role.keys.filter { !roles.contains($0) }.sorted()
        #expect(staleRoles.isEmpty, "stale role gaps (not expected facts any more): \(staleRoles)")
    }

    @Test("Expected fact is extracted (type and value)", arguments: cases)
    func value(_ entry: FactCase) throws {
        let gold = try #require(entry.fact, "gold fact outside the vocabularies")
        let run = try #require(ProjectCorpusRun.runs[entry.caseName])
        let found = run.result.facts.filter { $0.file == entry.file }
        let key = ProjectCorpusRun.valueKey(gold)
        let check = {
            #expect(found.contains { ProjectCorpusRun.valueKey($0) == key },
                    "gap key \(entry.valueID): not among \(Set(found.filter { $0.type == gold.type }.map(ProjectCorpusRun.valueKey)).sorted())")
        }
        if let reason = KnownGaps.value[entry.valueID] {
            withKnownIssue(Comment(rawValue: reason), check)
        } else {
            check()
        }
    }

    @Test("Expected fact has its role (source and unit/event/status)", arguments: cases)
    func role(_ entry: FactCase) throws {
        let gold = try #require(entry.fact, "gold fact outside the vocabularies")
        let run = try #require(ProjectCorpusRun.runs[entry.caseName])
        let valueKey = ProjectCorpusRun.valueKey(gold)
        let sameValue = run.result.facts.filter { $0.file == entry.file && ProjectCorpusRun.valueKey($0) == valueKey }
        let key = ProjectCorpusRun.roleKey(gold)
        let check = {
            #expect(sameValue.contains { ProjectCorpusRun.roleKey($0) == key },
                    "gap key \(entry.roleID): not among \(Set(sameValue.map(ProjectCorpusRun.roleKey)).sorted())")
        }
        // A fact missing at the value level cannot have its role: the value gap covers it.
        if let reason = KnownGaps.role[entry.roleID] ?? KnownGaps.value[entry.valueID] {
            withKnownIssue(Comment(rawValue: reason), check)
        } else {
            check()
        }
    }
}
