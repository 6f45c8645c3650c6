/// A tiny JSON writer with a fixed key order, so outputs are byte-identical between runs and
/// read top-down in a stable schema order (Foundation's encoder only offers alphabetical order).
public enum JSONText {
    /// A JSON value.
    public indirect enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int64)
        case double(Double)
        case string(String)
        case array([Value])
        /// Keys in the order given.
        case object([(String, Value)])

        public static func == (lhs: Value, rhs: Value) -> Bool {
            render(lhs) == render(rhs)
        }

        /// `.string` or `.null`.
        public static func optional(_ text: String?) -> Value { text.map(Value.string) ?? .null }
        /// `.int` or `.null`.
        public static func optional(_ number: Int64?) -> Value { number.map(Value.int) ?? .null }
        /// `.int` or `.null`.
        public static func optional(_ number: Int?) -> Value { number.map { .int(Int64($0)) } ?? .null }
    }

    /// Compact JSON on one line.
    public static func render(_ value: Value) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    static func write(_ value: Value, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number):
            out += number.isFinite ? String(number) : "null"
        case .string(let text): writeString(text, into: &out)
        case .array(let values):
            out += "["
            for (index, element) in values.enumerated() {
                if index > 0 { out += "," }
                write(element, into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out += "," }
                writeString(pair.0, into: &out)
                out += ":"
                write(pair.1, into: &out)
            }
            out += "}"
        }
    }

    /// Escapes quotes, backslashes and control characters; `<`, `>` and `&` too, so JSON embedded
    /// in an HTML page cannot close a script element.
    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        // Most strings need no escape at all: append them whole instead of scalar by scalar
        // (the per-scalar loop was 7% of `extract`'s time). 0xE2 leads U+2028 and U+2029.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E
            || $0 == 0x26 || $0 == 0xE2 }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
