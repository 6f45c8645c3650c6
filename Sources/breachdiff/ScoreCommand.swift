import ArgumentParser
import BreachDiff
import Foundation

/// `breachdiff score`: accuracy against hand-checked case folders.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score extraction and comparison against a case folder's expected.json.",
        discussion: """
        Each CASE_FOLDER holds documents and an expected.json (see ../shared/corpus/FORMAT.md).
        Facts are matched per document by type and value ("value" level), and by type, value,
        speaker and role field ("role" level); the rule is in the README. Prints precision, recall
        and F1 per fact type for each case and overall.

        Examples:
          breachdiff score ../shared/corpus/*
          breachdiff score ../shared/corpus/tmobile --unmatched
        """
    )

    @Argument(help: "Case folders, each with an expected.json.")
    var cases: [String]

    @Flag(help: "Also list the expected facts not found and the extracted facts not expected.")
    var unmatched = false

    @Option(help: "Level for --unmatched: value or role.")
    var level: String = "value"

    @Option(name: .shortAndLong, help: "Documents processed in parallel (default: all cores).")
    var jobs: Int = processorCount

    func validate() throws {
        guard !cases.isEmpty else { throw ValidationError("name at least one case folder") }
        guard MatchLevel(rawValue: level) != nil else { throw ValidationError("--level is value or role") }
    }

    func run() throws {
        var totals: [MatchLevel: [ScoreTally]] = [:]
        var discrepancyTotals: [String: DiscrepancyScorer.Report] = [:]
        var failed = false
        for path in cases {
            let folder = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                // `score corpus/*` also expands to FORMAT.md and the like: not a case, not an error.
                Console.error("\(path): skipped, not a case folder")
                continue
            }
            let expected: ExpectedCase
            do {
                expected = try ExpectedCase(folder: folder)
            } catch {
                Console.error("\(path): error: cannot read expected.json (\(error.localizedDescription))")
                failed = true
                continue
            }
            let files = InputScanner().files(in: [folder])
            // The whole pipeline, as the main job runs it: read, extract, compare.
            let result = Pipeline().run(files, jobs: jobs)
            let facts = result.facts
            let report = FactScorer().score(expected: expected, facts: facts)
            Console.output("== \(expected.name.isEmpty ? folder.lastPathComponent : expected.name)\n")
            Console.output(Self.table(report.tallies))
            for (level, tallies) in report.tallies {
                totals[level] = zip(totals[level] ?? tallies.map { ScoreTally(label: $0.label) }, tallies).map { $0 + $1 }
            }
            if unmatched, let chosen = MatchLevel(rawValue: level) {
                for miss in report.missed[chosen] ?? [] {
                    Console.output("  missed   \(miss.file)  \(miss.key)  \"\(miss.quote)\"\n")
                }
                for extra in report.spurious[chosen] ?? [] {
                    Console.output("  spurious \(extra.file)  \(extra.key)  \"\(extra.quote)\"\n")
                }
            }
            // Discrepancies: compared from the gold facts (the comparison stage alone) and from the
            // extracted facts (the whole pipeline); the matching rule is in DiscrepancyScorer.
            let gold = GoldComparisonInput(expected: expected, folder: folder)
            let runs = [
                ("gold", Comparator().compare(documents: gold.documents, facts: gold.facts)),
                ("extracted", result.comparison),
            ]
            Console.output("discrepancies  input      found matched expected matched  precision recall\n")
            for (label, comparison) in runs {
                let scored = DiscrepancyScorer().score(expected: expected, comparison: comparison)
                Console.output(Self.discrepancyLine(label, scored))
                discrepancyTotals[label] = discrepancyTotals[label].map { $0 + scored } ?? scored
                if unmatched {
                    for miss in scored.missed {
                        Console.output("  missed   [\(label)] \(miss.incident) \(miss.slot) \(miss.kind): \(miss.note ?? "")\n")
                    }
                    for extra in scored.spurious {
                        Console.output("  spurious [\(label)] \(extra.incident) \(extra.slot) \(extra.kind.rawValue): \(extra.note)\n")
                    }
                }
            }
            if !report.unscoredFiles.isEmpty {
                Console.error("\(path): not in expected.json, not scored: \(report.unscoredFiles.joined(separator: ", "))")
            }
        }
        if cases.count > 1 {
            Console.output("== overall\n")
            Console.output(Self.table(totals))
            Console.output("discrepancies  input      found matched expected matched  precision recall\n")
            for label in ["gold", "extracted"] {
                if let total = discrepancyTotals[label] { Console.output(Self.discrepancyLine(label, total)) }
            }
        }
        if failed { throw Exit.someFilesFailed }
    }

    /// A fixed-width table: one row per level and type, then the level's overall row.
    static func table(_ tallies: [MatchLevel: [ScoreTally]]) -> String {
        var text = "level  type       matched extracted expected  precision recall  f1\n"
        for level in MatchLevel.allCases {
            guard let rows = tallies[level] else { continue }
            let overall = rows.dropFirst().reduce(rows.first.map { ScoreTally(label: "overall", matched: $0.matched, extracted: $0.extracted, expected: $0.expected) } ?? ScoreTally(label: "overall"), +)
            for row in rows + [overall] {
                text += pad(level.rawValue, 7) + pad(row.label, 11) + pad(String(row.matched), 8, right: true)
                    + pad(String(row.extracted), 10, right: true) + pad(String(row.expected), 9, right: true)
                    + pad(format(row.precision), 11, right: true) + pad(format(row.recall), 7, right: true)
                    + pad(format(row.f1), 6, right: true) + "\n"
            }
        }
        return text
    }

    /// `discrepancies  gold  found matched expected matched  precision recall`.
    static func discrepancyLine(_ label: String, _ report: DiscrepancyScorer.Report) -> String {
        pad("", 15) + pad(label, 10) + pad(String(report.found), 6, right: true) + pad(String(report.foundMatched), 7, right: true)
            + pad(String(report.expected), 8, right: true) + pad(String(report.expectedMatched), 7, right: true)
            + pad(format(report.precision), 10, right: true) + pad(format(report.recall), 6, right: true) + "\n"
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text + " " : text + padding
    }
}
