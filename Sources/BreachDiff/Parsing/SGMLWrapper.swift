import Foundation

/// A single EDGAR `<DOCUMENT>` with its SGML header (`<TYPE>EX-99.1`, `<SEQUENCE>`, `<FILENAME>`,
/// `<TEXT>`): the header's type, and the body between `<TEXT>` and `</TEXT>`.
///
/// Used when the submission splitter does not take the file; the header lines are not main text.
struct SGMLWrapper {
    var type: String?
    var body: [UInt8]

    init(_ bytes: [UInt8]) {
        let head = InputSniffer.lowerBytes(bytes.prefix(4096))
        type = Self.value(after: Array("<type>".utf8), in: head, original: bytes)
        guard let textStart = Self.find(Array("<text>".utf8), in: head) else { body = bytes; return }
        let start = textStart + 6
        let closing = Array("</text>".utf8)
        var end = bytes.count
        // The closing tag is near the end; search backwards over a bounded tail.
        let tailStart = max(start, bytes.count - 4096)
        let tail = InputSniffer.lowerBytes(bytes[tailStart...])
        if let found = Self.findLast(closing, in: tail) { end = tailStart + found }
        body = start < end ? Array(bytes[start..<end]) : []
    }

    private static func value(after marker: [UInt8], in head: [UInt8], original: [UInt8]) -> String? {
        guard let found = find(marker, in: head) else { return nil }
        var index = found + marker.count
        var out: [UInt8] = []
        while index < original.count, original[index] != 0x0A, original[index] != 0x0D, original[index] != 0x3C {
            out.append(original[index])
            index += 1
        }
        let text = String(decoding: out, as: UTF8.self).trimmingSpaces()
        return text.isEmpty ? nil : text
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if Array(haystack[index..<(index + needle.count)]) == needle { return index }
        }
        return nil
    }

    static func findLast(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in stride(from: haystack.count - needle.count, through: 0, by: -1) where haystack[index] == needle[0] {
            if Array(haystack[index..<(index + needle.count)]) == needle { return index }
        }
        return nil
    }
}
