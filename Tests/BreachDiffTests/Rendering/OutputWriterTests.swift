import BreachDiff
import Foundation
import Testing

@Suite struct OutputWriterTests {
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("output-\(UUID().uuidString)")
    }

    static func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("Writes every file, and nothing else, into a new folder")
    func files() throws {
        let folder = Self.temporaryFolder().appendingPathComponent("nested/out")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent().deletingLastPathComponent()) }
        let written = try OutputWriter().write(SyntheticReport.make(), to: folder)
        let expected = ["agreements.csv", "breachdiff.sqlite", "comparison.md", "discrepancies.csv", "documents.csv",
                        "facts.csv", "facts.jsonl", "incidents.csv", "report.html", "slot_values.csv", "timeline.csv"]
        #expect(written.sorted() == expected)
        #expect(try Self.listing(folder) == expected)
    }

    @Test("A pre-existing file is replaced whole, and no temporary file remains")
    func replaces() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("comparison.md")
        try Data(String(repeating: "stale line that is longer than the new content\n", count: 5000).utf8).write(to: target)
        try OutputWriter(renderers: [MarkdownRenderer()]).write(SyntheticReport.make(), to: folder)
        #expect(try String(contentsOf: target, encoding: .utf8) == MarkdownRenderer().render(SyntheticReport.make()))
        #expect(try Self.listing(folder) == ["comparison.md"])
    }

    /// A renderer that writes part of its file, then fails.
    struct FailingRenderer: ReportRenderer {
        struct Failure: Error {}
        var fileName: String { "comparison.md" }
        func write(_ report: Report, to url: URL) throws {
            try Data("half a fi".utf8).write(to: url)
            throw Failure()
        }
    }

    @Test("A failing renderer leaves the previous file untouched and no partial file")
    func failure() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("comparison.md")
        try Data("previous run\n".utf8).write(to: target)
        #expect(throws: OutputWriter.WriteError.self) {
            try OutputWriter(renderers: [FailingRenderer()]).write(SyntheticReport.make(), to: folder)
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "previous run\n")
        #expect(try Self.listing(folder) == ["comparison.md"])
    }

    @Test("An output folder that cannot be created is a WriteError that says what to do")
    func unwritable() throws {
        let file = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("not a folder".utf8).write(to: file)
        do {
            try OutputWriter().write(SyntheticReport.make(), to: file.appendingPathComponent("out"))
            Issue.record("expected a WriteError")
        } catch {
            #expect(error.description.contains("choose another --out folder"))
        }
    }

    @Test("Two runs write byte-identical files")
    func deterministic() throws {
        let first = Self.temporaryFolder()
        let second = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        try OutputWriter().write(SyntheticReport.make(), to: first)
        try OutputWriter().write(SyntheticReport.make(), to: second)
        for name in try Self.listing(first) {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name)")
        }
    }
}
