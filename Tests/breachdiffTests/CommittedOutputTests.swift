import Foundation
import Testing

/// `Output/` in the repository is exactly what `Corpus/` produces today.
@Suite struct CommittedOutputTests {
    /// The package root, from this file's path (Tests/breachdiffTests/ is two levels down).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var corpusHasDocuments: Bool {
        let corpus = root.appendingPathComponent("Corpus").path
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: corpus)) ?? []
        return names.contains { $0.hasSuffix(".html") || $0.hasSuffix(".txt") || $0.hasSuffix(".htm") }
    }

    @Test("Output/ is what Corpus/ produces, byte for byte", .enabled(if: corpusHasDocuments, "Corpus/ is empty"))
    func regenerate() throws {
        // Regenerate beside a copy of Corpus/, so the relative links in the report are the same.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("committed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Corpus"), to: scratch.appendingPathComponent("Corpus"))
        let outcome = try CLI.run(["Corpus", "--out", "Output", "--quiet"], in: scratch)
        #expect(outcome.status == 0 || outcome.status == 3, "\(outcome.stderr)")
        let fresh = try CaseFolder.contents(of: scratch.appendingPathComponent("Output"))
        let committed = try CaseFolder.contents(of: Self.root.appendingPathComponent("Output"))
        #expect(committed.keys.sorted() == fresh.keys.sorted())
        for (name, data) in fresh {
            #expect(committed[name] == data, "Output/\(name) is stale: run `swift run breachdiff` and commit Output/")
        }
    }
}
