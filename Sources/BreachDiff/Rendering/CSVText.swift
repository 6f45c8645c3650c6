import Foundation

/// RFC 4180 CSV with formula-injection protection.
public enum CSVText {
    /// One record, cells quoted when needed, ended by CRLF-free `\n`.
    public static func line(_ cells: [String]) -> String {
        cells.map(quote).joined(separator: ",") + "\n"
    }

    /// A JSON value as a cell: null is empty, numbers and strings as text.
    public static func cell(_ value: JSONText.Value) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): text
        case .array, .object: JSONText.render(value)
        }
    }

    /// Quotes a cell when it holds a separator, a quote or a line break, and neutralises text that a
    /// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) with a leading `'`.
    /// Plain numbers such as `-5` stay numbers.
    public static func quote(_ cell: String) -> String {
        var text = cell
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
