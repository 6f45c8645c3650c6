import Foundation
import Testing
@testable import BreachDiff

/// Every file under `Fixtures/hostile/` (hand-made attacks and inputs the fuzzer found) goes
/// through the reader and the extractor with the same checks as the fuzz target (Fuzz/FuzzEntry.swift):
/// no crash, offsets inside the text, each block and quote equal to its span.
/// A fuzzer finding becomes a regression test by copying its input into that folder.
@Suite("Hardening: hostile fixtures", .tags(.libxml2)) struct HostileFixtureTests {
    static var fixtures: [String] {
        guard let folder = Bundle.module.url(forResource: "Fixtures/hostile", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.sorted()
    }

    @Test("The folder is there, so the test below is not vacuous")
    func present() {
        #expect(Self.fixtures.count >= 5)
    }

    @Test("Reading and extracting keeps every invariant", arguments: fixtures)
    func invariants(name: String) throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/hostile/" + name, withExtension: nil))
        let documents = DocumentReader().read(InputFile(url: url, relativePath: name))
        #expect(!documents.isEmpty)
        for document in documents {
            let scalars = Array(document.text.unicodeScalars)
            for block in document.blocks {
                try #require(block.start >= 0 && block.start <= block.end && block.end <= scalars.count)
                #expect(String(String.UnicodeScalarView(scalars[block.start..<block.end])) == block.text)
            }
            for fact in FactExtractor().extract(from: document) {
                try #require(fact.start >= 0 && fact.start <= fact.end && fact.end <= scalars.count)
                #expect(String(String.UnicodeScalarView(scalars[fact.start..<fact.end])) == fact.quote)
            }
            #expect(!document.text.contains("root:"), "a local file leaked into \(name)")
            #expect(document.text.unicodeScalars.count <= (try Data(contentsOf: url)).count, "\(name) expanded")
        }
    }
}
