import Foundation
internal import CSQLite

/// A SQLite connection owned by one writer: opened on creation, closed in `deinit`. Only
/// `SQLiteWriter` uses it; no SQLite pointer leaves this file.
struct SQLiteDatabase: ~Copyable {
    /// A failed SQLite call, with SQLite's own message.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let handle: OpaquePointer

    /// Creates (or opens) the database file at `path`. Wraps `sqlite3_open_v2`.
    init(creating path: String) throws(Failure) {
        var pointer: OpaquePointer?
        let status = sqlite3_open_v2(path, &pointer, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        guard status == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(pointer)
            throw Failure(description: message)
        }
        handle = pointer
    }

    deinit {
        sqlite3_close(handle)
    }

    /// Runs one or more statements without parameters. Wraps `sqlite3_exec`.
    func execute(_ sql: String) throws(Failure) {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        if status != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw Failure(description: "\(text) in: \(sql.prefix(80))")
        }
    }

    /// Runs one parameterised statement once per row of `table`, binding each row's values in order.
    func insert(_ sql: String, table: Table) throws(Failure) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Failure(description: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        for index in 0..<table.count {
            let row = table.row(index)
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            for (index, value) in row.enumerated() {
                bind(value, at: Int32(index + 1), in: statement)
            }
            guard sqlite3_step(statement) == SQLITE_DONE else {
                throw Failure(description: String(cString: sqlite3_errmsg(handle)))
            }
        }
    }

    private func bind(_ value: JSONText.Value, at index: Int32, in statement: OpaquePointer) {
        switch value {
        case .null: sqlite3_bind_null(statement, index)
        case .bool(let flag): sqlite3_bind_int64(statement, index, flag ? 1 : 0)
        case .int(let number): sqlite3_bind_int64(statement, index, number)
        case .double(let number): sqlite3_bind_double(statement, index, number)
        case .string(let text): sqlite3_bind_text(statement, index, text, -1, breachdiff_sqlite_transient())
        case .array, .object: sqlite3_bind_text(statement, index, JSONText.render(value), -1, breachdiff_sqlite_transient())
        }
    }
}
