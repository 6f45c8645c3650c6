import Foundation

/// Bytes turned into UTF-8, with the name of the encoding they were read as.
struct DecodedBytes: Sendable {
    /// Always valid UTF-8, without a byte-order mark.
    var utf8: [UInt8]
    /// "utf-8", "utf-16le", "utf-16be", "windows-1252", or a name Foundation understood.
    var encoding: String
    /// Whether the bytes were not valid in any declared or detected encoding and were read as
    /// windows-1252 as a last resort (the caller reports `encodingFallback`).
    var fellBack: Bool
}

/// The encoding policy of the reader, decided in Swift before libxml2 sees a byte.
///
/// Order: a byte-order mark wins; then bytes that are valid UTF-8 are UTF-8, whatever a
/// `<meta charset>` or XML declaration claims (a page that declares latin-1 over UTF-8 bytes
/// would otherwise turn into mojibake); then the declared encoding; then windows-1252, a
/// superset of latin-1 that old EDGAR filings and saved pages use for curly quotes.
enum ByteDecoder {
    static func decode(_ bytes: [UInt8], declared: String?) -> DecodedBytes {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            let rest = Array(bytes[3...])
            if isValidUTF8(rest) { return DecodedBytes(utf8: rest, encoding: "utf-8", fellBack: false) }
            return DecodedBytes(utf8: Array(String(decoding: rest, as: UTF8.self).utf8), encoding: "utf-8", fellBack: true)
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            return DecodedBytes(utf8: utf16ToUTF8(bytes, from: 2, littleEndian: little),
                                encoding: little ? "utf-16le" : "utf-16be", fellBack: false)
        }
        if isValidUTF8(bytes) { return DecodedBytes(utf8: bytes, encoding: "utf-8", fellBack: false) }
        if let declared = declared.map(normalizedName) {
            if declared == "windows-1252" { return DecodedBytes(utf8: windows1252ToUTF8(bytes), encoding: declared, fellBack: false) }
            if let converted = foundationDecode(bytes, name: declared) {
                return DecodedBytes(utf8: converted, encoding: declared, fellBack: false)
            }
        }
        return DecodedBytes(utf8: windows1252ToUTF8(bytes), encoding: "windows-1252", fellBack: true)
    }

    /// Latin-1 and ASCII labels are windows-1252 in practice (as browsers treat them).
    static func normalizedName(_ name: String) -> String {
        let lower = name.lowercased().trimmingSpaces()
        switch lower {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "iso_8859-1":
            return "windows-1252"
        case "utf8": return "utf-8"
        default: return lower
        }
    }

    /// The few other encodings Foundation decodes on every platform.
    private static let foundationEncodings: [String: String.Encoding] = [
        "shift_jis": .shiftJIS, "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP, "iso-8859-2": .isoLatin2,
        "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251, "windows-1253": .windowsCP1253,
        "windows-1254": .windowsCP1254, "utf-16": .utf16, "utf-16le": .utf16LittleEndian, "utf-16be": .utf16BigEndian,
    ]

    private static func foundationDecode(_ bytes: [UInt8], name: String) -> [UInt8]? {
        guard let encoding = foundationEncodings[name],
              let string = String(data: Data(bytes), encoding: encoding) else { return nil }
        return Array(string.utf8)
    }

    /// A strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF), ASCII fast path.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            guard let base = UnsafeRawPointer(buffer.baseAddress) else { return true }
            while index < count {
                // Sixteen, then eight ASCII bytes at a time: most of any document is ASCII, and one
                // word test replaces eight branches.
                while index + 16 <= count, (base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    | base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                    index += 16
                }
                while index + 8 <= count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { break }
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                let length: Int
                var lower: UInt8 = 0x80
                var upper: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return false
                }
                guard index + length <= count else { return false }
                let second = buffer[index + 1]
                guard second >= lower, second <= upper else { return false }
                var next = index + 2
                while next < index + length {
                    guard buffer[next] & 0xC0 == 0x80 else { return false }
                    next += 1
                }
                index += length
            }
            return true
        }
    }

    /// windows-1252's 0x80...0x9F block; the five unassigned bytes keep their latin-1 code point.
    static let high1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The character a C1 control stands for when it comes from windows-1252 (as browsers read
    /// `&#146;`, and as mislabelled text means it), or nil for the five unassigned positions.
    static func windows1252Character(forC1 value: UInt32) -> UInt32? {
        guard (0x80...0x9F).contains(value) else { return nil }
        let mapped = high1252[Int(value - 0x80)]
        return mapped < 0xA0 ? nil : mapped
    }

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        // Runs of ASCII (almost all of such a page) are copied in one go, not byte by byte.
        bytes.withUnsafeBufferPointer { buffer in
            var runStart = 0
            for index in buffer.indices where buffer[index] >= 0x80 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                let byte = buffer[index]
                appendUTF8(byte < 0xA0 ? high1252[Int(byte - 0x80)] : UInt32(byte), to: &out)
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...]))
        }
        return out
    }

    private static func utf16ToUTF8(_ bytes: [UInt8], from start: Int, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80: out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | value >> 6)); out.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | value >> 12)); out.append(UInt8(0x80 | value >> 6 & 0x3F)); out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18)); out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F)); out.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
