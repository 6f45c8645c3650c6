import Foundation
import Testing
@testable import BreachDiff

/// What a folder can hold besides documents: a named pipe (opening it would wait for a writer
/// forever), links that lead nowhere. Each is one clear error row, and the rest of the folder is
/// read; before this, a pipe in the folder hung the run.
@Suite("Hardening: special files in a folder") struct SpecialFileTests {
    @Test("A named pipe, a broken link and a link loop in a folder are reported; the run goes on")
    func specialEntries() throws {
        try Reading.withTemporaryFolder { folder in
            let path = folder.path
            try "<p>The retailer said about 4 million cards were exposed.</p>".write(
                to: folder.appendingPathComponent("good.html"), atomically: true, encoding: .utf8)
            #expect(mkfifo(path + "/pipe.txt", 0o644) == 0)
            try FileManager.default.createSymbolicLink(atPath: path + "/dangling.html", withDestinationPath: path + "/missing.html")
            try FileManager.default.createSymbolicLink(atPath: path + "/loop-a.txt", withDestinationPath: path + "/loop-b.txt")
            try FileManager.default.createSymbolicLink(atPath: path + "/loop-b.txt", withDestinationPath: path + "/loop-a.txt")

            let inputs = InputScanner().files(in: [folder])
            #expect(inputs.map(\.relativePath) == ["dangling.html", "good.html", "loop-a.txt", "loop-b.txt", "pipe.txt"])
            #expect(inputs.allSatisfy { $0.foundInFolder })
            // Reading on another thread with a deadline: a regression would block on the pipe.
            let result = try #require(Self.run(inputs, within: 60))
            let errors = Dictionary(uniqueKeysWithValues: result.documents.map { ($0.file, $0.errors.map(\.message)) })
            #expect(errors["good.html"] == [])
            #expect(errors["pipe.txt"]?.first?.contains("not a regular file (named pipe)") == true)
            for link in ["dangling.html", "loop-a.txt", "loop-b.txt"] {
                #expect(errors[link]?.first?.contains("broken symbolic link") == true, "\(link)")
            }
            #expect(result.facts.contains { $0.file == "good.html" && $0.type == .count })
            #expect(result.someFilesFailed)
        }
    }

    @Test("A pipe the user names is read as asked")
    func namedPipeIsRead() throws {
        try Reading.withTemporaryFolder { folder in
            let path = folder.path + "/stream.txt"
            #expect(mkfifo(path, 0o644) == 0)
            let writer = Thread {
                guard let handle = FileHandle(forWritingAtPath: path) else { return }
                handle.write(Data("About 3 million customers were affected.".utf8))
                try? handle.close()
            }
            writer.start()
            let inputs = InputScanner().files(in: [URL(fileURLWithPath: path)])
            #expect(inputs.map(\.foundInFolder) == [false])
            let documents = DocumentReader().read(inputs[0])
            #expect(documents.first?.errors == [])
            #expect(documents.first?.text.contains("3 million customers") == true)
        }
    }

    /// The pipeline's result, or nil when it did not finish within `seconds`.
    static func run(_ inputs: [InputFile], within seconds: Double) -> Pipeline.Result? {
        final class Box: @unchecked Sendable { var result: Pipeline.Result? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Thread {
            box.result = Pipeline().run(inputs, jobs: 2)
            done.signal()
        }.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.result
    }
}
