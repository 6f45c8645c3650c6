import Foundation
import Testing
@testable import BreachDiff

/// The bulk shortcuts of the reading stage (session 3) against the slow paths they replace, over
/// seeded random inputs: UTF-8 validation eight bytes at a time, scalar decoding straight from
/// UTF-8, printable-ASCII runs in the text accumulator and the colon-anchored hidden-style test.
@Suite struct ReadingBulkPathTests {
    /// SplitMix64: the same inputs on every run, so a failure can be replayed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ value >> 30) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ value >> 27) &* 0x94D0_49BB_1331_11EB
            return value ^ value >> 31
        }
    }

    /// The standard library's validator, strict like ours (no overlongs, surrogates or values
    /// above U+10FFFF).
    static func referenceValid(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// Mostly ASCII with a few high bytes at every alignment, truncated sequences, overlongs,
    /// surrogates and bytes above U+10FFFF among them.
    static func randomBytes(_ generator: inout Seeded) -> [UInt8] {
        let pieces: [[UInt8]] = [
            [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80], [0xC3], [0xE2, 0x80], [0x80], [0xFF],
            [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80],
        ]
        var bytes: [UInt8] = []
        let length = Int.random(in: 0...40, using: &generator)
        while bytes.count < length {
            if Int.random(in: 0..<6, using: &generator) == 0 {
                bytes += pieces.randomElement(using: &generator)!
            } else {
                bytes.append(UInt8.random(in: 0...0x7F, using: &generator))
            }
        }
        return bytes
    }

    @Test("UTF-8 validation agrees with the standard library on arbitrary bytes")
    func validation() {
        var generator = Seeded(state: 6)
        for _ in 0..<20_000 {
            let bytes = Self.randomBytes(&generator)
            #expect(ByteDecoder.isValidUTF8(bytes) == Self.referenceValid(bytes), "\(bytes)")
        }
        for byte in UInt8.min...UInt8.max {
            for offset in 0..<17 {
                let bytes = [UInt8](repeating: 0x61, count: offset) + [byte] + [UInt8](repeating: 0x62, count: 9)
                #expect(ByteDecoder.isValidUTF8(bytes) == Self.referenceValid(bytes))
            }
        }
    }

    @Test("Scalars decoded from UTF-8 equal the string's scalar view")
    func scalars() {
        var generator = Seeded(state: 7)
        var reused: [Unicode.Scalar] = []
        let samples: [Unicode.Scalar] = ["a", " ", "\n", "é", "\u{2019}", "\u{A0}", "😀", "中", "\u{10FFFF}", "\u{7F}", "\u{80}"]
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...30, using: &generator) { text.append(samples.randomElement(using: &generator)!) }
            let string = String(text)
            #expect(ScalarText.scalars(of: string) == Array(string.unicodeScalars))
            ScalarText.replace(&reused, with: string)
            #expect(reused == Array(string.unicodeScalars))
        }
        #expect(ScalarText.scalars(of: "").isEmpty)
    }

    /// Feeds the pieces one scalar at a time (`perScalar`: runs of one, the per-scalar path) or
    /// piece by piece (the bulk path), ending a block at each `|` piece.
    static func accumulate(_ pieces: [String], keepLineBreaks: Bool, perScalar: Bool) -> TextAccumulator {
        var accumulator = TextAccumulator()
        accumulator.keepLineBreaks = keepLineBreaks
        for piece in pieces {
            if piece == "|" { accumulator.flush(); continue }
            if perScalar {
                for scalar in piece.unicodeScalars { accumulator.append(String(scalar), kind: .paragraph) }
            } else {
                accumulator.append(piece, kind: .paragraph)
            }
        }
        accumulator.flush()
        return accumulator
    }

    static func sameBlocks(_ bulk: TextAccumulator, _ slow: TextAccumulator) -> Bool {
        bulk.text == slow.text && bulk.blocks.map { [$0.text, "\($0.kind)", "\($0.start)", "\($0.end)"] }
            == slow.blocks.map { [$0.text, "\($0.kind)", "\($0.start)", "\($0.end)"] }
    }

    @Test("Printable runs give the text and blocks of the per-scalar path", arguments: [false, true])
    func accumulatorRuns(keepLineBreaks: Bool) {
        var generator = Seeded(state: keepLineBreaks ? 9 : 8)
        let words = ["word", "a", "U.S.", "1,000", " ", "  ", "\t", "\n", "\u{A0}", "\u{2019}", "\u{AD}", "\u{92}", "é", "|", "x y", " z "]
        for _ in 0..<3_000 {
            let pieces = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                (0..<Int.random(in: 1...4, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined()
            }
            let bulk = Self.accumulate(pieces, keepLineBreaks: keepLineBreaks, perScalar: false)
            let slow = Self.accumulate(pieces, keepLineBreaks: keepLineBreaks, perScalar: true)
            #expect(Self.sameBlocks(bulk, slow), "\(pieces)")
        }
    }

    @Test("A block longer than the limit is cut where the per-scalar path cuts it", arguments: 0..<4)
    func accumulatorLimit(shift: Int) {
        // "ab " repeated: the limit falls on a letter or on a space depending on the shift.
        let text = String(repeating: "x", count: shift) + String(repeating: "ab ", count: TextAccumulator.maxBlockScalars / 3 + 5)
        let bulk = Self.accumulate([text], keepLineBreaks: false, perScalar: false)
        let slow = Self.accumulate([text], keepLineBreaks: false, perScalar: true)
        #expect(bulk.blocks.count == 2)
        #expect(Self.sameBlocks(bulk, slow))
    }

    @Test("The colon-anchored hidden-style test agrees with the compacting search")
    func hiddenStyle() {
        var generator = Seeded(state: 10)
        let parts = ["display", "DISPLAY", "Dis", "play", ":", "none", "NONE", "no", "ne", " ", "\t", ";", "visibility",
                     "Visi", "bility", "hidden", "hid", "den", "d", "v", "block", "color:red", "n", "display:nonE", "::", ": :", "display:", ":none"]
        for _ in 0..<20_000 {
            let style = (0..<Int.random(in: 0...8, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined()
            let (fast, slow) = style.withCString { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: style.utf8.count + 1) {
                    (ByteSearch.hidesElement(style: $0),
                     ByteSearch.containsIgnoringBlanks($0, anyOf: ["display:none", "visibility:hidden"]))
                }
            }
            #expect(fast == slow, "\(style)")
        }
    }

    @Test("The anchored byte search finds the first occurrence, as a naive search does")
    func byteSearch() {
        var generator = Seeded(state: 11)
        let alphabet = Array("<ix:hed a".utf8)
        let needles = ["<ix:header", "ix", "x", "<", "aaa", "securities and exchange", "d.c. 20549", "e a"].map { Array($0.utf8) }
        for _ in 0..<5_000 {
            let haystack = (0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            for needle in needles + [Array(haystack.suffix(3))] {
                let naive = haystack.count < needle.count || needle.isEmpty ? nil
                    : (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
                let found = haystack.withUnsafeBufferPointer { bytes in needle.withUnsafeBufferPointer { ByteSearch.firstOffset(bytes, $0) } }
                #expect(found == naive, "\(haystack) \(needle)")
            }
        }
    }

    @Test("Trimming with nothing to trim returns the text; otherwise Foundation's answer")
    func trimming() {
        var generator = Seeded(state: 12)
        let parts = ["a", "Item 1.05", " ", "\t", "\u{A0}", "\u{3000}", "é", "\n", "\u{2009}"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined()
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            let sub = text.dropFirst()
            #expect(sub.trimmingSpaces() == sub.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("Attribute names are recognised as before, whatever their first letter")
    func attributeNames() {
        let known: [String: AttributeName] = [
            "class": .classOrID, "id": .classOrID, "role": .role, "hidden": .hidden, "aria-hidden": .ariaHidden,
            "style": .style, "name": .name, "property": .property, "itemprop": .itemprop, "http-equiv": .httpEquiv,
            "content": .content, "type": .type, "datetime": .datetime,
        ]
        var names = Array(known.keys) + known.keys.map { $0.uppercased() } + ["href", "src", "width", "data-id", "ID", "Class", "idx", "i", ""]
        for byte in UInt8(1)...UInt8(0x7F) { names.append(String(UnicodeScalar(byte)) + "lass") }
        for name in names {
            let found = name.withCString { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: name.utf8.count + 1) { AttributeName(cString: $0) }
            }
            #expect(found == known[name.lowercased()], "\(name)")
        }
    }
}
