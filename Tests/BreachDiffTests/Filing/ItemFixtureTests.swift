import Foundation
import Testing
@testable import BreachDiff

/// Small filings written for one quirk each, read end to end with the real reader.
@Suite struct ItemFixtureTests {
    func analyze(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (ParsedDocument, FilingStructure) {
        let document = FilingTestSupport.read(FilingTestSupport.fixtures.appendingPathComponent(name))
        let structure = try #require(FilingAnalyzer.analyze(document, inlineXBRL: [:]), sourceLocation: sourceLocation)
        return (document, structure)
    }

    @Test func crossReferencesAreNotHeadings() throws {
        let (document, filing) = try analyze("cross-reference.html")
        #expect(FilingTestSupport.itemList(filing) == ["1.05 | Material Cybersecurity Incidents", "8.01 | Other Events"])
        #expect(filing.company == "Harbor Lane Widgets Corp.")
        #expect(filing.dateOfReport == PartialDate(year: 2024, month: 5, day: 2))
        let first = FilingTestSupport.text(of: filing.items[0], in: document)
        #expect(first.hasPrefix("Item 1.05."))
        #expect(first.contains("Item 7.01, Regulation FD Disclosure"))
        // The signature block ends the last item.
        let last = FilingTestSupport.text(of: filing.items[1], in: document)
        #expect(last.hasSuffix("affected systems."))
    }

    @Test func headingInTableCells() throws {
        let (document, filing) = try analyze("heading-in-table.html")
        #expect(FilingTestSupport.itemList(filing) == [
            "1.05 | Material Cybersecurity Incidents", "9.01 | Financial Statements and Exhibits",
        ])
        #expect(FilingTestSupport.text(of: filing.items[0], in: document).contains("unusual activity"))
        #expect(filing.exhibits.map(\.number) == ["99.1", "104"])
        #expect(filing.exhibits.first?.description == "Press release of Quillfeather Analytics, Inc. dated May 9, 2024")
        #expect(filing.dateOfReport == PartialDate(year: 2024, month: 5, day: 9))
        #expect(filing.company == "Quillfeather Analytics, Inc.")
    }

    @Test func combinedItemsShareOneSpan() throws {
        let (_, filing) = try analyze("combined-items.html")
        #expect(FilingTestSupport.itemList(filing) == [
            "7.01 | Regulation FD Disclosure; Other Events", "8.01 | Regulation FD Disclosure; Other Events",
            "9.01 | Financial Statements and Exhibits",
        ])
        #expect(filing.items[0].start == filing.items[1].start && filing.items[0].end == filing.items[1].end)
        #expect(filing.formType == "8-K/A")
        #expect(filing.exhibits == [Exhibit(number: "99.1", description: "Update posted on March 3, 2024")])
    }

    @Test func boldSubheadingsStayInsideTheItem() throws {
        let (document, filing) = try analyze("bold-subheading.html")
        #expect(FilingTestSupport.itemList(filing) == ["1.05 | MATERIAL CYBERSECURITY INCIDENTS"])
        let body = FilingTestSupport.text(of: filing.items[0], in: document)
        #expect(body.contains("Discovery") && body.contains("Response") && body.hasSuffix("effect on its results."))
        // Date printed on the line after its label.
        #expect(filing.dateOfReport == PartialDate(year: 2024, month: 6, day: 14))
    }

    @Test func preformattedFiling() throws {
        let (document, filing) = try analyze("pre-filing.html")
        #expect(FilingTestSupport.itemList(filing) == ["8.01 | Other Events", "9.01 | Financial Statements and Exhibits"])
        #expect(FilingTestSupport.text(of: filing.items[0], in: document).contains("backup tapes"))
        #expect(filing.exhibits == [Exhibit(number: "99.1", description: "Notice to customers dated July 1, 2005")])
        #expect(filing.company == "Old Quarry Savings Bank")
        #expect(filing.dateOfReport == PartialDate(year: 2005, month: 7, day: 1))
    }

    /// Built as one preformatted block (its lines kept) rather than through the plain-text reader,
    /// so the test pins the segmentation whatever paragraphing that reader applies.
    @Test func oldTextFilingWithExhibitIndex() throws {
        let bytes = try FilingTestSupport.fixtureBytes("old-2003.txt")
        let document = FilingTestSupport.document([(.preformatted, String(decoding: bytes, as: UTF8.self))])
        let filing = try #require(FilingAnalyzer.analyze(document, inlineXBRL: [:]))
        #expect(FilingTestSupport.itemList(filing) == ["5 | Other Events", "7 | Financial Statements and Exhibits"])
        let last = FilingTestSupport.text(of: filing.items[1], in: document)
        #expect(!last.contains("Pursuant to the requirements"))
        #expect(!last.contains("EXHIBIT INDEX"))
        #expect(filing.exhibits == [Exhibit(number: "99", description: "Press release dated February 6, 2003")])
        #expect(filing.company == "MAPLE RIDGE DATA SERVICES INC")
    }

    @Test func submissionPartsKeepTheirRoles() throws {
        let url = FilingTestSupport.fixtures.appendingPathComponent("submission-8k-ex99-graphic.txt")
        let documents = DocumentReader().read(InputFile(url: url, relativePath: "submission.txt"))
        let main = try #require(documents.first { $0.formType == "8-K" })
        let filing = try #require(FilingAnalyzer.analyze(main, inlineXBRL: [:]))
        #expect(FilingTestSupport.itemList(filing) == ["1.05 | Material Cybersecurity Incidents"])
        // An exhibit part is not a filing of its own.
        if let exhibit = documents.first(where: { $0.formType == "EX-99.1" }) {
            #expect(FilingAnalyzer.analyze(exhibit, inlineXBRL: [:]) == nil)
        }
    }
}
