/// One table as CSV (RFC 4180): a header row of the column names, then one record per row.
///
/// Escaping (in `CSVText`): a cell with a comma, quote or line break is quoted, quotes doubled;
/// a cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
/// leading `'`; null is an empty cell; lists inside a cell are joined with `; `.
public struct CSVRenderer: TextRenderer {
    /// The table to write, by name (`ReportTables.names`).
    public var table: String

    public init(table: String) {
        self.table = table
    }

    public var fileName: String { table + ".csv" }

    public func render(_ report: Report) -> String {
        guard let table = ReportTables.table(named: table, in: report) else { return "" }
        return Self.render(table)
    }

    /// A table as CSV text.
    public static func render(_ table: Table) -> String {
        var text = CSVText.line(table.columnNames)
        for row in table.rows {
            text += CSVText.line(row.map(CSVText.cell))
        }
        return text
    }
}
