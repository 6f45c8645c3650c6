import BreachDiff
import CSQLite
import Foundation
import Testing

@Suite struct SQLiteWriterTests {
    /// Rows of a query, every value as text (NULL as nil).
    static func query(_ path: String, _ sql: String) throws -> [[String?]] {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let handle else {
            throw CocoaError(.fileReadUnknown)
        }
        defer { sqlite3_close(handle) }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw CocoaError(.fileReadCorruptFile)
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[String?]] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            rows.append((0..<sqlite3_column_count(statement)).map { column in
                sqlite3_column_text(statement, column).map { String(cString: $0) }
            })
        }
        return rows
    }

    static func written(_ report: Report) throws -> (URL, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try OutputWriter(renderers: [SQLiteWriter()]).write(report, to: folder)
        return (folder, folder.appendingPathComponent("breachdiff.sqlite").path)
    }

    @Test("Every table with its documented columns, and the indexes")
    func schema() throws {
        let (folder, path) = try Self.written(SyntheticReport.make())
        defer { try? FileManager.default.removeItem(at: folder) }
        let tables = try Self.query(path, "select name from sqlite_master where type = 'table' order by name").map { $0[0]! }
        #expect(tables == ReportTables.names.sorted())
        for (table, columns) in TableRenderingTests.schemas {
            let names = try Self.query(path, "select name from pragma_table_info('\(table)') order by cid").map { $0[0]! }
            #expect(names == columns, "\(table)")
        }
        let indexes = try Self.query(path, "select name from sqlite_master where type = 'index' order by name").map { $0[0]! }
        #expect(indexes.contains("facts_file_type") && indexes.contains("facts_incident"))
        #expect(indexes.contains("timeline_incident") && indexes.contains("slot_values_parent"))
        #expect(try Self.query(path, "pragma user_version") == [["\(SQLiteWriter.schemaVersion)"]])
        #expect(try Self.query(path, "pragma page_size") == [["4096"]])
    }

    @Test("Content: typed values, nulls, the incident of each fact")
    func content() throws {
        let (folder, path) = try Self.written(SyntheticReport.make(text: SyntheticReport.hostile))
        defer { try? FileManager.default.removeItem(at: folder) }
        let counts = try Self.query(path, """
            select typeof(value), value, incident, typeof(event) from facts where type = 'count' order by value
            """)
        #expect(counts == [["integer", "9000000", "northwind-2024", "null"], ["integer", "9100000", "northwind-2024", "null"],
                           ["integer", "48000000", "northwind-2024", "null"]])
        #expect(try Self.query(path, "select typeof(value) from facts where type = 'vector'") == [["text"]])
        // Text is stored as given: SQL parameters, not spliced strings.
        #expect(try Self.query(path, "select distinct quote from facts") == [[SyntheticReport.hostile]])
        #expect(try Self.query(path, "select id, rank, slot from discrepancies order by rank") == [["D1", "1", "count"],
                                                                                                   ["D2", "2", "data_type:ssn"]])
        #expect(try Self.query(path, "select count(*) from slot_values where parent = 'A1'") == [["2"]])
    }

    @Test("Byte-identical between runs")
    func deterministic() throws {
        let (first, firstPath) = try Self.written(SyntheticReport.make())
        let (second, secondPath) = try Self.written(SyntheticReport.make())
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        let a = try Data(contentsOf: URL(fileURLWithPath: firstPath))
        let b = try Data(contentsOf: URL(fileURLWithPath: secondPath))
        #expect(a.count > 4096 && a == b)
    }
}
