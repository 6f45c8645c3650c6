import Foundation
import Testing
@testable import BreachDiff

@Suite("Plain-text reading") struct PlainTextReadingTests {
    @Test("A saved page: menu lines, alt text and the comment section go, the article stays")
    func savedPage() throws {
        let document = try Reading.read("saved-page-comments.txt")
        Reading.expectConsistentOffsets(document)
        #expect(document.blocks.first?.kind == .heading)
        #expect(document.title == "Retailer Confirms Breach Of Loyalty Accounts")
        #expect(document.text.contains("roughly two million members"))
        #expect(document.text.contains("hired outside investigators"))
        for chrome in ["Skip to content", "Search the site", "retailerlogo", "Share this", "Top Rated", "Avatar",
                       "months ago", "loyalty app anyway", "Votes", "Popular Stories", "new phone"] {
            #expect(!document.text.contains(chrome), "\(chrome) survived")
        }
    }

    @Test("A wire release: kind, publisher, date and issuer from the dateline")
    func wireRelease() throws {
        let document = try Reading.read("press-release-wire.txt")
        #expect(document.kind == .pressRelease)
        #expect(document.publisher == "PR Newswire")
        #expect(document.published == PartialDate(year: 2022, month: 3, day: 3))
        #expect(document.company == "Acme Widgets Inc.")
        #expect(document.blocks.contains { $0.kind == .heading && $0.text == "About Acme Widgets" })
        // Single line breaks inside a paragraph become spaces.
        #expect(document.text.contains("announced that it detected"))
    }

    @Test("A company notice: kind and the updated date of its date line")
    func notice() throws {
        let document = try Reading.read("notice-letter.txt")
        #expect(document.kind == .companyNotice)
        #expect(document.published == PartialDate(year: 2020, month: 5, day: 3))
    }

    @Test("A forum post is recognised by its markers")
    func forum() throws {
        let document = try Reading.read("forum-post.txt")
        #expect(document.kind == .forum)
    }

    @Test("A clipping tool's header gives source and date and is not text")
    func clipped() throws {
        let document = try Reading.read("clipped-markdown.txt")
        #expect(document.publisher == "Harbor Times")
        #expect(document.published == PartialDate(year: 2021, month: 8, day: 15))
        #expect(document.title == "Heading from a clipper")
        #expect(!document.text.contains("Source:"))
        #expect(!document.text.contains("ferry]]"))
        #expect(document.text.contains("leaked passenger emails"))
    }

    @Test("Long one-line paragraphs stay separate; bullets are list items")
    func lineParagraphs() {
        let long = String(repeating: "The operator confirmed the incident again. ", count: 3)
        let text = "\(long)\n\(long)\n- first point\n- second point\n"
        let document = DocumentReader().read(text: text, file: "lines.txt")
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph, .listItem, .listItem])
        Reading.expectConsistentOffsets(document)
    }

    @Test("The file name is only a fallback for the kind and the date")
    func fileNameFallback() {
        let document = DocumentReader().read(text: "Some words about a breach without cues.", file: "2020-02-03_blog_x.txt")
        #expect(document.kind == .blog)
        #expect(document.published == PartialDate(year: 2020, month: 2, day: 3))
        let wire = DocumentReader().read(text: "CITY, Jan. 5, 2021 /PRNewswire/ -- Foo Corp said so.", file: "2020-02-03_news_x.txt")
        #expect(wire.kind == .pressRelease)
        #expect(wire.published == PartialDate(year: 2021, month: 1, day: 5))
    }
}
