import Foundation
@testable import BreachDiff

/// The project corpus (`Corpus/<case>/`, in the repository) run through the whole pipeline once
/// per test process, as `breachdiff score Corpus/<case>` runs it: one case folder at a time, so
/// file names are bare (`2023-01-19_sec-8k_api-incident.htm`, `…full-submission.txt#2`).
enum ProjectCorpusRun {
    /// `Corpus/`, found from this file's path (Tests/BreachDiffTests/Corpus/ -> package root).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

    /// One case: its gold and what the pipeline made of its folder.
    struct Case: Sendable {
        var name: String
        var expected: ExpectedCase
        var result: Pipeline.Result

        /// Extracted facts per document file.
        var factsByFile: [String: [Fact]] {
            Dictionary(grouping: result.facts, by: \.file)
        }
    }

    /// Case names with an `expected.json`, sorted. Cheap: used to build test arguments.
    static let caseNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0 + "/expected.json").path) }
            .sorted()
    }()

    /// Every case's gold, decoded once (test arguments are built from it).
    static let expected: [String: ExpectedCase] = {
        var result: [String: ExpectedCase] = [:]
        for name in caseNames {
            // A gold file that does not decode is a test failure, reported by `CorpusFactTests.goldDecodes`.
            if let gold = try? ExpectedCase(folder: root.appendingPathComponent(name)) { result[name] = gold }
        }
        return result
    }()

    /// The pipeline's result for every case, computed on first use (Swift runs a static `let`
    /// initialiser once, thread-safely, so parallel tests share it).
    static let runs: [String: Case] = {
        var result: [String: Case] = [:]
        for name in caseNames {
            guard let gold = expected[name] else { continue }
            let inputs = InputScanner().files(in: [root.appendingPathComponent(name)])
            result[name] = Case(name: name, expected: gold, result: Pipeline().run(inputs, jobs: 2))
        }
        return result
    }()

    /// Value-level key of a fact as the scorer sees it, for the precision and fact tests.
    static func valueKey(_ fact: Fact) -> String { FactScorer.key(fact, level: .value) }

    /// Role-level key: value plus the speaker and the type's role field.
    static func roleKey(_ fact: Fact) -> String { FactScorer.key(fact, level: .role) }
}
