import Foundation

/// Every table of `ReportTables` in one SQLite database, `breachdiff.sqlite`, for SQL, DuckDB
/// and pandas (`pandas.read_sql("select * from facts", sqlite3.connect(path))`).
///
/// Byte-identical between runs: a fixed page size, no journal, rows inserted in table order in
/// one transaction, and `VACUUM` at the end so the free-page layout does not depend on history.
/// SQLite itself stores no timestamps. Escaping: every value is bound as a parameter; table and
/// column names are fixed identifiers, double-quoted.
public struct SQLiteWriter: ReportRenderer {
    /// Written to `PRAGMA user_version`: bumped whenever a table or column changes.
    public static let schemaVersion = 1

    public init() {}

    public var fileName: String { "breachdiff.sqlite" }

    public func write(_ report: Report, to url: URL) throws {
        let database = try SQLiteDatabase(creating: url.path)
        try database.execute("""
            PRAGMA page_size = 4096;
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA user_version = \(Self.schemaVersion);
            """)
        try database.execute("BEGIN")
        // One table at a time, each row built as it is inserted (`Table`), so no table is held whole.
        for name in ReportTables.names {
            guard let table = ReportTables.table(named: name, in: report) else { continue }
            try database.execute(Self.createStatement(table))
            try database.insert(Self.insertStatement(table), table: table)
            for columns in table.indexes {
                try database.execute(Self.indexStatement(table: table.name, columns: columns))
            }
        }
        try database.execute("COMMIT")
        try database.execute("VACUUM")
    }

    /// `CREATE TABLE "facts" ("file" TEXT, ...)`; a column of type `any` gets no declared type.
    static func createStatement(_ table: Table) -> String {
        let columns = table.columns.map { column in
            column.type == .any ? quoted(column.name) : quoted(column.name) + " " + column.type.rawValue
        }
        return "CREATE TABLE \(quoted(table.name)) (\(columns.joined(separator: ", ")))"
    }

    static func insertStatement(_ table: Table) -> String {
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        return "INSERT INTO \(quoted(table.name)) VALUES (\(placeholders))"
    }

    /// `CREATE INDEX "facts_file_type" ON "facts" ("file", "type")`.
    static func indexStatement(table: String, columns: [String]) -> String {
        let name = ([table] + columns).joined(separator: "_")
        return "CREATE INDEX \(quoted(name)) ON \(quoted(table)) (\(columns.map(quoted).joined(separator: ", ")))"
    }

    /// An SQL identifier in double quotes, inner quotes doubled.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
