import Testing
@testable import BreachDiff

/// A company statement's signed, dated line stays in the text and dates the disclosure; a news
/// page's by-line box and "Updated" labels do not (docs/dates.md, round 5). Pages are our own.
@Suite("Company by-line") struct CompanyBylineTests {
    static func page(_ meta: String) -> String {
        """
        <html><body><article><p class="kicker">Statement</p><h1>An update on our systems</h1>
        <p class="meta">\(meta)</p>
        <p>Last month an outside party reached a file server of ours that held names and email addresses of customers.</p>
        </article></body></html>
        """
    }

    static func read(_ html: String, _ name: String) throws -> ParsedDocument {
        try #require(Reading.read(bytes: Array(html.utf8), name: name).first)
    }

    static func disclosures(_ document: ParsedDocument) -> [String] {
        FactExtractor(extractors: [DateExtractor()]).extract(from: document).compactMap { fact in
            guard case .date(let date) = fact.payload, date.event == .disclosed else { return nil }
            return date.value?.description
        }
    }

    /// (meta line, file name, kept in the text and a disclosure)
    static let cases: [(String, String, Bool)] = [
        ("Maria Lind, Chief Information Officer &middot; March 3, 2021", "2021-03-03_press-release_acme.html", true),
        ("Office of the General Counsel | Wednesday, March 3, 2021", "2021-03-03_company-notice_acme.html", true),
        ("Maria Lind, Chief Information Officer &middot; March 3, 2021", "2021-03-03_news_daily.html", false),
        ("Last updated &middot; March 3, 2021", "2021-03-03_company-notice_acme.html", false),
        ("Maria Lind &middot; 4 min read", "2021-03-03_press-release_acme.html", false),
        ("Maria Lind, Chief Information Officer &middot; March 2021", "2021-03-03_press-release_acme.html", false),
    ]

    @Test("A signed, dated line of a company statement is its disclosure", .tags(.libxml2), arguments: cases)
    func signedLine(meta: String, file: String, kept: Bool) throws {
        let document = try Self.read(Self.page(meta), file)
        #expect((document.text.contains("Maria Lind") || document.text.contains("General Counsel")) == kept)
        #expect(Self.disclosures(document) == (kept ? ["2021-03-03"] : []))
        // The body's offsets still point at its text after the line went in.
        for block in document.blocks {
            let scalars = Array(document.text.unicodeScalars)[block.start..<block.end]
            #expect(String(String.UnicodeScalarView(scalars)) == block.text)
        }
    }

    @Test func signatureShapes() {
        #expect(CompanyByline.signed("Jane Roe, Chief Executive Officer \u{00B7} March 3, 2021"))
        #expect(CompanyByline.signed("Newsroom \u{2014} Friday, March 5, 2021"))
        #expect(!CompanyByline.signed("Updated \u{00B7} March 3, 2021"))
        #expect(!CompanyByline.signed("Jane Roe \u{00B7} March 3, 2021 \u{00B7} Privacy and security news"))
        #expect(!CompanyByline.signed("Jane Roe, Chief Executive Officer"))
    }

    /// The linker side, on plain text: a signed line gives the disclosure only in a company document.
    static let lines: [(String, String, Bool)] = [
        ("Notice\n\nJane Roe, Chief Privacy Officer \u{00B7} June 2, 2020\n\nWe found that an outsider reached a server.",
         "2020-06-12_company-notice_globex.txt", true),
        ("Notice\n\nJane Roe, Chief Privacy Officer \u{00B7} June 2, 2020\n\nThe firm found that an outsider reached a server.",
         DatePolicyTests.news, false),
        ("Notice\n\nThe review ended. It was long \u{2014} June 2, 2020\n\nWe found that an outsider reached a server.",
         "2020-06-12_company-notice_globex.txt", false),
    ]

    @Test("Signed lines in the linker", arguments: lines)
    func linker(text: String, file: String, disclosed: Bool) {
        let found = DatePolicyTests.facts(text, file: file)
        #expect(found.contains { $0.event == .disclosed && $0.value == "2020-06-02" } == disclosed)
    }
}
