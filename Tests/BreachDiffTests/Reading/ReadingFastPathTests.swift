import Testing
@testable import BreachDiff

/// The byte-level shortcuts of the reading stage give the answers of the slower code they replace.
@Suite struct ReadingFastPathTests {
    @Test("Style attributes that hide an element, whatever their spacing and case", arguments: zip([
        "display:none", "Display : None;", "color: red; visibility:\thidden", "DISPLAY:NONE !important",
        "display: block", "visibility: visible", "", "display-none", "displaynone",
    ], [true, true, true, true, false, false, false, false, false]))
    func hiddenStyle(style: String, hidden: Bool) {
        let found = style.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: style.utf8.count + 1) {
                ByteSearch.containsIgnoringBlanks($0, anyOf: ["display:none", "visibility:hidden"])
            }
        }
        #expect(found == hidden)
    }

    @Test("firstEnd gives the offset after the first occurrence, nil when absent")
    func firstEnd() {
        let bytes = Array("<meta charset=utf-8><meta charset=latin1>".utf8)
        #expect(ByteSearch.firstEnd(of: "charset=", in: bytes) == 14)
        #expect(ByteSearch.firstEnd(of: "encoding=", in: bytes) == nil)
        #expect(ByteSearch.firstEnd(of: "", in: bytes) == nil)
        #expect(ByteSearch.firstEnd(of: "charset=utf-8><meta charset=latin1>x", in: bytes) == nil)
    }

    @Test("The declared encoding is read after the first marker", arguments: zip([
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>",
        "<html><head><meta charset='windows-1252'></head>",
        "<html><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">",
        "<html><body>no declaration</body></html>",
    ], ["iso-8859-1", "windows-1252", "utf-8", nil] as [String?]))
    func declaredEncoding(head: String, expected: String?) {
        #expect(InputSniffer.declaredEncoding(Array(head.utf8)) == expected)
    }

    @Test("Letter keys keep ASCII letters and digits, lower-cased", arguments: zip([
        "SECURITIES AND EXCHANGE COMMISSION", "Form 8-K/A", "Exhibit Index:", "Déjà vu 12", "", "—",
    ], ["securitiesandexchangecommission", "form8ka", "exhibitindex", "djvu12", "", ""]))
    func letterKey(text: String, key: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(FilingLine(scalars: scalars, start: 0, end: scalars.count).letterKey == key)
    }

    @Test("A line ending with the Commission's name is found across spacing; a sentence naming it is not", arguments: zip([
        "UNITED STATES\n\nSECURITIES AND EXCHANGE COMMISSION\n\nWashington, D.C. 20549",
        "S E C U R I T I E S  A N D  E X C H A N G E  C O M M I S S I O N",
        "Securities & Exchange Commission",
        "The company told the Securities and Exchange Commission in a filing.",
        "The company told the SEC in a filing.",
        "Securities and Exchange Comission",
    ], [true, true, false, false, false, false]))
    func commission(text: String, found: Bool) {
        #expect(CoverPage.mayHaveCommissionLine(text) == found)
    }

    @Test("News without the Commission's letters is not analysed as a filing; a cover page still is")
    func filingShortcut() {
        let news = FilingTestSupport.document([(.heading, "Retailer reports breach"), (.paragraph, "Item 1.05 of the rules was cited.")])
        #expect(FilingAnalyzer.analyze(news, inlineXBRL: [:]) == nil)
        let cover = FilingTestSupport.document([
            (.paragraph, "UNITED STATES"), (.paragraph, "SECURITIES AND EXCHANGE COMMISSION"),
            (.paragraph, "FORM 8-K"), (.paragraph, "CURRENT REPORT"),
            (.paragraph, "Item 1.05 Material Cybersecurity Incidents"), (.paragraph, "We found an intrusion."),
        ])
        #expect(FilingAnalyzer.analyze(cover, inlineXBRL: [:])?.formType == "8-K")
    }

    @Test("Tag roles come from the tag table; unknown tags are inline", arguments: zip(
        ["h2", "li", "td", "blockquote", "pre", "div", "br", "script", "footer", "menu", "span", "ix:nonnumeric"],
        [ElementRole.block(.heading), .block(.listItem), .block(.tableCell), .block(.quotation), .block(.preformatted),
         .block(nil), .lineBreak, .dropped, .dropped, .dropped, .inline, .inline]))
    func roles(tag: String, role: ElementRole) {
        #expect(ElementRole(tag: tag) == role)
    }
}

@Suite struct AttributeNameTests {
    @Test("Attribute names are matched whole and without regard to ASCII case", arguments: zip(
        ["class", "ID", "Class", "aria-hidden", "HTTP-EQUIV", "datetime", "classes", "cla", "href", "data-id", "", "typ"],
        [AttributeName.classOrID, .classOrID, .classOrID, .ariaHidden, .httpEquiv, .datetime, nil, nil, nil, nil, nil, nil]
            as [AttributeName?]))
    func names(name: String, expected: AttributeName?) {
        let found = name.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: name.utf8.count + 1) { AttributeName(cString: $0) }
        }
        #expect(found == expected)
    }
}
