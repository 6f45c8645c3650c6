import BreachDiff
import Foundation
import Testing

@Suite struct HTMLRendererTests {
    @Test("Everything from documents comes out escaped, in text and in attributes")
    func escaping() throws {
        let html = HTMLRenderer().render(SyntheticReport.make(text: SyntheticReport.hostile))
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert('"))
        #expect(!html.contains("(\"http"))
        #expect(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"))
        #expect(html.contains("=HYPERLINK(&quot;http://x&quot;)"))
        // Only the renderer's own tags appear: the hostile text did not add any element.
        let tags = Set(html.matches(of: /<\/?([a-z0-9]+)/).map { String($0.output.1) })
        let allowed: Set = ["html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "strong",
                            "ul", "li", "a", "main", "section", "div", "table", "thead", "tbody", "tr", "th", "td", "span",
                            "details", "summary", "blockquote", "ol", "code", "br"]
        #expect(tags.subtracting(allowed).isEmpty, "\(tags.subtracting(allowed))")
        // Every attribute value is double-quoted and holds no raw double quote.
        for match in html.matches(of: /title="([^"]*)"/) { #expect(!match.output.1.contains("<")) }
    }

    @Test("Self-contained: inline style, no script, no external asset, a print layout")
    func selfContained() {
        let html = HTMLRenderer().render(SyntheticReport.make())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>") && html.contains("@media print"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test("Cells show their quote on hover and click, and link to the document relatively")
    func evidence() throws {
        let html = HTMLRenderer().render(SyntheticReport.make())
        #expect(html.contains("<td class=\"disagree\"><details title=\"“dump of 48 million subscribers” (attacker, claimed)\">"
            + "<summary>48,000,000 subscribers (claimed)</summary>"))
        #expect(html.contains("<blockquote>approximately 9.1 million subscriber accounts</blockquote>"))
        #expect(html.contains("href=\"../Corpus/news/2024-03-05_daily-wire.html\""))
        #expect(html.contains("href=\"../Corpus/2024-02-20_forum-post.html\""))
        // The news column agrees and is not marked.
        #expect(html.contains("<td><details title=\"“some 9 million accounts” (media, confirmed)\">"))
    }

    @Test("Discrepancies appear ranked with their notes; the unreadable file is listed")
    func lists() throws {
        let html = HTMLRenderer().render(SyntheticReport.make())
        let first = try #require(html.range(of: "<li value=\"1\"><span class=\"badge\">claimed_vs_confirmed</span>"))
        let second = try #require(html.range(of: "<li value=\"2\"><span class=\"badge\">exposed_vs_denied</span>"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(html.contains("The seller claims five times what the company confirmed"))
        #expect(html.contains("error empty: the file is empty"))
    }

    @Test("Link paths are percent-encoded and a submission part links to its file")
    func links() {
        let report = Report(documents: [], facts: [], comparison: Comparison(), inputLink: "../in/")
        #expect(report.link(to: "a b/c#d.txt#2") == "../in/a%20b/c")
        #expect(report.link(to: "javascript:alert(1)") == "../in/javascript%3Aalert%281%29")
        #expect(Report(documents: [], facts: [], comparison: Comparison()).link(to: "x.txt") == nil)
    }
}
