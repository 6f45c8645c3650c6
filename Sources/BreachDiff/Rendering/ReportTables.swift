/// The tables of a run, column by column as documented in `docs/output.md`. Every CSV file, the
/// SQLite database and `facts.jsonl` are drawn from these, so their schemas stay identical.
public enum ReportTables {
    /// The table names in output order.
    public static let names = ["documents", "facts", "incidents", "discrepancies", "agreements", "slot_values", "timeline"]

    /// Every table of a report.
    public static func all(_ report: Report) -> [Table] {
        [documents(report), facts(report), incidents(report), discrepancies(report), agreements(report),
         slotValues(report), timeline(report)]
    }

    /// The table of that name, built alone; nil for an unknown name.
    public static func table(named name: String, in report: Report) -> Table? {
        switch name {
        case "documents": documents(report)
        case "facts": facts(report)
        case "incidents": incidents(report)
        case "discrepancies": discrepancies(report)
        case "agreements": agreements(report)
        case "slot_values": slotValues(report)
        case "timeline": timeline(report)
        default: nil
        }
    }

    /// `documents`: one row per document read, failed ones included.
    public static func documents(_ report: Report) -> Table {
        let columns: [Table.Column] = [
            .init("file"), .init("kind"), .init("company"), .init("publisher"), .init("published"), .init("title"),
            .init("form_type"), .init("items"), .init("encoding"), .init("characters", .integer), .init("errors"),
        ]
        let rows: [[JSONText.Value]] = report.documents.map { document in
            [
                .string(document.file), .string(document.kind.rawValue), .optional(document.company),
                .optional(document.publisher), .optional(document.published?.description), .optional(document.title),
                .optional(document.formType), .string(document.items.map(\.number).joined(separator: "; ")),
                .optional(document.encoding), .int(Int64(document.characters)),
                .string(document.errors.map { "\($0.severity.rawValue) \($0.code): \($0.message)" }.joined(separator: "; ")),
            ]
        }
        return Table(name: "documents", columns: columns, rows: rows, indexes: [["file"]])
    }

    /// `facts`: `FactRow`'s columns, then the incident the fact was grouped into.
    public static func facts(_ report: Report) -> Table {
        let integers: Set = ["start", "end", "low", "high"]
        let columns = FactRow.columns.map { name in
            Table.Column(name, name == "value" ? .any : (integers.contains(name) ? .integer : .text))
        } + [Table.Column("incident")]
        let byFile = report.documentsByFile
        let incidents = report.incidentOfFactByPosition
        let facts = report.facts
        // Rows built while writing (`Table`): the largest table of a run.
        return Table(name: "facts", columns: columns, count: facts.count, indexes: [["file", "type"], ["incident"]]) { index in
            let fact = facts[index]
            return FactRow(fact, published: byFile[fact.file]?.published).values + [.optional(incidents[index])]
        }
    }

    /// `incidents`: one row per incident.
    public static func incidents(_ report: Report) -> Table {
        let columns: [Table.Column] = [
            .init("id"), .init("company"), .init("summary"), .init("documents"), .init("document_count", .integer),
            .init("fact_count", .integer), .init("discrepancy_count", .integer), .init("agreement_count", .integer),
        ]
        // Counted in one pass each (counting per incident was quadratic).
        var discrepancyCount: [String: Int] = [:], agreementCount: [String: Int] = [:]
        for discrepancy in report.comparison.discrepancies { discrepancyCount[discrepancy.incident, default: 0] += 1 }
        for agreement in report.comparison.agreements { agreementCount[agreement.incident, default: 0] += 1 }
        let rows: [[JSONText.Value]] = report.comparison.incidents.map { incident in
            [
                .string(incident.id), .string(incident.company), .string(incident.summary),
                .string(incident.documents.joined(separator: "; ")), .int(Int64(incident.documents.count)),
                .int(Int64(incident.facts.count)),
                .int(Int64(discrepancyCount[incident.id] ?? 0)),
                .int(Int64(agreementCount[incident.id] ?? 0)),
            ]
        }
        return Table(name: "incidents", columns: columns, rows: rows, indexes: [["id"]])
    }

