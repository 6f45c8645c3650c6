import Foundation
import Testing
@testable import BreachDiff

@Suite("HTML reading", .tags(.libxml2)) struct HTMLReadingTests {
    @Test("A news page keeps its article and loses every kind of chrome")
    func newsPage() throws {
        let document = try Reading.read("news-with-comments.html")
        Reading.expectConsistentOffsets(document)
        #expect(document.text.contains("about 12,000 customers"))
        #expect(document.text.contains("It called the event \"regrettable\""))
        for chrome in ["do not show", "color: red", "Subscribe", "World", "Share on Facebook", "covers gadgets",
                       "Related Articles", "unrelated headline", "Sidebar headline", "reader remark", "Votes",
                       "newsletter", "Copyright", "Enable JavaScript"] {
            #expect(!document.text.contains(chrome), "\(chrome) survived")
        }
        let kinds = Set(document.blocks.map(\.kind))
        #expect(kinds == [.heading, .paragraph, .listItem, .tableCell, .quotation])
        #expect(document.title == "Widget maker loses customer files")
        #expect(document.publisher == "Example Daily")
        #expect(document.published == PartialDate(year: 2022, month: 3, day: 4))
        #expect(document.kind == .news)
    }

    @Test("A lying latin-1 meta over UTF-8 bytes does not produce mojibake")
    func lyingMeta() throws {
        let document = try Reading.read("meta-lies-latin1.html")
        #expect(document.encoding == "utf-8")
        #expect(document.text == "The café chain's \"loyalty\" database was exposed.")
        #expect(document.title == "Café notice")
        #expect(document.errors.isEmpty)
    }

    @Test("Character references to C1 controls are read as windows-1252, as browsers read them",
          arguments: [
            ("The Company&#146;s network", "The Company's network"),
            ("&#147;unauthorized&#148; access", "\"unauthorized\" access"),
            ("May &#150; July", "May \u{2013} July"),
            ("costs of &#128;5 million&#133;", "costs of \u{20AC}5 million\u{2026}"),
            ("an unassigned&#129; position", "an unassigned position"),
          ])
    func c1References(markup: String, text: String) {
        let bytes = Array("<html><body><p>\(markup)</p></body></html>".utf8)
        let document = Reading.read(bytes: bytes, name: "c1.html")[0]
        #expect(document.text == text)
        Reading.expectConsistentOffsets(document)
    }

    @Test("Invalid UTF-8 is read as windows-1252 with a warning")
    func invalidUTF8() {
        let bytes = Array("<html><body><p>The ".utf8) + [0x93] + Array("bad".utf8) + [0x94] + Array(" actor</p></body></html>".utf8)
        let document = Reading.read(bytes: bytes, name: "cp1252.html")[0]
        #expect(document.encoding == "windows-1252")
        #expect(document.text == "The \"bad\" actor")
        #expect(document.errors.map(\.code) == ["encodingFallback"])
    }

    @Test("UTF-16 with a byte-order mark", arguments: [true, false])
    func utf16(littleEndian: Bool) {
        let html = "<html><body><p>Résumé files were copied.</p></body></html>"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in html.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let document = Reading.read(bytes: bytes, name: "bom-utf16.html")[0]
        #expect(document.text == "Résumé files were copied.")
        #expect(document.encoding == (littleEndian ? "utf-16le" : "utf-16be"))
    }

    @Test("Inline XBRL: hidden header is not text, filings keep all sections")
    func inlineXBRL() throws {
        let document = try Reading.read("ix-inline.html")
        #expect(!document.text.contains("false"))
        #expect(document.text.hasPrefix("UNITED STATES"))
        #expect(document.text.contains("Acme Widgets, Inc."))
        #expect(document.text.contains("filings keep every section"))
        #expect(document.kind == .secFiling)
    }

    @Test("JSON-LD gives date, publisher; it beats a generic date meta")
    func jsonLD() throws {
        let document = try Reading.read("jsonld-dates.html")
        #expect(document.published == PartialDate(year: 2021, month: 11, day: 2))
        #expect(document.publisher == "Metro Ledger")
        #expect(document.title == "Page")
    }

    @Test("A <time datetime> in the article dates it")
    func timeElement() throws {
        let document = try Reading.read("time-element.html")
        #expect(document.published == PartialDate(year: 2019, month: 6, day: 7))
        #expect(document.title == "Telecom outage and breach")
    }

    @Test("An SGML-wrapped exhibit: header lines dropped, type kept, wire dateline read")
    func sgmlExhibit() throws {
        let document = try Reading.read("sgml-exhibit.htm")
        #expect(document.formType == "EX-99.1")
        #expect(document.kind == .pressRelease)
        #expect(!document.text.contains("ex991.htm"))
        #expect(document.published == PartialDate(year: 2023, month: 2, day: 2))
        #expect(document.publisher == "PR Newswire")
        #expect(document.company == "Northwind Traders Corp.")
    }

    @Test("Nested <pre> keeps line breaks, <br><br> splits paragraphs")
    func breaks() {
        let html = "<html><body><pre>line one\nline two</pre><p>first<br>same<br><br>second</p></body></html>"
        let document = Reading.read(bytes: Array(html.utf8), name: "breaks.html")[0]
        #expect(document.blocks.map(\.text) == ["line one\nline two", "first same", "second"])
        #expect(document.blocks.first?.kind == .preformatted)
    }

    @Test("Typographic variants are normalised", arguments: zip(
        ["a\u{00A0}b", "soft\u{00AD}hyphen", "zero\u{200B}width", "\u{2018}q\u{2019}", "non\u{2011}breaking", "a \u{2014} b", "x&amp;y"],
        ["a b", "softhyphen", "zerowidth", "'q'", "non-breaking", "a \u{2014} b", "x&y"]))
    func normalisation(input: String, expected: String) {
        let document = Reading.read(bytes: Array("<p>\(input)</p>".utf8), name: "n.html")[0]
        #expect(document.text == expected)
    }
}
