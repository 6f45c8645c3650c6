import Testing
@testable import BreachDiff

@Suite struct ItemHeadingTests {
    func parse(_ text: String) -> ItemHeading? {
        let scalars = Array(text.unicodeScalars)
        return ItemHeading(parsing: FilingLine(scalars: scalars, start: 0, end: scalars.count))
    }

    @Test("Headings and their normalised numbers and titles", arguments: zip([
        "ITEM 1.05 MATERIAL CYBERSECURITY INCIDENTS",
        "Item 1.05. Material Cybersecurity Incidents.",
        "Item 1.05: Material Cybersecurity Incidents",
        "Item\u{A0}1.05\u{A0}\u{2014} Material Cybersecurity Incidents",
        "ITEM 9.01(d). Exhibits",
        "Item 2.02",
        "Item 8.01 Other Events. On May 3, 2024, the company said it had found an intrusion.",
        "Items 7.01 and 8.01. Regulation FD Disclosure and Other Events",
        "Items 2.02, 7.01 and 9.01",
        "Item 1A. Risk Factors",
        "ITEM 9A(T). CONTROLS AND PROCEDURES",
        "Item 5. Other Events",
        "ITEM 7A: QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK",
    ], [
        (["1.05"], "MATERIAL CYBERSECURITY INCIDENTS"),
        (["1.05"], "Material Cybersecurity Incidents"),
        (["1.05"], "Material Cybersecurity Incidents"),
        (["1.05"], "Material Cybersecurity Incidents"),
        (["9.01"], "Exhibits"),
        (["2.02"], ""),
        (["8.01"], "Other Events"),
        (["7.01", "8.01"], "Regulation FD Disclosure and Other Events"),
        (["2.02", "7.01", "9.01"], ""),
        (["1A"], "Risk Factors"),
        (["9A(T)"], "CONTROLS AND PROCEDURES"),
        (["5"], "Other Events"),
        (["7A"], "QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK"),
    ]))
    func headings(text: String, expected: ([String], String)) throws {
        let heading = try #require(parse(text))
        #expect(heading.numbers == expected.0)
        #expect(heading.title == expected.1)
    }

    @Test("Sentences that start with an item number are not headings", arguments: [
        "Item 8.01 of this Current Report is incorporated by reference.",
        "Item 1A, Risk Factors, describes what could go wrong.",
        "Item 2.02 and the press release are furnished, not filed, under the rules of the Commission and shall not be deemed incorporated by reference into any filing.",
        "Items listed in the schedule were returned.",
        "Item 404(a) of Regulation S-K does not require disclosure.",
        "Itemized costs are shown below.",
        "Item 7.01 is furnished and the company took steps to contain the event, working with outside experts on the review.",
    ])
    func sentences(text: String) {
        #expect(parse(text) == nil)
    }
}
