import Foundation
import Testing
@testable import BreachDiff

/// Measures the extractor on the shared corpus when it is present next to the package
/// (`../shared/corpus`); skips otherwise. Thresholds sit a little under the measured values so a
/// regression fails the test.
@Suite struct DataTypeCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpus")

    static var available: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    @Test(.enabled(if: available, "shared corpus not present"))
    func valueLevelOnSharedCorpus() throws {
        var tally = ScoreTally(label: "data_type")
        let cases = try FileManager.default.contentsOfDirectory(at: Self.corpus, includingPropertiesForKeys: nil)
        for folder in cases where FileManager.default.fileExists(atPath: folder.appendingPathComponent("expected.json").path) {
            let expected = try JSONDecoder().decode(ExpectedCase.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
            var facts: [Fact] = []
            for document in expected.documents {
                let text = try String(contentsOf: folder.appendingPathComponent(document.file), encoding: .utf8)
                let parsed = DocumentReader().read(text: text, file: document.file)
                facts += FactExtractor(extractors: [DataTypeExtractor()]).extract(from: parsed)
            }
            let report = FactScorer().score(expected: expected, facts: facts)
            tally = tally + (try #require(report.tallies[.value]?.first { $0.label == "data_type" }))
        }
        #expect(tally.expected > 100)
        #expect(tally.recall >= 0.85, "recall \(tally.recall)")
        #expect(tally.precision >= 0.89, "precision \(tally.precision)")
    }
}
