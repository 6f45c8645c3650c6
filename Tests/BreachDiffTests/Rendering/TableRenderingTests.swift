import BreachDiff
import Foundation
import Testing

/// The CSV and JSON Lines outputs: documented headers, content, and formula neutralising.
@Suite struct TableRenderingTests {
    /// The documented schema (docs/output.md), column by column.
    static let schemas: [String: [String]] = [
        "documents": ["file", "kind", "company", "publisher", "published", "title", "form_type", "items", "encoding",
                      "characters", "errors"],
        "facts": FactRow.columns + ["incident"],
        "incidents": ["id", "company", "summary", "documents", "document_count", "fact_count", "discrepancy_count",
                      "agreement_count"],
        "discrepancies": ["id", "rank", "incident", "slot", "kind", "score", "note", "values"],
        "agreements": ["id", "incident", "slot", "note", "values"],
        "slot_values": ["parent", "incident", "slot", "file", "value", "unit", "qualifier", "source", "stance", "published",
                        "quote", "start", "end"],
        "timeline": ["incident", "position", "published", "file", "source", "stance", "statement", "quote"],
    ]

    @Test("Every CSV starts with its documented header row", arguments: ReportTables.names)
    func header(table: String) throws {
        let text = CSVRenderer(table: table).render(SyntheticReport.make())
        let records = CSVParsing.records(text)
        #expect(records.first == Self.schemas[table])
        // Every record has as many cells as the header.
        for record in records { #expect(record.count == Self.schemas[table]?.count) }
    }

    @Test("Row counts follow the comparison")
    func rowCounts() {
        let report = SyntheticReport.make()
        let expected = ["documents": 4, "facts": 7, "incidents": 1, "discrepancies": 2, "agreements": 1, "slot_values": 6,
                        "timeline": 2]
        for (table, count) in expected {
            #expect(CSVParsing.records(CSVRenderer(table: table).render(report)).count == count + 1, "\(table)")
        }
    }

    @Test("Cells carry the values: counts, incidents, ranks, errors")
    func content() throws {
        let report = SyntheticReport.make()
        let facts = CSVParsing.records(CSVRenderer(table: "facts").render(report))
        let header = facts[0]
        let claimed = try #require(facts.first { $0[header.firstIndex(of: "quote")!] == "dump of 48 million subscribers" })
        #expect(claimed[header.firstIndex(of: "value")!] == "48000000")
        #expect(claimed[header.firstIndex(of: "incident")!] == "northwind-2024")
        #expect(claimed[header.firstIndex(of: "published")!] == "2024-02-20")
        #expect(claimed[header.firstIndex(of: "stance")!] == "claimed")

        let discrepancies = CSVParsing.records(CSVRenderer(table: "discrepancies").render(report))
        #expect(discrepancies[1].prefix(5) == ["D1", "1", "northwind-2024", "count", "claimed_vs_confirmed"])
        #expect(discrepancies[1][7].contains("48,000,000 subscribers (attacker, claimed)"))

        let documents = CSVParsing.records(CSVRenderer(table: "documents").render(report))
        #expect(documents[1][7] == "1.05")
        #expect(documents[4] .last == "error empty: the file is empty")

        let sides = CSVParsing.records(CSVRenderer(table: "slot_values").render(report))
        #expect(sides.dropFirst().map(\.[0]) == ["D1", "D1", "D2", "D2", "A1", "A1"])
    }

    @Test("No cell of any CSV can run as a spreadsheet formula", arguments: ReportTables.names)
    func formulas(table: String) {
        let text = CSVRenderer(table: table).render(SyntheticReport.make(text: SyntheticReport.hostile))
        let records = CSVParsing.records(text)
        #expect(records.count > 1 || table == "incidents" || table == "timeline")
        for record in records {
            #expect(record.count == Self.schemas[table]?.count, "a separator or line break leaked out of a cell")
            for cell in record {
                guard let first = cell.unicodeScalars.first else { continue }
                let dangerous = "=+-@\t\r".unicodeScalars.contains(first) && Double(cell) == nil
                #expect(!dangerous, "\(table): \(cell)")
            }
        }
        // The hostile text went through: it is there, neutralised.
        #expect(text.contains("'=HYPERLINK"))
    }

    @Test("facts.jsonl: one object per fact, keys in column order")
    func jsonl() throws {
        let text = JSONLRenderer(table: "facts").render(SyntheticReport.make(text: SyntheticReport.hostile))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 7)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == Set(Self.schemas["facts"]!))
            #expect(object["quote"] as? String == SyntheticReport.hostile)
            // Key order is the documented one.
            let keys = Self.schemas["facts"]!.map { "\"\($0)\":" }
            let positions = keys.map { line.range(of: $0)!.lowerBound }
            #expect(positions == positions.sorted())
        }
        #expect(!text.contains("<script"))
    }
}
