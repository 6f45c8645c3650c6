import Foundation
import Testing
@testable import BreachDiff

/// The gold facts of the shared corpus, compared and scored (skipped when the corpus is absent).
@Suite struct CorpusDiscrepancyTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("../shared/corpus").standardized

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: corpus.appendingPathComponent($0 + "/expected.json").path) }.sorted()
    }

    @Test("gold facts reach the discrepancy target", .enabled(if: !cases.isEmpty), arguments: cases)
    func goldTarget(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        let expected = try ExpectedCase(folder: folder)
        let input = GoldComparisonInput(expected: expected, folder: folder)
        #expect(input.facts.allSatisfy { fact in !expected.incidents.contains { $0.id == fact.incidentHint } })
        let report = DiscrepancyScorer().score(expected: expected, comparison: Comparator().compare(documents: input.documents, facts: input.facts))
        #expect(report.recall >= 0.85, "\(name) recall \(report.recall)")
        #expect(report.precision >= 0.80, "\(name) precision \(report.precision)")
    }
}
