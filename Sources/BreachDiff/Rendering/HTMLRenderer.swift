/// `report.html`: one self-contained static page (inline CSS, no script, no external asset) with
/// each incident's slot-by-document table, the ranked discrepancies, the agreements, the timeline
/// and the documents. Each value shows its quote on hover (`title`) and on click (`<details>`),
/// and links to its document through a relative path, so the page works wherever the folders
/// are copied together.
///
/// Escaping: every text from a document (quotes, titles, file names, notes, error messages) goes
/// through `escape`, which replaces `&`, `<`, `>`, `"` and `'` with character references, so it
/// is inert in element content and in double-quoted attributes alike. Links are built only from
/// percent-encoded relative paths, so no scheme such as `javascript:` can appear.
public struct HTMLRenderer: TextRenderer {
    public init() {}

    public var fileName: String { "report.html" }

    public func render(_ report: Report, into out: TextOutput) {
        let comparison = report.comparison
        let links = LinkCache(report)
        out += """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>BreachDiff report</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <header>
        <h1>BreachDiff report</h1>
        <p class="lead">\(report.documents.count) documents, \(report.facts.count) facts, \(comparison.incidents.count) incidents, \
        \(comparison.discrepancies.count) discrepancies, \(comparison.agreements.count) agreements. \
        Hover over a value to see its quote; click it to open the evidence.</p>

        """
        if !comparison.incidents.isEmpty {
            out += "<nav><strong>Incidents</strong><ul>\n"
            for incident in comparison.incidents {
                out += "<li><a href=\"#\(Self.escape(anchor(incident.id)))\">\(Self.escape(incident.id))</a>: "
                    + "\(Self.escape(incident.company))</li>\n"
            }
            out += "</ul></nav>\n"
        } else {
            out += "<p>No incidents found: no document states a breach fact BreachDiff recognises.</p>\n"
        }
        out += "</header>\n<main>\n"
        let index = IncidentIndex(report, documentsByFile: links.documentsByFile)
        for (position, incident) in comparison.incidents.enumerated() {
            section(for: incident, first: position == 0, in: links, index: index, into: out)
        }
        documents(links, into: out)
        facts(links, into: out)
        out += "</main>\n</body>\n</html>\n"
    }

    // MARK: Incidents

