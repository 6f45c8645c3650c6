import BreachDiff
import Foundation
import Testing

@Suite struct PipelineTests {
    /// A folder of small plain-text documents written at test time.
    static func folder(documents: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for index in 0..<documents {
            let name = (index % 3 == 0 ? "sub/" : "") + "2024-01-\(index % 28 + 1 < 10 ? "0" : "")\(index % 28 + 1)_news_\(index).txt"
            let text = "Breach note \(index)\n\nThe operator of a parcel tracker said about \(index + 2) million rows were copied.\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test("Results come back in input order, the same with one job or many", arguments: [2, 4, 8])
    func order(jobs: Int) throws {
        let folder = try Self.folder(documents: 25)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = InputScanner().files(in: [folder])
        let serial = Pipeline().run(inputs, jobs: 1)
        let parallel = Pipeline().run(inputs, jobs: jobs)
        #expect(serial == parallel)
        #expect(serial.documents.map(\.file) == inputs.map(\.relativePath))
        #expect(!serial.someFilesFailed)
    }

    @Test("Progress is reported once per file, counting up to the total")
    func progress() throws {
        let folder = try Self.folder(documents: 12)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = InputScanner().files(in: [folder])
        let seen = Recorder()
        _ = Pipeline().run(inputs, jobs: 3) { done in seen.append(done) }
        #expect(seen.values == Array(1...12))
    }

    @Test("A file that cannot be read is a per-file error, not a stop")
    func failure() throws {
        let folder = try Self.folder(documents: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        var inputs = InputScanner().files(in: [folder])
        inputs.append(InputFile(url: folder.appendingPathComponent("missing.txt"), relativePath: "missing.txt"))
        let result = Pipeline().run(inputs, jobs: 2)
        #expect(result.documents.count == 4)
        #expect(result.someFilesFailed)
        #expect(result.diagnostics.map(\.file) == ["missing.txt"])
    }

    @Test("Progress lines", arguments: zip(
        [(0, 0.0), (5, 2.0), (20, 4.0), (1, 3600.0)],
        ["0/20 files", "5/20 files  2.5 files/s  0:06 left", "20/20 files  5.0 files/s  0:04 total",
         "1/20 files  0.0 files/s  19:00:00 left"]))
    func meter(input: (Int, Double), expected: String) {
        #expect(ProgressMeter(total: 20).line(done: input.0, elapsed: input.1) == expected)
    }
}

/// Collects progress reports from worker threads.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int] = []

    func append(_ value: Int) {
        lock.lock()
        storage.append(value)
        lock.unlock()
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
