import Foundation
import Testing

/// libxml2 must never print to the terminal on its own: its complaints are captured per document
/// and come out as our one-line diagnostics (`file: warning: message [code]`).
@Suite("Hardening: stderr hygiene") struct StderrHygieneTests {
    /// Markup libxml2 complains about in several ways: bad nesting, stray end tags, bad entities,
    /// invalid bytes, an unterminated comment and a DOCTYPE with declarations.
    static let malformed: [String: [UInt8]] = [
        "tags.html": Array("<html><body><p>One <b>two <i>three</b> four</i><table><td>cell</tr></p></span></body></html>".utf8),
        "entities.html": Array("<html><body><p>AT&T &bogus; &#xFFFFFFFF; &#0; &</p></body></html>".utf8),
        "bytes.html": Array("<html><body><p>caf".utf8) + [0xE9, 0xFF, 0xC3] + Array(" bar</p>".utf8),
        "comment.html": Array("<html><body><p>before</p><!-- never closed <p>after".utf8),
        "doctype.xhtml": Array(#"<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "b">]><html><body><p>x &a;</p>"#.utf8),
        "name\u{1B}[31m\nfake: error: injected.html": Array("<html><body><p>Odd <name.</body>".utf8),
    ]

    @Test("Running on malformed HTML prints only our one-line diagnostics")
    func onlyOurDiagnostics() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("breachdiff-stderr-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in Self.malformed { try Data(bytes).write(to: folder.appendingPathComponent(name)) }

        let output = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-out")
        defer { try? FileManager.default.removeItem(at: output) }
        for arguments in [["read", folder.path], ["run", folder.path, "--out", output.path]] {
            let outcome = try CLI.run(arguments)
            #expect(outcome.status == 0 || outcome.status == 3, "\(arguments[0]): \(outcome.stderr)")
            #expect(!outcome.stderr.contains("parser error"), "\(arguments[0]) printed raw libxml2 output:\n\(outcome.stderr)")
            #expect(!outcome.stderr.contains("HTML parser"))
            #expect(!outcome.stderr.contains("\u{1B}"), "a terminal escape from a file name reached stderr")
            for line in outcome.stderr.split(separator: "\n") {
                // A diagnostic names a file of ours and ends in a bracketed code; `run` adds its summary.
                if line.contains(" documents, ") && line.contains(" facts, ") { continue }
                #expect(line.hasPrefix("name\\u{1B}[31m\\u{A}fake") || Self.malformed.keys.contains { line.hasPrefix($0 + ": ") },
                        "unexpected stderr line: \(line)")
                #expect(line.hasSuffix("]"), "not one of our diagnostics: \(line)")
            }
        }
    }
}
