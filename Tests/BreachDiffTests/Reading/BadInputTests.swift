import Foundation
import Testing
@testable import BreachDiff

@Suite("Bad input") struct BadInputTests {
    @Test("Files that are not text documents give one error each", arguments: zip(
        ["empty.txt", "blank.html", "image.png", "paper.pdf", "archive.zip", "nul.txt"],
        [[UInt8](), Array("  \n\t ".utf8), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0],
         Array("%PDF-1.7\n%\u{00E2}".utf8), [0x50, 0x4B, 0x03, 0x04, 0x14, 0], Array("abc".utf8) + [0] + Array("def".utf8)]))
    func notText(name: String, bytes: [UInt8]) throws {
        let documents = Reading.read(bytes: bytes, name: name)
        let document = try #require(documents.first)
        #expect(documents.count == 1)
        #expect(document.failed)
        #expect(document.kind == .unknown)
        let error = try #require(document.errors.first)
        #expect(error.severity == .error)
        #expect(error.code == (bytes.contains { $0 > 0x20 } ? "binary" : "empty"))
        #expect(error.description.hasPrefix("\(name): error: "))
    }

    @Test("Truncated HTML is recovered", .tags(.libxml2))
    func truncated() {
        let html = "<html><body><p>The attackers took <b>account numbers</b></p><p>and then the page ends in the mid"
        let document = Reading.read(bytes: Array(html.utf8), name: "truncated.html")[0]
        #expect(document.text == "The attackers took account numbers\n\nand then the page ends in the mid")
        #expect(!document.failed)
    }

    @Test("100,000 nested tags do not overflow the stack", .tags(.libxml2))
    func deepNesting() {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "deep text"
            + String(repeating: "</div>", count: depth) + "<p>after</p></body></html>"
        let documents = Reading.read(bytes: Array(html.utf8), name: "nested.html")
        #expect(documents.count == 1)
        #expect(documents[0].text.contains("deep text") || documents[0].errors.contains { $0.code == "tooDeep" })
    }

    @Test("A 50 MB page finishes in linear time", .tags(.slow, .libxml2))
    func hugePage() {
        let paragraph = "<p>" + String(repeating: "Customer records were exposed in the incident. ", count: 20) + "</p>\n"
        var html = "<html><body>"
        let target = 50 << 20
        html.reserveCapacity(target + 100)
        while html.utf8.count < target { html += paragraph }
        html += "</body></html>"
        let start = Date()
        let documents = Reading.read(bytes: Array(html.utf8), name: "huge.html")
        let seconds = Date().timeIntervalSince(start)
        #expect(documents.count == 1)
        #expect(documents[0].blocks.count > 10_000)
        #expect(seconds < 120, "took \(seconds) s")
    }

    @Test("Files above the size limit are refused")
    func tooLarge() {
        let documents = DocumentReader(maximumBytes: 10).read(bytes: Array("<p>eleven bytes</p>".utf8), file: "a.html", fileName: "a.html")
        #expect(documents[0].errors.map(\.code) == ["tooLarge"])
    }

    @Test("Missing files, folders and unreadable files are reported; the others are still read")
    func unreadable() throws {
        try Reading.withTemporaryFolder { folder in
            let good = folder.appendingPathComponent("good.txt")
            try Data("A readable report about an intrusion.".utf8).write(to: good)
            let locked = folder.appendingPathComponent("locked.txt")
            try Data("secret".utf8).write(to: locked)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
            let inputs = [
                InputFile(url: folder.appendingPathComponent("missing.txt"), relativePath: "missing.txt"),
                InputFile(url: folder, relativePath: "folder"),
                InputFile(url: locked, relativePath: "locked.txt"),
                InputFile(url: good, relativePath: "good.txt"),
            ]
            let documents = DocumentReader().readAll(inputs)
            #expect(documents.map(\.file) == ["missing.txt", "folder", "locked.txt", "good.txt"])
            #expect(documents[0].errors.first?.message == "no such file")
            #expect(documents[1].errors.first?.message == "is a directory")
            // root can read anything; the permission case is only checkable for other users.
            if getuid() != 0 { #expect(documents[2].errors.first?.message == "permission denied") }
            #expect(!documents[3].failed)
            #expect(documents[3].text == "A readable report about an intrusion.")
        }
    }

    @Test("Folder scanning survives symlink loops")
    func symlinkLoop() throws {
        try Reading.withTemporaryFolder { folder in
            let sub = folder.appendingPathComponent("sub")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data("text".utf8).write(to: sub.appendingPathComponent("a.txt"))
            try FileManager.default.createSymbolicLink(at: sub.appendingPathComponent("loop"), withDestinationURL: folder)
            let files = InputScanner().files(in: [folder])
            #expect(files.map(\.relativePath) == ["sub/a.txt"])
        }
    }
}
