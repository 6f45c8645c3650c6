import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A folder of made-up breach documents (wording written for these tests), created per test.
struct CaseFolder {
    let root: URL
    var corpus: URL { root.appendingPathComponent("Corpus") }
    var output: URL { root.appendingPathComponent("Output") }

    static let documents: [String: String] = [
        "2024-02-20_forum_listing.txt": """
        Listing: parcel tracker database

        Offering 12 million customer rows from a parcel tracking firm, names, emails and phone numbers included.
        """,
        "2024-03-02_sec-8k.txt": """
        Item 1.05 Material Cybersecurity Incidents

        On February 11, 2024, the Company detected unauthorized access to a customer database.
        The Company believes approximately 3.5 million customers were affected. No payment card data was accessed.
        """,
        "news/2024-03-04_news_parcel-firm.txt": """
        Parcel firm confirms breach

        The company said about 3.5 million people were affected, far fewer than the seller claimed.
        """,
    ]

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        for (name, text) in Self.documents {
            let url = corpus.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The files of a folder, by name, with their bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    /// A Unix socket: a directory entry no reader can open, even as root.
    static func makeUnreadable(at url: URL) {
        #if canImport(Glibc)
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(url.path.utf8.prefix(raw.count - 1)))
        }
        _ = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #endif
    }
}

@Suite struct RunCommandTests {
    static let outputs = ["agreements.csv", "breachdiff.sqlite", "comparison.md", "discrepancies.csv", "documents.csv",
                          "facts.csv", "facts.jsonl", "incidents.csv", "report.html", "slot_values.csv", "timeline.csv"]

    @Test("With no arguments: Corpus/ -> Output/, exit 0, every file and no temporary file")
    func defaults() throws {
        let folder = try CaseFolder()
        defer { folder.remove() }
        let outcome = try CLI.run([], in: folder.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.output.path).sorted() == Self.outputs)
        // stderr is not a terminal here: no progress line, only the summary.
        #expect(!outcome.stderr.contains("\r"))
        #expect(outcome.stderr.contains("3 documents"))
        #expect(outcome.stdout.isEmpty)
        let documents = try String(contentsOf: folder.output.appendingPathComponent("documents.csv"), encoding: .utf8)
        #expect(documents.split(separator: "\n").count == 4)
        #expect(documents.contains("news/2024-03-04_news_parcel-firm.txt,"))
    }

    @Test("Two runs, and a run on a copy elsewhere, write byte-identical files")
    func deterministic() throws {
        let folder = try CaseFolder()
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("elsewhere-\(UUID().uuidString)/deeper")
        defer { folder.remove(); try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        #expect(try CLI.run(["Corpus", "--out", "Output", "--quiet"], in: folder.root).status == 0)
        let first = try CaseFolder.contents(of: folder.output)
        #expect(try CLI.run(["Corpus", "--out", "Second", "--quiet", "--jobs", "1"], in: folder.root).status == 0)
        #expect(try CaseFolder.contents(of: folder.root.appendingPathComponent("Second")) == first)

        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder.corpus, to: copy.appendingPathComponent("Corpus"))
        // Absolute paths this time: the outputs must not depend on how the folders were named.
        let outcome = try CLI.run([copy.appendingPathComponent("Corpus").path, "--out", copy.appendingPathComponent("Output").path, "-q"])
        #expect(outcome.status == 0)
        let elsewhere = try CaseFolder.contents(of: copy.appendingPathComponent("Output"))
        #expect(elsewhere.keys.sorted() == Self.outputs)
        for name in Self.outputs { #expect(elsewhere[name] == first[name], "\(name)") }
    }

    @Test("A pre-existing output is replaced whole")
    func replaces() throws {
        let folder = try CaseFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.output, withIntermediateDirectories: true)
        let stale = Data(String(repeating: "old,row\n", count: 10_000).utf8)
        try stale.write(to: folder.output.appendingPathComponent("facts.csv"))
        #expect(try CLI.run(["-q"], in: folder.root).status == 0)
        let facts = try Data(contentsOf: folder.output.appendingPathComponent("facts.csv"))
        #expect(facts != stale && !String(decoding: facts, as: UTF8.self).contains("old,row"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.output.path).sorted() == Self.outputs)
    }

    @Test("An output folder inside the input folder is not read back as documents")
    func nestedOutput() throws {
        let folder = try CaseFolder()
        defer { folder.remove() }
        #expect(try CLI.run([".", "--out", "Output", "-q"], in: folder.corpus).status == 0)
        let second = try CLI.run([".", "--out", "Output"], in: folder.corpus)
        #expect(second.status == 0)
        #expect(second.stderr.contains("3 documents"), "\(second.stderr)")
    }

    @Test("One unreadable file: exit 3, the file on stderr and in documents.csv, the rest written")
    func unreadable() throws {
        let folder = try CaseFolder()
        defer { folder.remove() }
        CaseFolder.makeUnreadable(at: folder.corpus.appendingPathComponent("stuck.txt"))
        let outcome = try CLI.run([], in: folder.root)
        #expect(outcome.status == 3, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("stuck.txt: error:"))
        let documents = try String(contentsOf: folder.output.appendingPathComponent("documents.csv"), encoding: .utf8)
        let line = try #require(documents.split(separator: "\n").first { $0.hasPrefix("stuck.txt,") })
        #expect(line.contains("error "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.output.path).sorted() == Self.outputs)
    }

    @Test("A missing folder is a usage error (64) that says what to name")
    func missing() throws {
        let outcome = try CLI.run(["/nonexistent/breach-folder"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("no folder '/nonexistent/breach-folder'"))
        #expect(outcome.stderr.contains("name a folder of .html or .txt documents"))
    }

    @Test("A folder without documents fails the run (1) and says what to do")
    func empty() throws {
        let folder = try CaseFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.root.appendingPathComponent("Empty"), withIntermediateDirectories: true)
        let outcome = try CLI.run(["Empty"], in: folder.root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no documents found under Empty: name a folder with .html or .txt files"))
    }

    @Test("An output that cannot be written fails the run (1)")
    func unwritable() throws {
        let folder = try CaseFolder()
        defer { folder.remove() }
        try Data("a file, not a folder".utf8).write(to: folder.root.appendingPathComponent("taken"))
        let outcome = try CLI.run(["--out", "taken/out"], in: folder.root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("choose another --out folder"))
    }

    @Test("--help shows the outputs, the exit statuses and examples")
    func help() throws {
        let outcome = try CLI.run(["run", "--help"])
        #expect(outcome.status == 0)
        for text in ["--out", "report.html", "breachdiff.sqlite", "Exit status", "Examples:"] {
            #expect(outcome.stdout.contains(text), "\(text)")
        }
    }
}
