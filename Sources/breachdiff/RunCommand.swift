import ArgumentParser
import BreachDiff
import Foundation

/// `breachdiff [FOLDER] [--out DIR]`, the default subcommand: the main job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read, extract, compare and write every table and the report (the default).",
        discussion: """
        Reads every .html and .txt document under FOLDER, extracts breach facts with their evidence,
        groups them into incidents, finds where the sources disagree and writes into DIR:
          documents.csv facts.csv facts.jsonl incidents.csv discrepancies.csv agreements.csv
          slot_values.csv timeline.csv comparison.md report.html breachdiff.sqlite
        Files are replaced atomically and are byte-identical between runs on the same input.
        Paths inside them are relative to FOLDER. Schemas: docs/output.md.

        Exit status: 0 done; 3 done, but some files could not be read (listed on stderr and in
        documents.csv); 1 the run failed (no documents, output not writable); 64 usage error
        (including a FOLDER that does not exist).

        Examples:
          breachdiff                                  # Corpus/ -> Output/
          breachdiff ~/cases/acme --out acme-report   # then open acme-report/report.html
          breachdiff Corpus --jobs 2 --quiet
          sqlite3 Output/breachdiff.sqlite 'select slot, kind, note from discrepancies'
        """
    )

    @Argument(help: "Folder of documents, read recursively.")
    var folder: String = "Corpus"

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder, created if needed.", valueName: "DIR"))
    var out: String = "Output"

    @Option(name: .shortAndLong, help: "Documents processed in parallel (default: all cores).")
    var jobs: Int = processorCount

    @Flag(name: .shortAndLong, help: "No progress or per-file diagnostics on stderr.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw ValidationError("no folder '\(folder)' here: name a folder of .html or .txt documents (default: Corpus)")
        }
        guard isDirectory.boolValue else {
            throw ValidationError("'\(folder)' is a file: name the folder that holds the documents")
        }
    }

    func run() throws {
        let input = URL(fileURLWithPath: folder).standardizedFileURL
        let output = URL(fileURLWithPath: out).standardizedFileURL
        // An output folder inside the input folder must not be read back as documents next time.
        let files = InputScanner().files(in: [input]).filter { !Self.isInside($0.url.standardizedFileURL, output) }
        guard !files.isEmpty else {
            Console.error("error: no documents found under \(folder): name a folder with .html or .txt files")
            throw ExitCode.failure
        }

        let display = ProgressDisplay(total: files.count, enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let result = Pipeline().run(files, jobs: jobs, progress: display.update)
        display.finish()

        if !quiet {
            for diagnostic in result.diagnostics { Console.error(diagnostic.description) }
        }
        let report = Report(result, inputLink: Self.relativePath(from: output, to: input))
        do {
            try OutputWriter().write(report, to: output)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode.failure
        }
        if !quiet {
            let comparison = result.comparison
            Console.error("\(result.documents.count) documents, \(result.facts.count) facts, "
                + "\(comparison.incidents.count) incidents, \(comparison.discrepancies.count) discrepancies -> \(out)/report.html")
        }
        if result.someFilesFailed {
            if !quiet {
                let count = Set(result.diagnostics.filter { $0.severity == .error }.map(\.file)).count
                Console.error("\(count) file(s) could not be read; see the errors column of \(out)/documents.csv")
            }
            throw Exit.someFilesFailed
        }
    }

    static func isInside(_ url: URL, _ folder: URL) -> Bool {
        let path = url.pathComponents
        let base = folder.pathComponents
        return path.count > base.count && Array(path.prefix(base.count)) == base
    }

    /// The path from folder `from` to folder `to`, ending in `/`: `../Corpus/`, or `` for the same folder.
    static func relativePath(from: URL, to: URL) -> String {
        let source = from.pathComponents
        let target = to.pathComponents
        var common = 0
        while common < min(source.count, target.count), source[common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: source.count - common)
        let parts = ups + target[common...]
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }
}
