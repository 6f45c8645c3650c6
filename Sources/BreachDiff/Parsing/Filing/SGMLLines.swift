/// One line of an EDGAR SGML file, as byte positions into the file.
struct SGMLLine {
    let bytes: [UInt8]
    /// First byte of the line.
    let start: Int
    /// First byte that is not a space or tab.
    let contentStart: Int
    /// One past the last byte before the line break (a CR of CRLF excluded).
    let end: Int
    /// First byte of the next line.
    let nextStart: Int

    var isEmpty: Bool { contentStart >= end }

    /// Whether the line starts with `<name>`, compared without regard to ASCII case.
    func hasTag(_ name: StaticString) -> Bool {
        tagEnd(name) != nil
    }

    /// The position after `<name>` when the line starts with it.
    func tagEnd(_ name: StaticString) -> Int? {
        let count = name.utf8CodeUnitCount
        guard contentStart + count + 2 <= end, bytes[contentStart] == UInt8(ascii: "<") else { return nil }
        return name.withUTF8Buffer { tag -> Int? in
            for index in 0..<count where Self.upper(bytes[contentStart + 1 + index]) != tag[index] {
                return nil
            }
            return bytes[contentStart + 1 + count] == UInt8(ascii: ">") ? contentStart + count + 2 : nil
        }
    }

    /// The trimmed text after `<name>` on this line, nil when the line does not start with the tag.
    func value(of name: StaticString) -> String? {
        guard let from = tagEnd(name) else { return nil }
        return Self.trimmed(bytes[from..<end])
    }

    /// `KEY: value` lines of the SEC header: the value when the upper-cased key equals `key`.
    func field(_ key: StaticString) -> String? {
        let count = key.utf8CodeUnitCount
        guard contentStart + count < end else { return nil }
        let matches = key.withUTF8Buffer { expected -> Bool in
            for index in 0..<count where Self.upper(bytes[contentStart + index]) != expected[index] { return false }
            return true
        }
        guard matches, bytes[contentStart + count] == UInt8(ascii: ":") else { return nil }
        return Self.trimmed(bytes[(contentStart + count + 1)..<end])
    }

    static func upper(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x0C
    }

    /// Decodes a header value; nil when it is empty.
    static func trimmed(_ slice: ArraySlice<UInt8>) -> String? {
        var lower = slice.startIndex
        var upper = slice.endIndex
        while lower < upper, isSpace(slice[lower]) { lower += 1 }
        while upper > lower, isSpace(slice[upper - 1]) { upper -= 1 }
        guard lower < upper else { return nil }
        return String(decoding: slice[lower..<upper], as: UTF8.self)
    }
}

/// Iterates the lines of a byte buffer (LF or CRLF) up to a limit, in one pass.
struct SGMLLines: IteratorProtocol {
    let bytes: [UInt8]
    let limit: Int
    var position = 0

    init(bytes: [UInt8], limit: Int) {
        self.bytes = bytes
        self.limit = limit
        // A UTF-8 byte order mark before the first tag is not part of the SGML.
        if limit >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    mutating func next() -> SGMLLine? {
        guard position < limit else { return nil }
        let start = position
        var content = start
        while content < limit, bytes[content] == 0x20 || bytes[content] == 0x09 { content += 1 }
        var end = content
        while end < limit, bytes[end] != 0x0A { end += 1 }
        let nextStart = end < limit ? end + 1 : end
        if end > content, bytes[end - 1] == 0x0D { end -= 1 }
        position = nextStart
        return SGMLLine(bytes: bytes, start: start, contentStart: content, end: max(end, content), nextStart: nextStart)
    }

    mutating func nextNonEmpty() -> SGMLLine? {
        while let line = next() {
            if !line.isEmpty { return line }
        }
        return nil
    }
}
