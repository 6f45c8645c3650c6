import Foundation
import Testing
@testable import BreachDiff

/// Reads every document of the shared corpus (when it is there) and checks that no page chrome
/// survives. Nothing of the corpus is copied here: the chrome lines are found in the raw files.
@Suite("Corpus reading") struct CorpusReadingTests {
    static var corpus: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/corpus")
    }

    @Test("No comment-section or popular-stories text survives", .enabled(if: FileManager.default.fileExists(atPath: corpus.path)))
    func noChrome() throws {
        let inputs = InputScanner().files(in: [Self.corpus])
        try #require(!inputs.isEmpty)
        for input in inputs {
            let raw = try String(contentsOf: input.url, encoding: .utf8)
            for document in DocumentReader().read(input) {
                #expect(!document.failed, "\(document.file)")
                Reading.expectConsistentOffsets(document)
                for block in document.blocks {
                    #expect(!BoilerplateRules.isCommentLine(block.text), "\(document.file): \(block.text)")
                    #expect(!BoilerplateRules.isSectionHeading(block.text), "\(document.file): \(block.text)")
                }
                // Lines that follow a "Popular Stories" / "Top Rated Comments" line in the raw file are gone.
                let lines = raw.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                for (index, line) in lines.enumerated() where ["popular stories", "top rated comments"].contains(line.lowercased()) {
                    for later in lines[(index + 1)...] where later.count > 20 {
                        #expect(!document.text.contains(later), "\(document.file): \(later)")
                    }
                }
            }
        }
    }

    @Test("The saved page with comments keeps its article", .enabled(if: FileManager.default.fileExists(atPath: corpus.path)))
    func macrumorsArticle() throws {
        let url = Self.corpus.appendingPathComponent("tmobile/2021-08-16_news_macrumors.txt")
        try #require(FileManager.default.fileExists(atPath: url.path))
        let document = try #require(DocumentReader().read(InputFile(url: url, relativePath: "m.txt")).first)
        let raw = try String(contentsOf: url, encoding: .utf8)
        let article = raw.components(separatedBy: "Top Rated Comments")[0]
        // Every long paragraph before the comments is in the text.
        for paragraph in article.components(separatedBy: "\n") where paragraph.count > 80 {
            let normalised = paragraph.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{201C}", with: "\"")
                .replacingOccurrences(of: "\u{201D}", with: "\"").trimmingCharacters(in: .whitespaces)
            #expect(document.text.contains(normalised))
        }
        #expect(!document.text.contains("Votes"))
        #expect(!document.text.contains("Avatar"))
    }
}
