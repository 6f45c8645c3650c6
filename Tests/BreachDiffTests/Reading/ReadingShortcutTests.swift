import Testing
@testable import BreachDiff

/// Session 5 shortcuts of the reading stage agree with the slower code they stand in front of.
@Suite struct ReadingShortcutTests {
    @Test("A possible Commission line is a short line whose letters end with the Commission's name", arguments: zip([
        "UNITED STATES\n\nSECURITIES AND EXCHANGE COMMISSION\n\nWashington, D.C. 20549",
        "S E C U R I T I E S  A N D  E X C H A N G E  C O M M I S S I O N",
        "UNITED STATES SECURITIES AND EXCHANGE COMMISSION:\r\nFORM 8-K",
        "The company told the Securities and Exchange Commission in a filing.",
        "In a filing made on Tuesday with the federal markets regulator, the company told the Securities and Exchange Commission.",
        "Securities and Exchange Comission",
        "SECURITIES AND EXCHANGE COMMISSION 2",
        "",
    ], [true, true, true, false, false, false, false, false]))
    func commissionLine(text: String, possible: Bool) {
        #expect(CoverPage.mayHaveCommissionLine(text) == possible)
    }

    @Test("Whenever a cover finds the Commission line, the text shortcut said it may be there", arguments: [
        ["UNITED STATES", "SECURITIES AND EXCHANGE COMMISSION", "FORM 8-K", "CURRENT REPORT"],
        ["Before the Securities and Exchange Commission", "Form 10-K"],
        ["The regulator, the Securities and Exchange Commission", "said nothing"],
    ])
    func commissionLineAgreesWithCover(lines: [String]) {
        let text = lines.joined(separator: "\n\n")
        var offset = 0
        let filingLines = lines.map { line -> FilingLine in
            let scalars = Array(line.unicodeScalars)
            defer { offset += scalars.count + 2 }
            return FilingLine(scalars: scalars, start: offset, end: offset + scalars.count)
        }
        let cover = CoverPage(lines: filingLines, end: filingLines.count)
        if cover.hasCommissionLine { #expect(CoverPage.mayHaveCommissionLine(text)) }
    }

    @Test("The first colon is the first colon character", arguments: [
        "Related: more news", "no colon here", ":", "a:b:c", "caf\u{E9}: menu", "x:\u{301}y: z", "\u{301}:", "Time \u{2014}: x",
    ])
    func firstColon(line: String) {
        #expect(PlainTextReader.firstColon(in: line) == line.firstIndex(of: ":"))
    }

    @Test("Heading keys of ASCII lines are the keys of the Unicode path", arguments: [
        "Top Rated Comments", "12 Comments", "Comments (12)", "Related Articles:", "  Share   this\tarticle ",
        "#Tags", "Editor's Picks", "Home | News > Security", "A-B c.d!e", "", "123", "Read More \"now\"",
    ])
    func asciiHeadingKey(line: String) {
        // A non-ASCII space at the end forces the Unicode path without changing the key.
        #expect(BoilerplateRules.headingKey(line) == BoilerplateRules.headingKey(line + "\u{2022}"))
    }

    @Test("A title without separator bytes keeps its text; with one, the Foundation path decides", arguments: [
        "Retailer reports breach | Daily News", "Retailer reports breach - Daily News", "Plain headline",
        "Dash\u{2014}without spaces", "Middle \u{00B7} dot", "Greek \u{0387} ano teleia", "A :: B", "x|y-z",
    ])
    func titleShortcut(title: String) {
        let headings = ArraySlice([TextBlock(kind: .heading, text: "Retailer reports breach", start: 0, end: 23)])
        let result = MetadataExtractor.title(title, publisher: "Daily News", headings: headings)
        if !MetadataExtractor.mayHoldSeparator(title) { #expect(result == title) }
        #expect(MetadataExtractor.mayHoldSeparator(title) == (title.contains(" | ") || title.contains(" - ")
            || title.contains(" :: ") || title.contains(" \u{2013} ") || title.contains(" \u{2014} ")
            || title.unicodeScalars.contains("\u{00B7}") || title.unicodeScalars.contains("\u{0387}")))
    }

    @Test("A line contains a lower-case needle whatever its case", arguments: zip([
        "(Exact name of registrant as specified in its charter)", "EXACT NAME OF REGISTRANT", "exact name of", "",
    ], [true, true, false, false]))
    func lineContains(text: String, found: Bool) {
        let scalars = Array(text.unicodeScalars)
        #expect(FilingLine(scalars: scalars, start: 0, end: scalars.count).contains("exact name of registrant") == found)
    }
}
