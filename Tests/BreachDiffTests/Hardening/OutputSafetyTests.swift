import Foundation
import Testing
@testable import BreachDiff

/// Whatever a document says, in its text, title, metadata or file name, the outputs stay inert:
/// HTML escaped, CSV cells never formulas, no file written or linked outside the chosen folders.
@Suite("Hardening: output safety") struct OutputSafetyTests {
    static let markup = #"<script>alert("x")</script><img src=x onerror=alert(1)>"#
    /// Cell starts a spreadsheet would run as a formula.
    static let formulaStarts = ["=", "+", "-", "@", "\t", "\r"]

    /// Hostile documents, named with markup and formula characters, read through the real pipeline.
    static func hostileRun(in folder: URL) throws -> Report {
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let sentence = "Acme Corp said 3 million customers had their Social Security numbers stolen on March 3, 2024."
        let names = ["<script>x<\\script>.html", "=HYPERLINK(1).html", "+SUM(2).txt", "-3+4.txt", "@cmd.txt", "a\"b'c.html"]
        for (index, name) in names.enumerated() {
            let start = formulaStarts[index % formulaStarts.count]
            let html = """
                <html><head><title>\(markup)</title><meta name="author" content="\(start)cmd|' /C calc'!A0">
                <meta property="og:site_name" content="\(markup)"></head><body><h1>\(start)2+3 \(markup)</h1>
                <p>\(start)HYPERLINK("http://example.invalid") \(sentence) \(markup)</p></body></html>
                """
            let body = name.hasSuffix(".txt") ? "\(start)SUM(A1)\n\n\(sentence) \(markup)\n" : html
            try Data(body.utf8).write(to: input.appendingPathComponent(name))
        }
        let result = Pipeline().run(InputScanner().files(in: [input]), jobs: 2)
        #expect(result.documents.count == names.count)
        return Report(result, inputLink: "../in/")
    }

    @Test("A pipeline run over hostile documents writes only its own files, all inert")
    func endToEnd() throws {
        try Reading.withTemporaryFolder { folder in
            let report = try Self.hostileRun(in: folder)
            let output = folder.appendingPathComponent("out")
            let written = try OutputWriter().write(report, to: output)
            // Only the fixed output names, inside the output folder; nothing beside it.
            #expect(Set(try FileManager.default.contentsOfDirectory(atPath: output.path)) == Set(written))
            #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["in", "out"])
            let html = try String(contentsOf: output.appendingPathComponent("report.html"), encoding: .utf8)
            Self.expectInertHTML(html)
            for name in written where name.hasSuffix(".csv") {
                let csv = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
                Self.expectNoFormula(csv, table: name)
            }
            let markdown = try String(contentsOf: output.appendingPathComponent("comparison.md"), encoding: .utf8)
            Self.expectInertMarkdown(markdown)
        }
    }

    @Test("Every CSV neutralises every formula start in every document-derived cell",
          arguments: ReportTables.names, formulaStarts)
    func formulaPrefix(table: String, start: String) {
        let report = SyntheticReport.make(text: start + "cmd|' /C calc'!A0")
        Self.expectNoFormula(CSVRenderer(table: table).render(report), table: table)
    }

    @Test("Numbers that merely look signed stay numbers", arguments: ["-5", "+7", "-0.25", "-1e3"])
    func signedNumbers(cell: String) {
        #expect(CSVText.quote(cell) == cell)
    }

