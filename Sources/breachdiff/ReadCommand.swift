import ArgumentParser
import BreachDiff
import Foundation

/// `breachdiff read`: shows documents as BreachDiff reads them.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Show documents as BreachDiff reads them: metadata, main text, blocks, filing items.",
        discussion: """
        Folders are read recursively. With --format json, prints one JSON object per document
        (JSON Lines): file, kind, title, publisher, published, company, formType, filing, encoding,
        text, blocks, items, exhibits, errors. Diagnostics also go to stderr, one line each.

        Examples:
          breachdiff read filing.txt
          breachdiff read ~/cases/acme --format json > acme.jsonl

        Exit status: 0 every file read, 3 some files could not be read, 1 no input found.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(help: "Output format: text (a summary per document) or json (JSON Lines).")
    var format: Format = .text

    func run() throws {
        let inputs = InputScanner().files(in: paths.map { URL(fileURLWithPath: $0) })
        guard !inputs.isEmpty else {
            FileHandle.standardError.write(Data("breachdiff: error: no input files found\n".utf8))
            throw ExitCode(1)
        }
        let documents = DocumentReader().readAll(inputs)
        var failed = false
        let output = FileHandle.standardOutput
        for document in documents {
            for diagnostic in document.errors {
                FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
            }
            if document.failed { failed = true }
            switch format {
            case .json: output.write(try ReadRecord.jsonLine(document))
            case .text: output.write(Data(ReadRecord.summary(document).utf8))
            }
        }
        if failed { throw ExitCode(3) }
    }
}
