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
        var out: [UInt8] = []
        write(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // Why bytes: appending to a `String` piece by piece (`+=` of literals, `String(number)`)
    // cost more than building the facts of a row; one byte buffer decoded once at the end is
    // several times cheaper, and every input is valid UTF-8, so the decoded text is the same.

    static func write(_ value: Value, into out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let flag): append(flag ? "true" : "false", to: &out)
        case .int(let number): writeInt(number, into: &out)
        case .double(let number):
            append(number.isFinite ? String(number) : "null", to: &out)
        case .string(let text): writeString(text, into: &out)
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (index, element) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(pair.0, into: &out)
                out.append(UInt8(ascii: ":"))
                write(pair.1, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    /// Decimal digits, as `String(number)` writes them.
    static func writeInt(_ number: Int64, into out: inout [UInt8]) {
        if number < 0 { out.append(UInt8(ascii: "-")) }
        // The magnitude as UInt64, so Int64.min needs no special case. Digits are written from the
        // end of a stack buffer (at most 20), then appended at once: no reversal in `out`.
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var index = 20
            repeat {
                index -= 1
                digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[index...]))
        }
    }

    /// Escapes quotes, backslashes and control characters; `<`, `>` and `&` too, so JSON embedded
    /// in an HTML page cannot close a script element.
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Bits of the bytes below 0x40 that are copied as they are: 0x20-0x3F but `"`, `&`, `<`, `>`.
        // Why: nearly every byte of a quote needs no escape, and one shift-and-mask (or two
        // comparisons at 0x40 and above) finds that, where a `switch` per byte cost several times more.
        let plainBelow64: UInt64 = 0xFFFF_FFFF_0000_0000 & ~(1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E)
        var text = text
        text.withUTF8 { bytes in
            var clean = 0   // start of the bytes not yet copied
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte >= 0x40 ? (byte != 0x5C && byte != 0xE2) : (plainBelow64 >> UInt64(byte)) & 1 != 0 {
                    index += 1
                    continue
                }
                var escape: StaticString?
                var length = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x3C: escape = "\\u003c"
                case 0x3E: escape = "\\u003e"
                case 0x26: escape = "\\u0026"
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript.
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default:
                    if byte < 0x20 {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean..<index]))
                        let hex = String(byte, radix: 16)
                        append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, to: &out)
                        index += 1
                        clean = index
                        continue
                    }
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean..<index]))
                    escape.withUTF8Buffer { out.append(contentsOf: $0) }
                    index += length
                    clean = index
                } else {
                    index += 1   // an E2 lead byte of another character
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean..<count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