    @Test("Markup through every field, ids, slots and file names included, never reaches the HTML")
    func everyField() {
        var report = SyntheticReport.make(text: Self.markup)
        report.documents = report.documents.map { var d = $0; d.file = Self.markup + d.file; return d }
        report.facts = report.facts.map { var f = $0; f.file = Self.markup + f.file; f.incidentHint = Self.markup; return f }
        report.comparison.incidents = report.comparison.incidents.map { incident in
            var incident = incident
            incident.id = Self.markup
            incident.documents = incident.documents.map { Self.markup + $0 }
            incident.timeline = incident.timeline.map { var e = $0; e.file = Self.markup; return e }
            return incident
        }
        func hostile(_ value: SlotValue) -> SlotValue {
            var value = value
            value.file = Self.markup; value.value = Self.markup; value.unit = Self.markup; value.qualifier = Self.markup
            return value
        }
        report.comparison.discrepancies = report.comparison.discrepancies.map {
            var d = $0; d.incident = Self.markup; d.slot = Self.markup; d.values = d.values.map(hostile); return d
        }
        report.comparison.agreements = report.comparison.agreements.map {
            var a = $0; a.incident = Self.markup; a.slot = Self.markup; a.values = a.values.map(hostile); return a
        }
        Self.expectInertHTML(HTMLRenderer().render(report))
        Self.expectInertMarkdown(MarkdownRenderer().render(report))
    }

    @Test("Links never leave the input folder", arguments: [
        "../../etc/x", "/etc/passwd", "a/../../b.html", "./x/../../y", "..", "filing.txt#../../z/..",
    ])
    func links(file: String) {
        let report = Report(documents: [], facts: [], comparison: Comparison(), inputLink: "../in/")
        if let link = report.link(to: file) {
            #expect(!link.dropFirst("../in/".count).split(separator: "/").contains(".."), "\(file) -> \(link)")
            #expect(link.hasPrefix("../in/"))
        }
    }

    @Test("An ordinary nested path is still linked")
    func ordinaryLink() {
        let report = Report(documents: [], facts: [], comparison: Comparison(), inputLink: "../in/")
        #expect(report.link(to: "news/a b.html#2") == "../in/news/a%20b.html")
    }

    // MARK: - Checks

    /// The elements the HTML renderer itself writes; anything else came from a document.
    static let rendererTags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "strong", "ul", "li", "a",
        "main", "section", "div", "table", "thead", "tbody", "tr", "th", "td", "span", "details", "summary", "blockquote",
        "ol", "code", "br",
    ]

    /// No element or event-handler attribute from a document: every tag is one of the renderer's,
    /// no tag carries an `on...=` attribute, and no link uses a script scheme.
    static func expectInertHTML(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for match in html.matches(of: /<\/?([A-Za-z][A-Za-z0-9]*)([^>]*)>/) {
            let tag = String(match.output.1).lowercased()
            #expect(rendererTags.contains(tag), "foreign element <\(tag)>", sourceLocation: sourceLocation)
            // Quoted values are text (the renderer escapes `"` inside them): only the names count.
            let attributes = String(match.output.2).lowercased().replacing(/"[^"]*"/, with: "\"\"")
            #expect(attributes.firstMatch(of: /(^|\s)on[a-z]+\s*=/) == nil, "event handler in <\(tag)\(attributes)>",
                    sourceLocation: sourceLocation)
            #expect(!attributes.contains("javascript:"), sourceLocation: sourceLocation)
        }
    }

    /// Every `<` other than the renderer's own `<br>` (line breaks in table cells) is escaped
    /// with a backslash, so no HTML from a document renders.
    static func expectInertMarkdown(_ markdown: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(markdown.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "<" {
            if String(String.UnicodeScalarView(scalars[index..<min(index + 4, scalars.count)])) == "<br>" { continue }
            #expect(index > 0 && scalars[index - 1] == "\\", "raw < in Markdown", sourceLocation: sourceLocation)
        }
    }

    static func expectNoFormula(_ csv: String, table: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for record in CSVParsing.records(csv) {
            for cell in record {
                guard let first = cell.unicodeScalars.first else { continue }
                let dangerous = "=+-@\t\r".unicodeScalars.contains(first) && Double(cell) == nil
                #expect(!dangerous, "\(table): \(cell.debugDescription)", sourceLocation: sourceLocation)
            }
        }
    }
}
