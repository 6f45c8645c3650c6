import ArgumentParser
import BreachDiff
import Foundation

/// Options shared by the subcommands that read documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read (folders recursively).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Documents processed in parallel (default: all cores).")
    var jobs: Int = processorCount

    @Flag(name: .shortAndLong, help: "No progress or per-file diagnostics on stderr.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// The input files, or a usage error when there are none.
    func inputFiles(defaultPath: String? = nil) throws -> [InputFile] {
        let named = paths.isEmpty ? (defaultPath.map { [$0] } ?? []) : paths
        guard !named.isEmpty else { throw ValidationError("name at least one file or folder to read") }
        let files = InputScanner().files(in: named.map { URL(fileURLWithPath: $0) })
        guard !files.isEmpty else {
            throw ValidationError("no documents found under \(named.joined(separator: ", "))")
        }
        return files
    }
}

/// The documented exit statuses.
enum Exit {
    /// Done, but some files could not be read.
    static let someFilesFailed = ExitCode(3)
}

/// Writes to standard error.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes bytes to standard output as they are, without a copy into `Data`; a short write
    /// is continued, an interrupted one retried. Stops at any other error (a closed pipe), as the
    /// `FileHandle` path cannot report one either.
    static func output(bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
