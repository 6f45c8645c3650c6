import Foundation
import Testing

/// Runs the built `breachdiff` binary, as a user or a notebook would.
enum CLI {
    /// The products folder that holds both the test bundle and the `breachdiff` executable.
    static var executable: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.pathComponents.count > 1 {
            let candidate = url.deletingLastPathComponent().appendingPathComponent("breachdiff")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/breachdiff")
    }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}

@Suite struct CLIHelpTests {
    @Test("Every subcommand has help with examples", arguments: ["read", "extract", "compare", "score", "run"])
    func help(subcommand: String) throws {
        let outcome = try CLI.run([subcommand, "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("USAGE"))
    }
}
