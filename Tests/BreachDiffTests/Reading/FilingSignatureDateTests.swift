import Foundation
import Testing
@testable import BreachDiff

/// A current report's date: the cover's "date of earliest event" is the event's day; an amendment
/// or a report filed days later is dated by its signature block. Invented registrants.
@Suite struct FilingSignatureDateTests {
    /// A minimal 8-K page: cover date, one item, and a signature block with its own date.
    static func filing(cover: String, signature: String?, form: String = "FORM 8-K/A") -> [UInt8] {
        let signatureBlock = signature.map {
            "<p><b>SIGNATURE</b></p><p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed.</p><table><tr><td>Date: \($0)</td><td>Orbital Pantry Inc.</td></tr></table>"
        } ?? ""
        let html = """
        <html><body><p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p><p>Washington, D.C. 20549</p>
        <p>\(form)</p><p>CURRENT REPORT</p>
        <p>Date of Report (Date of earliest event reported): \(cover)</p>
        <p>ORBITAL PANTRY INC.</p><p>(Exact name of registrant as specified in its charter)</p>
        <p><b>Item 8.01 Other Events.</b></p>
        <p>The Company completed its review of the unauthorized access to customer accounts it reported earlier.</p>
        \(signatureBlock)
        </body></html>
        """
        return Array(html.utf8)
    }

    static let dated: [(String, String?, PartialDate)] = [
        // An amendment weeks after the event: the signature's day.
        ("March 3, 2022", "April 28, 2022", PartialDate(year: 2022, month: 4, day: 28)),
        // Filed four days after the event.
        ("June 10, 2021", "June 14, 2021", PartialDate(year: 2021, month: 6, day: 14)),
        // Same day: nothing changes.
        ("May 5, 2020", "May 5, 2020", PartialDate(year: 2020, month: 5, day: 5)),
        // An earlier signature date (a typo or an old template) does not move the date back.
        ("May 5, 2020", "May 1, 2020", PartialDate(year: 2020, month: 5, day: 5)),
        // No signature block: the cover date.
        ("August 2, 2019", nil, PartialDate(year: 2019, month: 8, day: 2)),
    ]

    @Test("A later signature date dates the filing", arguments: dated)
    func filingDate(cover: String, signature: String?, expected: PartialDate) throws {
        let document = try #require(Reading.read(bytes: Self.filing(cover: cover, signature: signature), name: "report.htm").first)
        #expect(document.kind == .secFiling)
        #expect(document.published == expected)
    }

    @Test("A signature block without a full date leaves the cover date")
    func signatureWithoutDay() throws {
        let bytes = Self.filing(cover: "March 3, 2022", signature: "April 2022")
        let document = try #require(Reading.read(bytes: bytes, name: "report.htm").first)
        #expect(document.published == PartialDate(year: 2022, month: 3, day: 3))
    }

    /// Headings with and without blanks of every kind, and near misses, against the plain
    /// Foundation test that `isHeading` runs only after its count precheck.
    static let headingTexts: [String] = [
        "SIGNATURE", "SIGNATURES", "Signatures", "  signature\t", "\u{00A0}SIGNATURES\u{3000}",
        "\u{2003}Signature\u{202F}", "SIGNATUR", "SIGNATURESS", "SIG NATURE", "signature.",
        "Signature Page", "", "\t \u{00A0}", "SİGNATURE", "ＳＩＧＮＡＴＵＲＥ",
        String(repeating: " ", count: 300) + "signatures" + String(repeating: "\u{2009}", count: 40),
        "Pursuant to the requirements of the Securities Exchange Act of 1934",
    ]

    @Test("The signature heading precheck agrees with trimming and lower-casing", arguments: headingTexts)
    func headingPrecheck(text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        #expect(SignatureDate.isHeading(text) == (word == "signature" || word == "signatures"))
    }
}
