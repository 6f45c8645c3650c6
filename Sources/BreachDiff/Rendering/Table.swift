/// One output table: the shape shared by every CSV file, `facts.jsonl` and the SQLite tables,
/// so the formats cannot drift apart.
public struct Table: Sendable, Equatable {
    /// A column's SQLite type; `any` keeps each value's own type (the `value` of a fact is an
    /// integer for counts and money and text otherwise).
    public enum ColumnType: String, Sendable, Equatable {
        case text = "TEXT"
        case integer = "INTEGER"
        case real = "REAL"
        case any = ""
    }

    /// A named, typed column.
    public struct Column: Sendable, Equatable {
        public var name: String
        public var type: ColumnType

        public init(_ name: String, _ type: ColumnType = .text) {
            self.name = name
            self.type = type
        }
    }

    /// The table name: the CSV file name without `.csv` and the SQLite table name.
    public var name: String
    public var columns: [Column]
    /// One value per column, in `columns` order; rows are already in their output order.
    public var rows: [[JSONText.Value]]
    /// Column lists to index in SQLite.
    public var indexes: [[String]]

    public init(name: String, columns: [Column], rows: [[JSONText.Value]] = [], indexes: [[String]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.indexes = indexes
    }

    /// The column names.
    public var columnNames: [String] { columns.map(\.name) }

    /// A row as one JSON object with the keys in column order.
    public func json(row: [JSONText.Value]) -> String {
        JSONText.render(.object(Array(zip(columnNames, row))))
    }
}
