import Foundation
import Testing
@testable import BreachDiff

/// The session-7 shortcuts of the reading stage against the slower forms they replace, on
/// seeded random inputs: the attribute-name table, the POSIX file read and the line split of
/// the filing analysis.
@Suite struct ReadingSession7Tests {
    typealias Seeded = ReadingBulkPathTests.Seeded

    /// What `AttributeName(cString:)` answered before the table: lower-case the whole name and
    /// compare it with each spelling.
    static func referenceName(_ name: String) -> AttributeName? {
        let spellings: [String: AttributeName] = [
            "class": .classOrID, "id": .classOrID, "role": .role, "hidden": .hidden, "aria-hidden": .ariaHidden,
            "style": .style, "name": .name, "property": .property, "itemprop": .itemprop, "http-equiv": .httpEquiv,
            "content": .content, "type": .type, "datetime": .datetime,
        ]
        let lowered = String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        return spellings[lowered]
    }

    @Test("The attribute-name table agrees with a plain lower-cased lookup")
    func attributeNames() {
        var generator = Seeded(state: 70)
        let pieces = ["class", "id", "role", "hidden", "aria-", "style", "name", "property", "item", "prop", "http-",
                      "equiv", "content", "type", "date", "time", "C", "I", "-", "x", "data-", "aria-hidden",
                      "datetimes", "[", "@", "{", "`", "\u{7F}", "é", "0"]
        for _ in 0..<20_000 {
            var name = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if Bool.random(using: &generator) { name = name.uppercased() }
            let found = name.withCString { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: name.utf8.count + 1) { AttributeName(cString: $0) }
            }
            #expect(found == Self.referenceName(name), "\(name)")
        }
    }

    @Test("The POSIX read gives the file's bytes, and refuses a file over the limit", arguments: [0, 1, 4095, 4096, 4097, 70_001])
    func fileBytes(size: Int) throws {
        var generator = Seeded(state: UInt64(size))
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("read7-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(FileBytes.read(path: url.path, limit: 1 << 20) == .bytes(bytes))
        #expect(FileBytes.read(path: url.path, limit: size) == .bytes(bytes))
        if size > 0 { #expect(FileBytes.read(path: url.path, limit: size - 1) == .tooLarge(size)) }
        #expect(FileBytes.read(path: url.path + "-missing", limit: 1 << 20) == .cannotOpen)
    }

    /// The line split as it was: every scalar compared with the range end and both line breaks.
    static func referenceLines(_ scalars: [Unicode.Scalar], range: Range<Int>) -> [FilingLine] {
        var lines: [FilingLine] = []
        var lineStart = range.lowerBound
        var index = range.lowerBound
        while index <= range.upperBound {
            if index == range.upperBound || scalars[index] == "\n" || scalars[index] == "\r" {
                var lower = lineStart
                var upper = index
                while lower < upper, FilingLine.isSpace(scalars[lower]) { lower += 1 }
                while upper > lower, FilingLine.isSpace(scalars[upper - 1]) { upper -= 1 }
                if lower < upper { lines.append(FilingLine(scalars: Array(scalars[lower..<upper]), start: lower, end: upper)) }
                lineStart = index + 1
            }
            index += 1
        }
        return lines
    }

    @Test("The filing line split agrees with the scalar-by-scalar split")
    func filingLines() {
        var generator = Seeded(state: 71)
        let alphabet: [Unicode.Scalar] = ["a", "B", " ", "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{0E}", "\u{00A0}", "\u{2003}", "é", "1", "."]
        for _ in 0..<5_000 {
            let scalars = (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let lower = Int.random(in: 0...scalars.count, using: &generator)
            let range = lower..<Int.random(in: lower...scalars.count, using: &generator)
            var fast: [FilingLine] = []
            FilingLine.append(scalars, range: range, to: &fast)
            let slow = Self.referenceLines(scalars, range: range)
            #expect(fast.map(\.scalars) == slow.map(\.scalars))
            #expect(fast.map(\.start) == slow.map(\.start) && fast.map(\.end) == slow.map(\.end))
        }
    }

    @Test("The letter-key test agrees with comparing the letter key")
    func letterKeys() {
        var generator = Seeded(state: 72)
        let alphabet: [Unicode.Scalar] = ["i", "I", "t", "T", "e", "m", "M", "s", "S", " ", ".", ":", "1", "é", "\u{00A0}", "-"]
        for _ in 0..<20_000 {
            let scalars = (0..<Int.random(in: 1...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let line = FilingLine(scalars: scalars, start: 0, end: scalars.count)
            #expect(line.hasLetterKey(in: ["item", "items"]) == (line.letterKey == "item" || line.letterKey == "items"),
                    "\(line.text)")
        }
    }

    @Test("In ASCII, upper case or numeric is exactly A-Z and 0-9 (the sentence-start shortcut)")
    func asciiSentenceStart() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            let slow = scalar.properties.isUppercase || scalar.properties.numericType != nil
            #expect((("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)) == slow, "\(value)")
        }
    }

    @Test("Lower-casing never makes a scalar disappear (the abbreviation-length shortcut)")
    func lowercasingKeepsLength() {
        for value in UInt32(0)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.properties.lowercaseMapping.unicodeScalars.count >= 1, "\(value)")
        }
    }

    /// Whether the byte steps of a printable run take all eight bytes, as `append(utf8:)` takes
    /// them one by one (the byte before is printable; a last space needs the byte after).
    static func referenceTakesAll(_ bytes: [UInt8]) -> Bool {
        var end = 0
        while end < 8 {
            let byte = bytes[end]
            if byte > 0x20 && byte < 0x7F { end += 1; continue }
            guard byte == 0x20, end + 1 < 8, bytes[end + 1] > 0x20, bytes[end + 1] < 0x7F else { return false }
            end += 2
        }
        return true
    }

    @Test("The eight-byte printable test agrees with the byte steps")
    func printableWords() {
        var generator = Seeded(state: 73)
        let pool: [UInt8] = [0x20, 0x20, 0x20, 0x21, 0x41, 0x61, 0x7E, 0x7F, 0x1F, 0x00, 0x0A, 0x80, 0xC3, 0xFF, 0x2E, 0x39]
        for _ in 0..<50_000 {
            let bytes = (0..<8).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0x21...0x7E, using: &generator) : pool.randomElement(using: &generator)!
            }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
            #expect(TextAccumulator.isPrintableWord(word) == Self.referenceTakesAll(bytes), "\(bytes)")
        }
    }
}
