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

    public func render(_ report: Report, into out: TextOutput) {
        guard let table = ReportTables.table(named: table, in: report) else { return }
        // The `"key":` prefixes encoded once for all rows, as `FactRow.write(into:)` does.
        let prefixes = FactRow.prefixes(forKeys: table.columnNames)
        for index in 0..<table.count {
            let row = table.row(index)
            out.withBuffer { bytes in
                if row.isEmpty { bytes.append(UInt8(ascii: "{")) }
                for (prefix, value) in zip(prefixes, row) {
                    bytes.append(contentsOf: prefix)
                    JSONText.write(value, into: &bytes)
                }
                bytes.append(contentsOf: [UInt8(ascii: "}"), UInt8(ascii: "\n")])
            }
        }
    }
}
