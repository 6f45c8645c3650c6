import Foundation
@testable import BreachDiff

/// Shared helpers of the filing suites: fixture and benchmark locations, documents built from blocks.
enum FilingTestSupport {
    /// `Tests/BreachDiffTests/Fixtures/filing/`, found from this source file so no bundle lookup is needed.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/filing")

    /// `../shared/bench-html` relative to the package root.
    static let bench = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/bench-html").standardizedFileURL

    static func benchFile(_ name: String) -> URL? {
        let url = bench.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static func fixtureBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    /// Reads a file with the real reader; the first document.
    static func read(_ url: URL) -> ParsedDocument {
        DocumentReader().read(InputFile(url: url, relativePath: url.lastPathComponent))[0]
    }

    /// A document whose blocks are the given texts, joined by a blank line as the reader does.
    static func document(_ blocks: [(BlockKind, String)], formType: String? = nil) -> ParsedDocument {
        var text = ""
        var offset = 0
        var built: [TextBlock] = []
        for (kind, content) in blocks {
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let length = content.unicodeScalars.count
            built.append(TextBlock(kind: kind, text: content, start: offset, end: offset + length))
            text += content
            offset += length
        }
        return ParsedDocument(file: "synthetic.html", kind: .news, formType: formType, text: text, blocks: built)
    }

    /// Items as "number | title" lines, the form the assertions compare.
    static func itemList(_ structure: FilingStructure?) -> [String] {
        (structure?.items ?? []).map { "\($0.number) | \($0.title)" }
    }

    /// The text an item covers.
    static func text(of item: FilingItem, in document: ParsedDocument) -> String {
        let scalars = Array(document.text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[item.start..<item.end]))
    }
}
