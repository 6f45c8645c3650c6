import ArgumentParser
import BreachDiff
import Foundation

/// `breachdiff compare`: incidents, ranked discrepancies and agreements of a folder of documents.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Group facts into incidents and list where the sources disagree.",
        discussion: """
        Reads and extracts every document, groups the facts into incidents and reports, per
        incident and slot (count, date:<event>, data_type:<key>, money:<event>), the discrepancies
        (claimed_vs_confirmed, revised, conflict, unit_mismatch, exposed_vs_denied) ranked by
        importance, and the agreements. Rules and the JSON schema: docs/comparison.md.

        --gold (development aid) compares a case folder's expected.json facts instead of extracted
        ones, with the gold incident ids removed.

        Examples:
          breachdiff compare ~/cases/acme --format markdown
          breachdiff compare ../shared/corpus/tmobile --gold --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, markdown
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .json

    @Flag(help: "Compare the gold facts of a case folder's expected.json (development aid).")
    var gold = false

    func run() throws {
        var documents: [DocumentInfo] = []
        var facts: [Fact] = []
        var errors: [String] = []
        let comparison: Comparison
        if gold {
            guard !input.paths.isEmpty else { throw ValidationError("name a case folder with an expected.json") }
            for path in input.paths {
                let folder = URL(fileURLWithPath: path)
                let expected: ExpectedCase
                do {
                    expected = try ExpectedCase(folder: folder)
                } catch {
                    throw ValidationError("\(path): cannot read expected.json (\(error.localizedDescription))")
                }
                let prepared = GoldComparisonInput(expected: expected, folder: folder)
                if ProcessInfo.processInfo.environment["BREACHDIFF_DEBUG_HINTS"] != nil {
                    for fact in prepared.facts where fact.incidentHint != nil {
                        Console.error("hint \(fact.incidentHint!) \(fact.file) \(fact.quote.prefix(50))")
                    }
                }
                documents += prepared.documents
                facts += prepared.facts
            }
            comparison = Comparator().compare(documents: documents, facts: facts)
        } else {
            // The pipeline reads and extracts in parallel, releases each text, then compares.
            let result = Pipeline().run(try input.inputFiles(), jobs: input.jobs)
            for diagnostic in result.documents.flatMap(\.errors) where diagnostic.severity == .error {
                errors.append(diagnostic.description)
                if !input.quiet { Console.error(diagnostic.description) }
            }
            comparison = result.comparison
        }
        switch format {
        case .json: Console.output(ComparisonFormatter.json(comparison, errors: errors))
        case .csv: Console.output(ComparisonFormatter.csv(comparison))
        case .markdown: Console.output(ComparisonFormatter.markdown(comparison))
        }
        if !errors.isEmpty { throw Exit.someFilesFailed }
    }
}
