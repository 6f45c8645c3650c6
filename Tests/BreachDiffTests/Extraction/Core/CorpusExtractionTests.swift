import Foundation
import Testing
@testable import BreachDiff

/// Runs the whole extractor over the shared corpus (skipped when absent).
@Suite struct CorpusExtractionTests {
    @Test("No fact quotes reader comments below an article", .enabled(if: SharedCorpus.available))
    func noFactsFromComments() throws {
        let marker = "Top Rated Comments"
        var checked = 0
        for folder in SharedCorpus.cases() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".txt") {
                let raw = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                guard let cut = raw.range(of: marker) else { continue }
                let article = String(raw[..<cut.lowerBound])
                let comments = String(raw[cut.lowerBound...])
                let document = try #require(SharedCorpus.read(file, in: folder))
                checked += 1
                for fact in FactExtractor().extract(from: document) where fact.quote.count >= 12 {
                    // A quote found only below the marker came from the comments.
                    let inComments = comments.contains(fact.quote) && !article.contains(fact.quote)
                    #expect(!inComments, "\(file): \(fact.quote)")
                    if let marked = document.text.range(of: marker) {
                        let offset = document.text.unicodeScalars.distance(from: document.text.unicodeScalars.startIndex, to: marked.lowerBound)
                        #expect(fact.end <= offset, "\(file): \(fact.quote)")
                    }
                }
            }
        }
        #expect(checked > 0)
    }

    @Test("Every fact's quote is its span of the text", .enabled(if: SharedCorpus.available))
    func quotesAreSpans() throws {
        for folder in SharedCorpus.cases() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".txt") {
                let document = try #require(SharedCorpus.read(file, in: folder))
                let scalars = Array(document.text.unicodeScalars)
                for fact in FactExtractor().extract(from: document) {
                    #expect(String(String.UnicodeScalarView(scalars[fact.start..<fact.end])) == fact.quote)
                }
            }
        }
    }
}
