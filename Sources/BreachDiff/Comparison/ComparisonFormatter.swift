/// Text forms of a `Comparison` for `breachdiff compare`: ordered JSON (schema in
/// docs/comparison.md), one CSV row per discrepancy or agreement value, and Markdown.
public enum ComparisonFormatter {
    public static func json(_ comparison: Comparison, errors: [String] = []) -> String {
        let root: JSONText.Value = .object([
            ("incidents", .array(comparison.incidents.map(incident))),
            ("discrepancies", .array(comparison.discrepancies.map(discrepancy))),
            ("agreements", .array(comparison.agreements.map(agreement))),
            ("errors", .array(errors.map(JSONText.Value.string))),
        ])
        return JSONText.render(root) + "\n"
    }

    static func incident(_ incident: Incident) -> JSONText.Value {
        .object([
            ("id", .string(incident.id)),
            ("company", .string(incident.company)),
            ("summary", .string(incident.summary)),
            ("documents", .array(incident.documents.map(JSONText.Value.string))),
            ("timeline", .array(incident.timeline.map { entry in
                .object([
                    ("published", .optional(entry.published?.description)),
                    ("file", .string(entry.file)),
                    ("source", .string(entry.source.rawValue)),
                    ("stance", .string(entry.stance.rawValue)),
                    ("statement", .string(entry.statement)),
                    ("quote", .string(entry.quote)),
                ])
            })),
        ])
    }

    static func value(_ value: SlotValue) -> JSONText.Value {
        .object([
            ("file", .string(value.file)),
            ("value", Int64(value.value).map(JSONText.Value.int) ?? .string(value.value)),
            ("unit", .optional(value.unit)),
            ("qualifier", .optional(value.qualifier)),
            ("population", .optional(value.population)),
            ("source", .string(value.source.rawValue)),
            ("stance", .string(value.stance.rawValue)),
            ("published", .optional(value.published?.description)),
            ("quote", .string(value.quote)),
            ("start", .int(Int64(value.start))),
            ("end", .int(Int64(value.end))),
        ])
    }

    static func discrepancy(_ item: Discrepancy) -> JSONText.Value {
        .object([
            ("incident", .string(item.incident)),
            ("slot", .string(item.slot)),
            ("kind", .string(item.kind.rawValue)),
            ("score", .double(item.score)),
            ("note", .string(item.note)),
            ("values", .array(item.values.map(value))),
        ])
    }

    static func agreement(_ item: Agreement) -> JSONText.Value {
        .object([
            ("incident", .string(item.incident)),
            ("slot", .string(item.slot)),
            ("note", .string(item.note)),
            ("values", .array(item.values.map(value))),
        ])
    }

    /// Columns of the CSV form: one row per value of each discrepancy, then of each agreement.
    public static let csvColumns = [
        "record", "rank", "incident", "slot", "kind", "score", "file", "value", "unit", "qualifier", "population",
        "source", "stance", "published", "quote", "start", "end", "note",
    ]

    public static func csv(_ comparison: Comparison) -> String {
        var text = CSVText.line(csvColumns)
        func rows(_ record: String, _ rank: Int, _ incident: String, _ slot: String, _ kind: String, _ score: String,
                  _ values: [SlotValue], _ note: String) {
            for value in values {
                text += CSVText.line([
                    record, String(rank), incident, slot, kind, score, value.file, value.value, value.unit ?? "",
                    value.qualifier ?? "", value.population ?? "", value.source.rawValue, value.stance.rawValue,
                    value.published?.description ?? "", value.quote, String(value.start), String(value.end), note,
                ].map(CSVText.quote).map { $0 })
            }
        }
        for (rank, item) in comparison.discrepancies.enumerated() {
            rows("discrepancy", rank + 1, item.incident, item.slot, item.kind.rawValue, String(item.score), item.values, item.note)
        }
        for (rank, item) in comparison.agreements.enumerated() {
            rows("agreement", rank + 1, item.incident, item.slot, "", "", item.values, item.note)
        }
        return text
    }

    /// Rows of an incident's table in the Markdown form.
    static let markdownRows = 30

    public static func markdown(_ comparison: Comparison) -> String {
        var text = "# Comparison\n\n"
        for incident in comparison.incidents {
            text += "## \(incident.id)\n\n\(incident.summary)\n\n"
            text += "| published | file | source | statement |\n|---|---|---|---|\n"
            // A short table: figures and dates only (data-type statuses are in the JSON timeline).
            let figures = incident.timeline.filter { entry in
                !DataTypeKey.allCases.contains { entry.statement.hasPrefix($0.rawValue + ":") }
            }
            for entry in figures.prefix(markdownRows) {
                text += "| \(entry.published?.description ?? "") | \(cell(entry.file)) | \(entry.source.rawValue)/\(entry.stance.rawValue) | \(cell(entry.statement)) |\n"
            }
            if figures.count > markdownRows { text += "| | \(figures.count - markdownRows) more statements | | |\n" }
            let ranked = comparison.discrepancies.filter { $0.incident == incident.id }
            text += "\n### Discrepancies\n\n"
            if ranked.isEmpty { text += "None found.\n" }
            for (rank, item) in ranked.enumerated() {
                text += "\(rank + 1). **\(item.kind.rawValue)** `\(item.slot)` (score \(item.score)): \(cell(item.note))\n"
            }
            text += "\n"
        }
        return text
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
