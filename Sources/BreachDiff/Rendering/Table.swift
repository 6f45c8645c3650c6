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
    /// The number of rows.
    public private(set) var count: Int
    /// Column lists to index in SQLite.
    public var indexes: [[String]]
    /// Builds one row on demand. Why not a stored array of rows: the facts table of a
    /// 2,000-document folder held 186,000 rows of 20 values, built again for each of its three
    /// files; rows built one at a time while writing never exist all at once.
    private let rowAt: @Sendable (Int) -> [JSONText.Value]

    public init(name: String, columns: [Column], rows: [[JSONText.Value]] = [], indexes: [[String]] = []) {
        self.init(name: name, columns: columns, count: rows.count, indexes: indexes) { rows[$0] }
    }

    /// A table whose row `i` (0 ..< count) is `row(i)`, built when asked for.
    public init(name: String, columns: [Column], count: Int, indexes: [[String]] = [],
                row: @escaping @Sendable (Int) -> [JSONText.Value]) {
        self.name = name
        self.columns = columns
        self.count = count
        self.indexes = indexes
        self.rowAt = row
    }

    /// One value per column, in `columns` order, for every row in output order (all built at once:
    /// writers use `row(_:)`).
    public var rows: [[JSONText.Value]] { (0..<count).map(rowAt) }

    /// Row `index`, one value per column in `columns` order.
    public func row(_ index: Int) -> [JSONText.Value] { rowAt(index) }

    /// The column names.
    public var columnNames: [String] { columns.map(\.name) }

    /// A row as one JSON object with the keys in column order.
    public func json(row: [JSONText.Value]) -> String {
        JSONText.render(.object(Array(zip(columnNames, row))))
    }

    public static func == (lhs: Table, rhs: Table) -> Bool {
        lhs.name == rhs.name && lhs.columns == rhs.columns && lhs.indexes == rhs.indexes && lhs.rows == rhs.rows
    }
}
