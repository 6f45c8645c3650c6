import Foundation
import Testing
@testable import BreachDiff

/// The reader's own limits: each gives one clear diagnostic instead of a crash or silent loss.
@Suite("Hardening: size and nesting limits", .tags(.libxml2)) struct ReaderLimitTests {
    @Test("Input above maximumBytes is refused with a one-line error naming both sizes")
    func sizeLimit() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 2_000)
        let document = try #require(DocumentReader(maximumBytes: 1_000).read(bytes: bytes, file: "big.txt", fileName: "big.txt").first)
        let error = try #require(document.errors.first)
        #expect(document.errors.count == 1)
        #expect(error.severity == .error && error.code == "tooLarge")
        #expect(error.message.contains("2000") && error.message.contains("1000"))
        #expect(!error.description.contains("\n"))
        #expect(document.text.isEmpty)
    }

    @Test("The size limit applies to files on disk before they are read whole")
    func sizeLimitOnDisk() throws {
        try Reading.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("big.html")
            try Data(repeating: UInt8(ascii: "x"), count: 5_000).write(to: url)
            let documents = DocumentReader(maximumBytes: 4_096).read(InputFile(url: url, relativePath: "big.html"))
            #expect(documents.map { $0.errors.map(\.code) } == [["tooLarge"]])
        }
    }

    @Test("A million nested elements finish without a crash and keep the text after them")
    func deepNesting() throws {
        let depth = 1_000_000
        let html = "<html><body>" + String(repeating: "<span><b>", count: depth / 2) + "inner words"
            + String(repeating: "</b></span>", count: depth / 2) + "<p>Text after the nest.</p></body></html>"
        let document = try #require(Reading.read(bytes: Array(html.utf8), name: "nested.html").first)
        // Nothing is lost: the inner words and the text after the nest are read, and the
        // flattening is reported (libxml2's own tree builder stopped the parse at depth 256).
        #expect(document.text.contains("inner words"))
        #expect(document.text.contains("Text after the nest."))
        #expect(document.errors.contains { $0.code == "tooDeep" && $0.severity == .warning })
        Reading.expectConsistentOffsets(document)
    }

    @Test("Deeply nested quotations do not trip the attribution or the extractors")
    func nestedQuotes() throws {
        let depth = 20_000
        let text = String(repeating: "He said \u{201C}", count: depth) + "3 million records were stolen"
            + String(repeating: "\u{201D}", count: depth) + "."
        let document = DocumentReader().read(text: text, file: "quotes.txt")
        let facts = FactExtractor().extract(from: document)
        for fact in facts {
            let scalars = Array(document.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[fact.start..<fact.end])) == fact.quote)
        }
    }

    @Test("A text node over libxml2's 10 MB cap is reported as truncated, not lost silently", .tags(.slow))
    func hugeTextNode() throws {
        let words = String(repeating: "breach ", count: (11 << 20) / 7)
        let html = "<html><body><p>" + words + "</p></body></html>"
        let document = try #require(Reading.read(bytes: Array(html.utf8), name: "huge-text-node.html").first)
        let truncated = document.errors.contains { $0.code == "truncated" }
        let complete = document.text.unicodeScalars.count >= words.unicodeScalars.count - 1
        #expect(truncated || complete, "text lost without a diagnostic: \(document.text.unicodeScalars.count) of \(words.unicodeScalars.count)")
    }
}
