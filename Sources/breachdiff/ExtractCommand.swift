import ArgumentParser
import BreachDiff

/// `breachdiff extract`: facts with their evidence, one per line.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract breach facts with their evidence, one per line.",
        discussion: """
        Every fact has the file, the character offsets and the quote it came from, whose statement
        it is (source) and how firm (stance). JSON Lines is the contract for notebooks; the fields
        are documented in the README.

        Examples:
          breachdiff extract Corpus --format jsonl > facts.jsonl
          breachdiff extract filing.html --format table
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv, table
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .jsonl

    func run() throws {
        let files = try input.inputFiles()
        let reader = DocumentReader()
        let extractor = FactExtractor()
        let results = files.parallelMap(jobs: input.jobs) { file -> ([Fact], [Diagnostic], [PartialDate?]) in
            var facts: [Fact] = []
            var diagnostics: [Diagnostic] = []
            var dates: [PartialDate?] = []
            for document in reader.read(file) {
                diagnostics += document.errors
                let found = extractor.extract(from: document)
                facts += found
                dates += Array(repeating: document.published, count: found.count)
            }
            return (facts, diagnostics, dates)
        }
        var failed = false
        if format == .csv { Console.output(CSVText.line(FactRow.columns)) }
        for (facts, diagnostics, dates) in results {
            for diagnostic in diagnostics {
                if diagnostic.severity == .error { failed = true }
                if !input.quiet { Console.error(diagnostic.description) }
            }
            var text = ""
            for (fact, published) in zip(facts, dates) {
                let row = FactRow(fact, published: published)
                switch format {
                case .jsonl: text += row.json + "\n"
                case .csv: text += CSVText.line(row.values.map(CSVText.cell))
                case .table: text += Self.tableLine(fact)
                }
            }
            Console.output(text)
        }
        if failed { throw Exit.someFilesFailed }
    }

    /// `file  type  value  source/stance  "quote"` for reading in a terminal.
    static func tableLine(_ fact: Fact) -> String {
        let row = FactRow(fact)
        let value = row.values[FactRow.columns.firstIndex(of: "value")!]
        let shown: String = switch value {
        case .int(let number): String(number)
        case .string(let text): text
        default: "-"
        }
        return "\(fact.file)\t\(fact.type.rawValue)\t\(shown)\t\(fact.source.rawValue)/\(fact.stance.rawValue)\t\"\(fact.quote)\"\n"
    }
}
