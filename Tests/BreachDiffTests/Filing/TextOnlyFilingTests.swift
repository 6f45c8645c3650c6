import Foundation
import Testing
@testable import BreachDiff

/// An old text-only 8-K with hard-wrapped lines and no blank line around its item headings.
@Suite struct TextOnlyFilingTests {
    func document() throws -> ParsedDocument {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/filing/text-only-2003-wrapped", withExtension: "txt"))
        let documents = DocumentReader().read(InputFile(url: url, relativePath: "text-only-2003-wrapped.txt"))
        return try #require(documents.first)
    }

    @Test func itemsSegmentEndToEnd() throws {
        let filing = try document()
        #expect(filing.kind == .secFiling)
        #expect(filing.formType == "8-K")
        #expect(filing.items.map(\.number) == ["5", "7"])
        #expect(filing.items.map(\.title) == ["Other Events", "Financial Statements and Exhibits"])
        #expect(filing.exhibits.map(\.number) == ["99.1"])
    }

    @Test func signatureEndsTheLastItemAndCrossReferenceIsNoHeading() throws {
        let filing = try document()
        let scalars = Array(filing.text.unicodeScalars)
        let last = try #require(filing.items.last)
        let body = String(String.UnicodeScalarView(scalars[last.start..<last.end]))
        #expect(!body.contains("Pursuant to the requirements"))
        let first = try #require(filing.items.first)
        let firstBody = String(String.UnicodeScalarView(scalars[first.start..<first.end]))
        #expect(firstBody.contains("As described in Item 7 below"))
    }

    @Test("Item heading lines in plain text", arguments: zip([
        "Item 5. Other Events", "ITEM 1.05 Material Cybersecurity Incidents", "Item 2.02: Results of Operations",
        "SIGNATURES", "Item 8.01 of this report describes the event", "Items are listed below",
    ], [true, true, true, true, false, false]))
    func headingLines(line: String, expected: Bool) {
        #expect(PlainTextReader.isFilingHeading(line) == expected)
    }
}
