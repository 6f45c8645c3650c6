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

    public func render(_ report: Report, into out: TextOutput) {
        guard let table = ReportTables.table(named: table, in: report) else { return }
        Self.render(table, into: out)
    }

    /// A table as CSV text.
    public static func render(_ table: Table) -> String {
        let out = TextOutput()
        render(table, into: out)
        return out.text
    }

    /// A table as CSV, row by row into `out`.
    static func render(_ table: Table, into out: TextOutput) {
        out.write(CSVText.line(table.columnNames))
        for index in 0..<table.count {
            let row = table.row(index)
            out.withBuffer { CSVText.writeLine(row, into: &$0) }
        }
    }
}
