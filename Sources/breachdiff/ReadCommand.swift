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

        Exit status: 0 every file read, 3 some files could not be read, 64 no input found.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text (a summary per document) or json (JSON Lines).")
    var format: Format = .text

    func run() throws {
        let files = try input.inputFiles()
        let reader = DocumentReader()
        let format = format
        var failed = false
        // Like `extract`: each file is read and formatted by a worker, written in input order as
        // soon as it is ready, then released, so memory stays flat on any folder size.
        files.parallelStream(jobs: input.jobs, { file -> (output: [Data], diagnostics: [Diagnostic], failed: Bool) in
            let documents = reader.read(file)
            var output: [Data] = []
            var diagnostics = documents.flatMap(\.errors)
            var failed = documents.contains(where: \.failed)
            for document in documents {
                switch format {
                case .text: output.append(Data(ReadRecord.summary(document).utf8))
                case .json:
                    // A document that cannot be encoded is reported like an unreadable file
                    // (stderr, exit 3) instead of leaving an empty line in the data.
                    do { output.append(try ReadRecord.jsonLine(document)) } catch {
                        diagnostics.append(Diagnostic(
                            file: document.file, severity: .error, code: "unencodable",
                            message: "could not write the document as JSON: \(error)"))
                        failed = true
                    }
                }
            }
            return (output, diagnostics, failed)
        }, consume: { output, diagnostics, documentFailed in
            if !input.quiet { for diagnostic in diagnostics { Console.error(diagnostic.description) } }
            if documentFailed { failed = true }
            for data in output { FileHandle.standardOutput.write(data) }
        })
        if failed { throw Exit.someFilesFailed }
    }
}