    /// `discrepancies`: ranked, most important first; `id` is `D` and the rank.
    public static func discrepancies(_ report: Report) -> Table {
        let columns: [Table.Column] = [
            .init("id"), .init("rank", .integer), .init("incident"), .init("slot"), .init("kind"),
            .init("score", .real), .init("note"), .init("values"),
        ]
        let rows: [[JSONText.Value]] = report.comparison.discrepancies.enumerated().map { index, discrepancy in
            [
                .string("D\(index + 1)"), .int(Int64(index + 1)), .string(discrepancy.incident), .string(discrepancy.slot),
                .string(discrepancy.kind.rawValue), .double(discrepancy.score), .string(discrepancy.note),
                .string(discrepancy.values.map { "\($0.file): \(FactText.summary(of: $0))" }.joined(separator: "; ")),
            ]
        }
        return Table(name: "discrepancies", columns: columns, rows: rows, indexes: [["incident"]])
    }

    /// `agreements`: slots where documents agree; `id` is `A` and the position.
    public static func agreements(_ report: Report) -> Table {
        let columns: [Table.Column] = [.init("id"), .init("incident"), .init("slot"), .init("note"), .init("values")]
        let rows: [[JSONText.Value]] = report.comparison.agreements.enumerated().map { index, agreement in
            [
                .string("A\(index + 1)"), .string(agreement.incident), .string(agreement.slot), .string(agreement.note),
                .string(agreement.values.map { "\($0.file): \(FactText.summary(of: $0))" }.joined(separator: "; ")),
            ]
        }
        return Table(name: "agreements", columns: columns, rows: rows, indexes: [["incident"]])
    }

    /// `slot_values`: the sides of every discrepancy and agreement, one row each; `parent` is the
    /// `id` of the discrepancy (`D3`) or agreement (`A1`).
    public static func slotValues(_ report: Report) -> Table {
        let columns: [Table.Column] = [
            .init("parent"), .init("incident"), .init("slot"), .init("file"), .init("value"), .init("unit"),
            .init("qualifier"), .init("source"), .init("stance"), .init("published"), .init("quote"),
            .init("start", .integer), .init("end", .integer),
        ]
        var rows: [[JSONText.Value]] = []
        func add(_ parent: String, _ incident: String, _ slot: String, _ values: [SlotValue]) {
            for value in values {
                rows.append([
                    .string(parent), .string(incident), .string(slot), .string(value.file), .string(value.value),
                    .optional(value.unit), .optional(value.qualifier), .string(value.source.rawValue),
                    .string(value.stance.rawValue), .optional(value.published?.description), .string(value.quote),
                    .int(Int64(value.start)), .int(Int64(value.end)),
                ])
            }
        }
        for (index, discrepancy) in report.comparison.discrepancies.enumerated() {
            add("D\(index + 1)", discrepancy.incident, discrepancy.slot, discrepancy.values)
        }
        for (index, agreement) in report.comparison.agreements.enumerated() {
            add("A\(index + 1)", agreement.incident, agreement.slot, agreement.values)
        }
        return Table(name: "slot_values", columns: columns, rows: rows, indexes: [["parent"], ["incident", "slot"]])
    }

    /// `timeline`: each incident's statements in document-date order.
    public static func timeline(_ report: Report) -> Table {
        let columns: [Table.Column] = [
            .init("incident"), .init("position", .integer), .init("published"), .init("file"), .init("source"),
            .init("stance"), .init("statement"), .init("quote"),
        ]
        // One (incident, position) pair per row; the rows themselves are built while writing.
        let incidents = report.comparison.incidents
        var places: [(incident: Int32, position: Int32)] = []
        for (incident, item) in incidents.enumerated() {
            for position in item.timeline.indices { places.append((Int32(incident), Int32(position))) }
        }
        let rows = places
        return Table(name: "timeline", columns: columns, count: rows.count, indexes: [["incident"]]) { row in
            let (incident, index) = (incidents[Int(rows[row].incident)], Int(rows[row].position))
            let entry = incident.timeline[index]
            return [
                .string(incident.id), .int(Int64(index + 1)), .optional(entry.published?.description),
                .string(entry.file), .string(entry.source.rawValue), .string(entry.stance.rawValue),
                .string(entry.statement), .string(entry.quote),
            ]
        }
    }
}