    func section(for incident: Incident, first: Bool, in report: LinkCache, index: IncidentIndex, into out: TextOutput) {
        let grid = index.grid(for: incident)
        out += "<section class=\"incident\" id=\"\(Self.escape(anchor(incident.id)))\">\n"
        out += "<h2\(first ? " class=\"first\"" : "")>\(Self.escape(incident.id)): \(Self.escape(incident.company))</h2>\n"
        if !incident.summary.isEmpty { out += "<p class=\"summary\">\(Self.escape(incident.summary))</p>\n" }
        if !grid.rows.isEmpty {
            out += "<div class=\"scroll\"><table class=\"grid\">\n<thead><tr><th class=\"slot\">slot</th>"
            for column in grid.columns {
                out += "<th><span class=\"date\">\(column.published?.description ?? "undated")</span>"
                    + "<span class=\"kind\">\(Self.escape(column.kind.rawValue))</span>"
                    + "<span class=\"file\">\(link(column.file, in: report))</span></th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            for row in grid.rows {
                out += "<tr><td class=\"slot\">\(Self.escape(row.slot))</td>"
                for (cell, column) in zip(row.cells, grid.columns) {
                    out += self.cell(cell, file: column.file, in: report)
                }
                out += "</tr>\n"
            }
            out += "</tbody></table></div>\n"
            out += "<p class=\"meta\">Cells marked ⚠ take part in a discrepancy below.</p>\n"
        }
        out += discrepancies(index.discrepancies[incident.id] ?? [], in: report)
        out += agreements(index.agreements[incident.id] ?? [], in: report)
        timeline(of: incident, in: report, into: out)
        out += "</section>\n"
    }

    func cell(_ cell: IncidentGrid.Cell, file: String, in report: LinkCache) -> String {
        let classes = (cell.disagrees ? ["disagree"] : []) + (cell.entries.isEmpty ? ["silent"] : [])
        var out = classes.isEmpty ? "<td>" : "<td class=\"\(classes.joined(separator: " "))\">"
        if cell.entries.isEmpty { return out + (cell.disagrees ? "(silent)" : "–") + "</td>" }
        var seen: Set<String> = []
        for entry in cell.entries where seen.insert(entry.text + "\u{0}" + entry.quote).inserted {
            out += "<details title=\"“\(Self.escape(entry.quote))” (\(entry.source.rawValue), \(entry.stance.rawValue))\">"
                + "<summary>\(Self.escape(entry.text))</summary><div class=\"evidence\">"
                + "<blockquote>\(Self.escape(entry.quote))</blockquote>"
                + "<span class=\"meta\">\(entry.source.rawValue), \(entry.stance.rawValue) · \(link(file, in: report)) "
                + "· characters \(entry.start)–\(entry.end)</span></div></details>"
        }
        return out + "</td>"
    }

    /// An incident's discrepancies, each with its position in the ranking.
    func discrepancies(_ ranked: [(offset: Int, element: Discrepancy)], in report: LinkCache) -> String {
        guard !ranked.isEmpty else { return "" }
        var out = "<h3>Discrepancies, most important first</h3>\n<ol class=\"discrepancies\">\n"
        for (index, discrepancy) in ranked {
            out += "<li value=\"\(index + 1)\"><span class=\"badge\">\(Self.escape(discrepancy.kind.rawValue))</span> "
                + "<code>\(Self.escape(discrepancy.slot))</code> <span class=\"meta\">score "
                + "\(MarkdownRenderer.score(discrepancy.score))</span><br>\(Self.escape(discrepancy.note))\n"
                + sides(discrepancy.values, in: report) + "</li>\n"
        }
        return out + "</ol>\n"
    }

    /// An incident's agreements.
    func agreements(_ agreements: [Agreement], in report: LinkCache) -> String {
        guard !agreements.isEmpty else { return "" }
        var out = "<h3>Agreements</h3>\n<ul>\n"
        for agreement in agreements {
            out += "<li><span class=\"badge agree\">agree</span> <code>\(Self.escape(agreement.slot))</code> "
                + "\(Self.escape(agreement.note))\n" + sides(agreement.values, in: report) + "</li>\n"
        }
        return out + "</ul>\n"
    }

    /// The sides of a discrepancy or agreement, quotes shown in full (they print).
    func sides(_ values: [SlotValue], in report: LinkCache) -> String {
        var out = "<div class=\"scroll\"><table class=\"sides\"><thead><tr><th>document</th><th>published</th>"
            + "<th>source</th><th>stance</th><th>value</th><th>quote</th></tr></thead><tbody>\n"
        for value in values {
            out += "<tr><td>\(link(value.file, in: report))</td><td class=\"date\">\(value.published?.description ?? "undated")</td>"
                + "<td>\(value.source.rawValue)</td><td>\(value.stance.rawValue)</td>"
                + "<td>\(Self.escape(FactText.value(of: value)))</td>"
                + "<td><blockquote>\(Self.escape(value.quote))</blockquote></td></tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    func timeline(of incident: Incident, in report: LinkCache, into out: TextOutput) {
        guard !incident.timeline.isEmpty else { return }
        out += "<h3>Timeline</h3>\n<div class=\"scroll\"><table><thead><tr><th>published</th><th>document</th>"
            + "<th>source</th><th>stance</th><th>statement</th></tr></thead><tbody>\n"
        for entry in incident.timeline {
            out += "<tr><td class=\"date\">\(entry.published?.description ?? "undated")</td><td>\(link(entry.file, in: report))</td>"
                + "<td>\(entry.source.rawValue)</td><td>\(entry.stance.rawValue)</td>"
                + "<td title=\"\(Self.escape(entry.quote))\">\(Self.escape(entry.statement))</td></tr>\n"
        }
        out += "</tbody></table></div>\n"
    }

    // MARK: Documents and facts

    func documents(_ report: LinkCache, into out: TextOutput) {
        out += "<section class=\"documents\" id=\"documents\">\n<h2>Documents</h2>\n"
            + "<div class=\"scroll\"><table><thead><tr><th>document</th><th>kind</th><th>published</th><th>company</th>"
            + "<th>title</th><th>form</th><th>items</th><th>problems</th></tr></thead><tbody>\n"
        for document in report.documents {
            let problems = document.errors.map { "\($0.severity.rawValue) \($0.code): \($0.message)" }
            out += "<tr><td>\(link(document.file, in: report))</td><td>\(Self.escape(document.kind.rawValue))</td>"
                + "<td class=\"date\">\(document.published?.description ?? "")</td><td>\(Self.escape(document.company ?? ""))</td>"
                + "<td>\(Self.escape(document.title ?? ""))</td><td>\(Self.escape(document.formType ?? ""))</td>"
                + "<td>\(Self.escape(document.items.map(\.number).joined(separator: ", ")))</td>"
                + "<td class=\"errors\">\(Self.escape(problems.joined(separator: "; ")))</td></tr>\n"
        }
        out += "</tbody></table></div>\n</section>\n"
    }

    func facts(_ report: LinkCache, into out: TextOutput) {
        guard !report.facts.isEmpty else { return }
        let incidents = report.report.incidentOfFactByPosition
        out += "<section class=\"facts\" id=\"facts\">\n<h2>Facts</h2>\n<details><summary>All \(report.facts.count) "
            + "facts, one per row (click to open)</summary>\n<div class=\"scroll\"><table><thead><tr><th>document</th>"
            + "<th>slot</th><th>value</th><th>source</th><th>stance</th><th>incident</th><th>quote</th></tr></thead><tbody>\n"
        for (index, fact) in report.facts.enumerated() {
            out += "<tr><td>\(link(fact.file, in: report))</td><td class=\"mono\">\(Self.escape(FactText.slot(of: fact)))</td>"
                + "<td>\(Self.escape(FactText.value(of: fact)))</td><td>\(fact.source.rawValue)</td>"
                + "<td>\(fact.stance.rawValue)</td><td>\(Self.escape(incidents[index] ?? ""))</td>"
                + "<td>\(Self.escape(fact.quote))</td></tr>\n"
        }
        out += "</tbody></table></div>\n</details>\n</section>\n"
    }

    // MARK: Escaping

    /// The file name, linked to the document when the report has an input link.
    func link(_ file: String, in report: LinkCache) -> String {
        report.html(file)
    }

    static func link(_ file: String, in report: Report) -> String {
        guard let href = report.link(to: file) else { return "<span class=\"mono\">\(Self.escape(file))</span>" }
        return "<a class=\"mono\" href=\"\(Self.escape(href))\">\(Self.escape(file))</a>"
    }

    /// An `id` made of letters, digits, `-` and `_` only.
    func anchor(_ id: String) -> String {
        "incident-" + String(id.unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                ? Character(scalar) : "_"
        })
    }

    /// Text safe in element content and double- or single-quoted attributes.
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Most texts need no escaping: given back as they are, without a copy.
            guard bytes.contains(where: { needsEscape($0) }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): out += Array("&amp;".utf8)
                case UInt8(ascii: "<"): out += Array("&lt;".utf8)
                case UInt8(ascii: ">"): out += Array("&gt;".utf8)
                case UInt8(ascii: "\""): out += Array("&quot;".utf8)
                case UInt8(ascii: "'"): out += Array("&#39;".utf8)
                // Control characters other than tab and line breaks are not allowed in HTML text.
                case 0..<0x20 where byte != 0x0A && byte != 0x09 && byte != 0x0D: out += [0xEF, 0xBF, 0xBD]  // U+FFFD
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// Whether `escape` changes this byte (all are ASCII, so a UTF-8 byte test is a scalar test).
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0..<0x20: byte != 0x0A && byte != 0x09 && byte != 0x0D
        default: false
        }
    }
}
