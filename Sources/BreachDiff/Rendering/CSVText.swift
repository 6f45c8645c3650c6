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

    /// `line(row.map(cell))`'s bytes appended to `out`, without a `String` per cell: the same
    /// quoting and formula rules, tested on the UTF-8 bytes (every byte they look for is ASCII).
    static func writeLine(_ row: [JSONText.Value], into out: inout [UInt8]) {
        for (index, value) in row.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            switch value {
            case .null: break
            // Digits, perhaps after a minus sign: a number, never quoted or prefixed.
            case .int(let number): JSONText.writeInt(number, into: &out)
            case .string(let text): writeQuoted(text, into: &out)
            default: writeQuoted(cell(value), into: &out)
            }
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// `quote(cell)`'s bytes appended to `out`.
    static func writeQuoted(_ cell: String, into out: inout [UInt8]) {
        var cell = cell
        cell.withUTF8 { bytes in
            guard let first = bytes.first else { return }
            let formula = first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
            let prefix = formula && Double(String(decoding: bytes, as: UTF8.self)) == nil
            let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes { out.append(UInt8(ascii: "\"")) }
            if prefix { out.append(UInt8(ascii: "'")) }
            if needsQuotes {
                for byte in bytes {
                    out.append(byte)
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }
}
