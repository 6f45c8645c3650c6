/// One table as JSON Lines: one compact object per row, keys in column order, null for a cell
/// that does not apply. Escaping (in `JSONText`): quotes, backslashes and control characters, plus
/// `<`, `>` and `&` as `\u` escapes so a line can be pasted into HTML safely.
public struct JSONLRenderer: TextRenderer {
    /// The table to write, by name (`ReportTables.names`).
    public var table: String

    public init(table: String) {
        self.table = table
    }

    public var fileName: String { table + ".jsonl" }

    public func render(_ report: Report) -> String {
        guard let table = ReportTables.table(named: table, in: report) else { return "" }
        return table.rows.map { table.json(row: $0) + "\n" }.joined()
    }
}
