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
        var failed = false
        if format == .csv { Console.output(CSVText.line(FactRow.columns)) }
        let format = format
        // Each file's rows are formatted by its worker, written as soon as it and all files before
        // it are done, then dropped: memory stays flat however many files (docs/performance.md).
        // JSON Lines go out as the bytes the worker wrote, one write per file: no String made of
        // them and no copy into `Data` on the thread that writes (docs/performance.md, session 4).
        files.parallelStream(jobs: input.jobs, { file -> (text: String, rows: [UInt8], diagnostics: [Diagnostic]) in
            var text = ""
            var rows: [UInt8] = []
            var diagnostics: [Diagnostic] = []
            for document in reader.read(file) {
                diagnostics += document.errors
                for fact in extractor.extract(from: document) {
                    switch format {
                    case .jsonl:
                        FactJSONWriter.write(fact, published: document.published, into: &rows)
                        rows.append(UInt8(ascii: "\n"))
                    case .csv: text += CSVText.line(FactRow(fact, published: document.published).values.map(CSVText.cell))
                    case .table: text += Self.tableLine(fact)
                    }
                }
            }
            return (text, rows, diagnostics)
        }, consume: { text, rows, diagnostics in
            for diagnostic in diagnostics {
                if diagnostic.severity == .error { failed = true }
                if !input.quiet { Console.error(diagnostic.description) }
            }
            if !text.isEmpty { Console.output(text) }
            if !rows.isEmpty { Console.output(bytes: rows) }
        })
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
