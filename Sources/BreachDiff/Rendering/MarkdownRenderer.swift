/// `comparison.md`: per incident, a table with one row per slot and one column per source
/// document (oldest first), cells that take part in a discrepancy marked `⚠`, then the
/// discrepancies ranked with their notes and quotes, and the agreements.
///
/// Escaping: every text that comes from a document passes `escape`, which backslash-escapes the
/// characters Markdown or its embedded HTML would interpret (`\ ` * _ { } [ ] < > # + | ~ &`) (CommonMark allows a backslash before
/// any ASCII punctuation) and turns line breaks into spaces, so a cell cannot break its table row.
public struct MarkdownRenderer: TextRenderer {
    public init() {}

    public var fileName: String { "comparison.md" }

    /// The mark of a disagreeing cell.
    public static let mark = "⚠"

    public func render(_ report: Report, into out: TextOutput) {
        let comparison = report.comparison
        out += "# BreachDiff comparison\n\n"
        out += "\(report.documents.count) documents, \(report.facts.count) facts, \(comparison.incidents.count) incidents, "
            + "\(comparison.discrepancies.count) discrepancies, \(comparison.agreements.count) agreements.\n"
        if comparison.incidents.isEmpty {
            out += "\nNo incidents found: no document states a breach fact BreachDiff recognises.\n"
        }
        let index = IncidentIndex(report)
        for incident in comparison.incidents {
            out += "\n"
            section(for: incident, in: report, index: index, into: out)
        }
        let failed = report.documents.filter { !$0.errors.isEmpty }
        if !failed.isEmpty {
            out += "\n## Problems reading documents\n\n"
            for document in failed {
                for diagnostic in document.errors {
                    out += "- \(code(document.file)): \(diagnostic.severity.rawValue) \(Self.escape(diagnostic.code)): "
                        + Self.escape(diagnostic.message) + "\n"
                }
            }
        }
    }

    func section(for incident: Incident, in report: Report, index: IncidentIndex, into out: TextOutput) {
        let grid = index.grid(for: incident)
        out += "## \(Self.escape(incident.id)): \(Self.escape(incident.company))\n\n"
        if !incident.summary.isEmpty { out += Self.escape(incident.summary) + "\n\n" }
        if grid.rows.isEmpty {
            out += "No facts.\n"
        } else {
            let headers = grid.columns.map { column in
                [column.published?.description ?? "undated", column.kind.rawValue, code(column.file)]
                    .joined(separator: "<br>")
            }
            out += "| slot | " + headers.joined(separator: " | ") + " |\n"
            out += "|---|" + String(repeating: "---|", count: grid.columns.count) + "\n"
            for row in grid.rows {
                let cells = row.cells.map { cell -> String in
                    let text = Self.escape(cell.text)
                    return cell.disagrees ? "**\(Self.mark) \(text.isEmpty ? "(silent)" : text)**" : text
                }
                out += "| \(code(row.slot)) | " + cells.joined(separator: " | ") + " |\n"
            }
            out += "\nCells marked \(Self.mark) take part in a discrepancy below.\n"
        }
        let discrepancies = index.discrepancies[incident.id] ?? []
        if !discrepancies.isEmpty {
            out += "\n### Discrepancies, most important first\n\n"
            for (index, discrepancy) in discrepancies {
                out += "\(index + 1). **\(Self.escape(discrepancy.slot))**, \(Self.escape(discrepancy.kind.rawValue)) "
                    + "(score \(Self.score(discrepancy.score))): \(Self.escape(discrepancy.note))\n"
                out += values(discrepancy.values)
            }
        }
        let agreements = index.agreements[incident.id] ?? []
        if !agreements.isEmpty {
            out += "\n### Agreements\n\n"
            for agreement in agreements {
                out += "- **\(Self.escape(agreement.slot))**: \(Self.escape(agreement.note))\n"
                out += values(agreement.values, indent: "  ")
            }
        }
    }

    /// One sub-item per side: file, date, speaker, value and quote.
    func values(_ values: [SlotValue], indent: String = "   ") -> String {
        values.map { value in
            "\(indent)- \(code(value.file)) (\(value.published?.description ?? "undated"), \(value.source.rawValue), "
                + "\(value.stance.rawValue)): \(Self.escape(FactText.value(of: value))): “\(Self.escape(value.quote))”\n"
        }.joined()
    }

    /// A file or slot name in code style, escaped the same way (backticks inside cannot close it).
    func code(_ text: String) -> String {
        Self.escape(text)
    }

    /// Three decimals at most: `0.9`, `12.346`.
    static func score(_ value: Double) -> String {
        String(Double((value * 1000).rounded()) / 1000)
    }

    /// Backslash-escapes Markdown's ASCII punctuation and flattens line breaks to spaces.
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Most texts need no escaping: given back as they are, without a copy.
            guard bytes.indices.contains(where: { needsEscape(bytes, at: $0) }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                // Parentheses stay: with `[` and `]` escaped, no link can form around them.
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "{"),
                     UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                     UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                case 0x0A, 0x0D, 0x09:
                    out.append(UInt8(ascii: " "))
                case 0xE2 where isLineSeparator(bytes, at: index):
                    // U+2028 and U+2029 (E2 80 A8/A9) are line breaks too.
                    out.append(UInt8(ascii: " "))
                    index += 2
                default:
                    out.append(byte)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// Whether `escape` changes the text at this byte (every character it changes is ASCII, or
    /// U+2028/U+2029, so a test on the UTF-8 bytes is a test on the scalars).
    @inline(__always)
    static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"),
             0x0A, 0x0D, 0x09: true
        case 0xE2: isLineSeparator(bytes, at: index)
        default: false
        }
    }

    static func isLineSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
    }
}
