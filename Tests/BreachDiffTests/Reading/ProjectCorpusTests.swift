import Foundation
import Testing
@testable import BreachDiff

/// Acceptance test over the project's own corpus (`Corpus/<case>/`): every gold fact's quote must
/// survive reading verbatim, kind and date must match, and no reader-comment, reply or link-list
/// text of the pages may reach the main text.
@Suite("Project corpus reading") struct ProjectCorpusTests {
    static var corpus: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
    }

    /// One expected document: its case folder and its `file` entry (maybe `name#N`).
    struct Case: CustomTestStringConvertible, Sendable {
        var folder: String
        var file: String
        var kind: String
        var published: String?
        var quotes: [String]
        var testDescription: String { folder + "/" + file }
    }

    /// Texts of the pages' comment, reply, related and popular sections (and their headings):
    /// none may be in any document's main text.
    static let chromeSnippets = [
        "Score: 48 Votes", "Top Rated Comments", "darkbuyer77", "mod_anon", "Joined: Jan 2020", "Telegram only",
        "Only $350 million for 100 million victims", "1 billion accounts will be next", "300 million Americans should sue",
        "90 million people are at risk", "Popular Stories", "Suggested Post", "Most Popular", "Related Articles",
        "Read More", "Leave a Reply", "Popular Posts", "Share this article", "Newsroom > News Releases",
        "Subscribe Sign in", "Skip to content", "Home | Security",
    ]

    /// Gold quotes the reader does not keep today (`case/file|quote`), with the reason. A fixed
    /// reader makes the known issue fail until the line is removed.
    static let knownMissingQuotes: [String: String] = [
        "change-healthcare/2024-06-20_company-notice_substitute-notice.html|This notice was posted on June 20, 2024":
            "a dated line right under the notice's title is read as the publication date and dropped from the text",
        "uber/2022-09-16_forum_slack-post-thread.html|holding admin credentials for the privileged access management system":
            "forum thread: only the first post is kept as main text; later posts are read as replies",
        "uber/2022-09-16_forum_slack-post-thread.html|That one was 57M people":
            "forum thread: only the first post is kept as main text; later posts are read as replies",
    ]

    /// Documents whose publication date the reader gets wrong today (`case/file`), with the reason.
    /// (Empty since the signature block dates an 8-K whose cover gives an earlier event date,
    /// `SignatureDate`, session 5.)
    static let knownPublishedDates: [String: String] = [:]

    /// Every document of every `expected.json`. Parts of a full submission (`file#N`) are included
    /// only when the submission splitter yields them (it was a stub at first).
    static let cases: [Case] = {
        guard let folders = try? FileManager.default.contentsOfDirectory(atPath: corpus.path) else { return [] }
        var result: [Case] = []
        for folder in folders.sorted() {
            let url = corpus.appendingPathComponent(folder).appendingPathComponent("expected.json")
            guard let data = try? Data(contentsOf: url),
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let documents = json["documents"] as? [[String: Any]] else { continue }
            for document in documents {
                guard let file = document["file"] as? String, let kind = document["kind"] as? String else { continue }
                let quotes = (document["facts"] as? [[String: Any]] ?? []).compactMap { $0["quote"] as? String }
                let entry = Case(folder: folder, file: file, kind: kind, published: document["published"] as? String,
                                 quotes: quotes)
                if file.contains("#"), read(entry) == nil { continue }
                result.append(entry)
            }
        }
        return result
    }()

    /// The document a case names, read as the CLI reads it.
    static func read(_ entry: Case) -> ParsedDocument? {
        let name = String(entry.file.split(separator: "#")[0])
        let url = corpus.appendingPathComponent(entry.folder).appendingPathComponent(name)
        return DocumentReader().read(InputFile(url: url, relativePath: name)).first { $0.file == entry.file }
    }

    @Test("The corpus is there") func corpusPresent() {
        #expect(Self.cases.count >= 14)
    }

    @Test("Facts survive, kind and date match, no comment text", arguments: cases)
    func document(_ entry: Case) throws {
        let document = try #require(Self.read(entry))
        Reading.expectConsistentOffsets(document)
        #expect(document.kind.rawValue == entry.kind)
        let checkPublished = { #expect(document.published?.description == entry.published) }
        if let reason = Self.knownPublishedDates[entry.testDescription] {
            withKnownIssue(Comment(rawValue: reason), checkPublished)
        } else {
            checkPublished()
        }
        for quote in Set(entry.quotes) {
            let check = { #expect(document.text.contains(quote), "missing quote: \(quote)") }
            if let reason = Self.knownMissingQuotes[entry.testDescription + "|" + quote] {
                withKnownIssue(Comment(rawValue: reason), check)
            } else {
                check()
            }
        }
        for snippet in Self.chromeSnippets {
            #expect(!document.text.contains(snippet), "chrome in text: \(snippet)")
        }
        let title = try #require(document.title)
        #expect(!BoilerplateRules.isMenuBar(title), "title: \(title)")
        if let publisher = document.publisher { #expect(!title.hasSuffix(publisher), "title: \(title)") }
    }
}
