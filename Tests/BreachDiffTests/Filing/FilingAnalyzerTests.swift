import Testing
@testable import BreachDiff

/// The analyzer over documents built from blocks, independent of the HTML reader.
@Suite struct FilingAnalyzerTests {
    let cover: [(BlockKind, String)] = [
        (.paragraph, "UNITED STATES"), (.paragraph, "SECURITIES AND EXCHANGE COMMISSION"),
        (.paragraph, "FORM 10-K"), (.paragraph, "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)"),
        (.paragraph, "Northgate Sample Co."), (.paragraph, "(Exact name of registrant as specified in its charter)"),
    ]

    @Test func tableOfContentsIsNotHeadings() throws {
        var blocks = cover
        blocks += [(.paragraph, "TABLE OF CONTENTS"), (.paragraph, "PART I")]
        for (number, title, page) in [("1.", "Business", "3"), ("1A.", "Risk Factors", "9"), ("2.", "Properties", "14")] {
            blocks += [(.tableCell, "Item \(number)"), (.tableCell, title), (.tableCell, page)]
        }
        blocks += [(.paragraph, "PART I"), (.paragraph, "ITEM 1. BUSINESS"), (.paragraph, "We make sample goods."),
                   (.paragraph, "ITEM 1A. RISK FACTORS"), (.paragraph, "Our systems could be breached."),
                   (.paragraph, "See Item 1A above and Item 7 below."),
                   (.paragraph, "ITEM 2. PROPERTIES"), (.paragraph, "We lease one office.")]
        let document = FilingTestSupport.document(blocks)
        let filing = try #require(FilingAnalyzer.analyze(document, inlineXBRL: [:]))
        #expect(filing.formType == "10-K")
        #expect(FilingTestSupport.itemList(filing) == ["1 | BUSINESS", "1A | RISK FACTORS", "2 | PROPERTIES"])
        #expect(FilingTestSupport.text(of: filing.items[1], in: document)
            == "ITEM 1A. RISK FACTORS\n\nOur systems could be breached.\n\nSee Item 1A above and Item 7 below.")
        #expect(FilingTestSupport.text(of: filing.items[2], in: document).hasSuffix("one office."))
    }

    @Test func quarterlyReportRepeatsNumbersAcrossParts() throws {
        let document = FilingTestSupport.document([
            (.paragraph, "SECURITIES AND EXCHANGE COMMISSION"), (.paragraph, "FORM 10-Q"),
            (.paragraph, "PART I - FINANCIAL INFORMATION"), (.paragraph, "Item 1. Financial Statements"), (.paragraph, "Tables."),
            (.paragraph, "PART II - OTHER INFORMATION"), (.paragraph, "Item 1. Legal Proceedings"), (.paragraph, "None."),
            (.paragraph, "Item 1A. Risk Factors"), (.paragraph, "No changes."),
        ])
        let filing = try #require(FilingAnalyzer.analyze(document, inlineXBRL: [:]))
        #expect(filing.items.map(\.number) == ["1", "1", "1A"])
        // The part title ends the item before it.
        #expect(FilingTestSupport.text(of: filing.items[0], in: document) == "Item 1. Financial Statements\n\nTables.")
    }

    @Test func inlineXBRLFactsWin() throws {
        let document = FilingTestSupport.document([
            (.paragraph, "Some cover text without the usual labels"),
            (.paragraph, "Item 1.05 Material Cybersecurity Incidents"), (.paragraph, "An intrusion was found."),
        ])
        let facts = ["dei:DocumentType": "8-K", "dei:EntityRegistrantName": "Ledgerline Holdings, Inc.",
                     "dei:DocumentPeriodEndDate": "January 19, 2023"]
        let filing = try #require(FilingAnalyzer.analyze(document, inlineXBRL: facts))
        #expect(filing.formType == "8-K")
        #expect(filing.company == "Ledgerline Holdings, Inc.")
        #expect(filing.dateOfReport == PartialDate(year: 2023, month: 1, day: 19))
        #expect(filing.items.map(\.number) == ["1.05"])
        let iso = FilingAnalyzer.analyze(document, inlineXBRL: ["dei:DocumentType": "8-K", "dei:DocumentPeriodEndDate": "2023-01-19"])
        #expect(iso?.dateOfReport == PartialDate(year: 2023, month: 1, day: 19))
    }

    @Test func newsAboutAFilingIsNotAFiling() {
        let document = FilingTestSupport.document([
            (.heading, "Retailer discloses breach in Form 8-K"),
            (.paragraph, "In a filing with the Securities and Exchange Commission on Friday, the retailer said it found an intruder."),
            (.paragraph, "Item 1.05 of the form, which covers material cybersecurity incidents, was used."),
        ])
        #expect(FilingAnalyzer.analyze(document, inlineXBRL: [:]) == nil)
    }

    @Test func pageClassedAsFilingNeedsItemHeadings() throws {
        var page = FilingTestSupport.document([
            (.paragraph, "Tracker page: the company filed an 8-K on 2023-01-19."),
            (.paragraph, "Item 8.01 Other Events."), (.paragraph, "On January 5, 2023, the company found an intruder."),
        ])
        page.kind = .secFiling
        let filing = try #require(FilingAnalyzer.analyze(page, inlineXBRL: [:]))
        #expect(filing.formType == "8-K")
        #expect(FilingTestSupport.itemList(filing) == ["8.01 | Other Events"])
        var note = FilingTestSupport.document([(.paragraph, "Annual report note on a cybersecurity incident.")])
        note.kind = .secFiling
        #expect(FilingAnalyzer.analyze(note, inlineXBRL: [:]) == nil)
        page.kind = .news
        #expect(FilingAnalyzer.analyze(page, inlineXBRL: [:]) == nil)
    }

    @Test func submissionFormTypeIsEnough() throws {
        let document = FilingTestSupport.document([(.paragraph, "Item 8.01 Other Events"), (.paragraph, "Text.")], formType: "8-K")
        #expect(try #require(FilingAnalyzer.analyze(document, inlineXBRL: [:])).items.map(\.number) == ["8.01"])
        let exhibit = FilingTestSupport.document([(.paragraph, "Press release")], formType: "EX-99.1")
        #expect(FilingAnalyzer.analyze(exhibit, inlineXBRL: [:]) == nil)
    }

    @Test func formOnTwoLinesAndDateOnTheNextLine() throws {
        let document = FilingTestSupport.document([
            (.paragraph, "SECURITIES AND EXCHANGE COMMISSION"), (.paragraph, "FORM"), (.paragraph, "8-K"),
            (.paragraph, "Date of report (Date of earliest event reported):"), (.paragraph, "Dec. 20, 2023"),
            (.paragraph, "Item 8.01."), (.paragraph, "Other Events"), (.paragraph, "On December 19, 2023 the board met."),
        ])
        let filing = try #require(FilingAnalyzer.analyze(document, inlineXBRL: [:]))
        #expect(filing.formType == "8-K")
        #expect(filing.dateOfReport == PartialDate(year: 2023, month: 12, day: 20))
        #expect(FilingTestSupport.itemList(filing) == ["8.01 | Other Events"])
    }

    @Test func itemWordAndNumberInSeparateCells() throws {
        let document = FilingTestSupport.document([
            (.tableCell, "ITEM"), (.tableCell, "1.05"), (.tableCell, "Material Cybersecurity Incidents"),
            (.paragraph, "On May 1, 2024, an intruder was found in the mail system."),
        ], formType: "8-K")
        let filing = try #require(FilingAnalyzer.analyze(document, inlineXBRL: [:]))
        #expect(FilingTestSupport.itemList(filing) == ["1.05 | Material Cybersecurity Incidents"])
        #expect(filing.items.first?.start == 0)
    }

    @Test func bareHeadingFollowedByBodyHasNoTitle() throws {
        let document = FilingTestSupport.document([
            (.paragraph, "Item 8.01."),
            (.paragraph, "On March 3, 2024, Example Corp. said that an unauthorized party had copied customer files."),
        ], formType: "8-K")
        #expect(FilingTestSupport.itemList(FilingAnalyzer.analyze(document, inlineXBRL: [:])) == ["8.01 | "])
    }

    @Test("Exhibit list lines", arguments: zip([
        "99.1 Press release dated May 1, 2024",
        "Exhibit 99.1 \u{2013} Joint press release",
        "(d) Exhibit 104 Cover Page Interactive Data File",
        "Ex. 10.2: Form of award agreement",
        "2. The stockholders approved the plan.",
        "10,000 shares were issued.",
        "Exhibit No. Description",
    ], [
        ("99.1", "Press release dated May 1, 2024"), ("99.1", "Joint press release"),
        ("104", "Cover Page Interactive Data File"), ("10.2", "Form of award agreement"),
        nil, nil, nil,
    ] as [(String, String)?]))
    func exhibitLines(text: String, expected: (String, String)?) {
        let scalars = Array(text.unicodeScalars)
        let entry = ExhibitListReader.entry(FilingLine(scalars: scalars, start: 0, end: scalars.count))
        #expect(entry?.0 == expected?.0)
        #expect(entry?.1 == expected?.1)
    }
}
