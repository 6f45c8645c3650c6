import Foundation
import Testing
@testable import BreachDiff

extension Tag {
    @Tag static var libxml2: Self
    @Tag static var slow: Self
}

/// Shared helpers of the reading suites.
enum Reading {
    static func fixture(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/reading/" + name, withExtension: nil),
                               "missing fixture \(name)", sourceLocation: sourceLocation)
        return url
    }

    /// Reads a fixture file; exactly one document is expected.
    static func read(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ParsedDocument {
        let url = try fixture(name, sourceLocation: sourceLocation)
        let documents = DocumentReader().read(InputFile(url: url, relativePath: name))
        try #require(documents.count == 1, sourceLocation: sourceLocation)
        return documents[0]
    }

    static func read(bytes: [UInt8], name: String) -> [ParsedDocument] {
        DocumentReader().read(bytes: bytes, file: name, fileName: name)
    }

    /// Every block's offsets must address its text inside the document text.
    static func expectConsistentOffsets(_ document: ParsedDocument, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(document.text.unicodeScalars)
        for block in document.blocks {
            let slice = String(String.UnicodeScalarView(scalars[block.start..<block.end]))
            #expect(slice == block.text, sourceLocation: sourceLocation)
        }
        let joined = document.blocks.map(\.text).joined(separator: "\n\n")
        #expect(joined == document.text, sourceLocation: sourceLocation)
    }

    /// A scratch folder removed after the test.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("breachdiff-reading-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }
}
