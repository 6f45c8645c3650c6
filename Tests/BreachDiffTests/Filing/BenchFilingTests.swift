import Foundation
import Testing
@testable import BreachDiff

/// The real EDGAR filings of `../shared/bench-html`, read end to end. Each expected item list was
/// checked by reading the filing; cross-references and exhibit indexes in them are not headings.
/// Skips a file that is absent.
@Suite struct BenchFilingTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var items: [String]
        var company: String?
        var date: String?
        var exhibits: [String]
        var description: String { file }
    }

    static let departure5_02 = "Departure of Directors or Certain Officers; Election of Directors; "
        + "Appointment of Certain Officers; Compensatory Arrangements of Certain Officers"

    static let eightKs: [Expected] = [
        Expected(file: "8k-0000887919-21-000012.html",
                 items: ["8.01 | Other Events", "9.01 | Financial Statements and Exhibits"],
                 company: "PREMIER FINANCIAL BANCORP, INC.", date: "2021-03-29", exhibits: ["99.1"]),
        // Two co-registrants share the cover, so no single "exact name" line; old-style item 9.
        Expected(file: "8k-0001104659-03-004925.html", items: ["9 | Regulation FD Disclosure"],
                 company: nil, date: "2003-03-25", exhibits: []),
        Expected(file: "8k-0001437749-16-028287.html",
                 items: ["2.02 | Results of Operations and Financial Condition", "9.01 | Financial Statements and Exhibits"],
                 company: "Sophiris Bio Inc.", date: "2016-03-23", exhibits: ["99.1"]),
        // The date stands unlabelled on the cover (only inline XBRL marks it), so the text alone gives none.
        Expected(file: "8k-1800flowers.html", items: ["5.07 | Submission of Matters to a Vote of Security Holders"],
                 company: "1-800-FLOWERS.COM, INC.", date: nil, exhibits: []),
        Expected(file: "8k-afcgamma.html",
                 items: ["5.02 | Departure of Directors or Certain Officers; Election of Directors; Appointment of "
                            + "Certain Officers. Compensatory Arrangements of Certain Officers",
                         "7.01 | Regulation FD Disclosure", "9.01 | Financial Statements and Exhibits"],
                 company: "AFC GAMMA, INC.", date: "2023-03-17", exhibits: ["99.1"]),
        Expected(file: "8k-blackrock.html", items: ["5.02 | " + departure5_02],
                 company: "BlackRock, Inc.", date: "2023-02-24", exhibits: []),
        // "ITEM 9.01(d). Exhibits": the paragraph letter is dropped; the exhibit index after the signatures is no item.
        Expected(file: "8k-buckle.html",
                 items: ["2.02 | Results of Operations and Financial Condition", "9.01 | Exhibits"],
                 company: "THE BUCKLE, INC.", date: "2024-11-22", exhibits: ["99.1", "104"]),
        Expected(file: "8k-nextpoint.html", items: ["8.01 | Other Events"],
                 company: "NEXPOINT CAPITAL, INC.", date: "2023-12-20", exhibits: []),
        Expected(file: "8k-nordstrom.html",
                 items: ["5.02 | " + departure5_02, "9.01 | Financial Statements and Exhibits"],
                 company: "Nordstrom, Inc.", date: "2023-03-01", exhibits: ["10.1", "10.2", "104"]),
        Expected(file: "8k-oracle.html", items: ["5.07 | Submission of Matters to a Vote of Security Holders"],
                 company: "Oracle Corporation", date: "2024-11-14", exhibits: []),
    ]

    @Test("8-K items, cover page and exhibits", arguments: eightKs)
    func eightK(expected: Expected) throws {
        guard let url = FilingTestSupport.benchFile(expected.file) else { return }
        let document = FilingTestSupport.read(url)
        let filing = try #require(FilingAnalyzer.analyze(document, inlineXBRL: [:]))
        #expect(filing.formType == "8-K")
        #expect(FilingTestSupport.itemList(filing) == expected.items)
        #expect(filing.company == expected.company)
        #expect(filing.dateOfReport?.description == expected.date)
        #expect(filing.exhibits.map(\.number) == expected.exhibits)
        for item in filing.items {
            let text = FilingTestSupport.text(of: item, in: document)
            #expect(text.lowercased().hasPrefix("item"))
            // The signature block and an exhibit index end the last item.
            #expect(!text.contains("has duly caused this report"))
            #expect(!text.uppercased().contains("EXHIBIT INDEX"))
        }
    }

    @Test func exhibitDescriptions() throws {
        guard let url = FilingTestSupport.benchFile("8k-buckle.html") else { return }
        let filing = try #require(FilingAnalyzer.analyze(FilingTestSupport.read(url), inlineXBRL: [:]))
        #expect(filing.exhibits.map(\.description) == [
            "Press Release Dated November 22, 2024",
            "Cover Page Interactive Data File (embedded within the Inline XBRL document)",
        ])
    }

    @Test func exhibitIsNotAFiling() throws {
        guard let url = FilingTestSupport.benchFile("ex99-1-buckle.html") else { return }
        let document = FilingTestSupport.read(url)
        #expect(FilingAnalyzer.analyze(document, inlineXBRL: [:]) == nil)
    }

    static let tenKItems = ["1", "1A", "1B", "2", "3", "4", "5", "6", "7", "7A", "8", "9"]

    @Test("10-K items in order, table of contents skipped", arguments: [
        ("10k-0001193125-10-073212.html", "9A(T)", "BUSINESS"),
        ("10k-0001376474-16-000635.html", "9A", "BUSINESS"),
    ])
    func tenK(file: String, controlsItem: String, firstTitle: String) throws {
        guard let url = FilingTestSupport.benchFile(file) else { return }
        let document = FilingTestSupport.read(url)
        let filing = try #require(FilingAnalyzer.analyze(document, inlineXBRL: [:]))
        #expect(filing.formType == "10-K")
        let numbers = filing.items.map(\.number)
        #expect(numbers == Self.tenKItems + [controlsItem, "9B", "10", "11", "12", "13", "14", "15"])
        #expect(Set(numbers).count == numbers.count)
        #expect(filing.items.first?.title == firstTitle)
        // The real Item 1 is long; a table-of-contents entry would be a line or two.
        let first = try #require(filing.items.first)
        #expect(first.end - first.start > 10_000)
        #expect(zip(filing.items, filing.items.dropFirst()).allSatisfy { $0.end <= $1.start })
    }
}
