import Foundation

/// Substring tests on UTF-8 bytes for the hot paths of reading.
///
/// Why: on Linux `String.contains(String)` goes through Foundation's `NSString.range(of:)`, which
/// copies the string to UTF-16 on every call; profiling showed a third of the reader's time there
/// (filing cues over a 64 KB head, style attributes of every element). All needles here are
/// ASCII, so a byte search finds exactly what the Unicode-aware search found.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`; an empty needle is never found (as with `NSString`).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(haystack, needle) != nil
    }

    /// The offset of the first occurrence of `needle` in `haystack`; nil for an empty needle.
    static func firstOffset(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Int? {
        guard needle.count > 0, haystack.count >= needle.count,
              let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
        // `memmem` is a GNU extension that Glibc's Swift module does not export: `memchr` for
        // one byte of the needle, then `memcmp` for the whole. The byte is the needle's first
        // that is not common in markup and prose (`<`, space, `e`, ...): `memchr` stops far less
        // often on the `x` of "<ix:header" than on its `<`. Candidates are still tried in order,
        // so the first occurrence is found.
        let anchor = needle.firstIndex { !isCommon($0) } ?? 0
        let byte = Int32(needle[anchor])
        let last = haystack.count - needle.count
        var offset = 0
        while offset <= last {
            guard let found = memchr(base + offset + anchor, byte, last - offset + 1) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
            if memcmp(base + position, pattern, needle.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    /// Bytes too frequent in HTML and English to anchor a search on, as a 128-bit mask.
    private static let commonBytes: (low: UInt64, high: UInt64) = " <>/=\"'.,:;-_\n\teaoinstrhldcu".utf8.reduce((0, 0)) {
        $1 < 64 ? ($0.low | 1 << UInt64($1), $0.high) : ($0.low, $0.high | 1 << UInt64($1 - 64))
    }

    private static func isCommon(_ byte: UInt8) -> Bool {
        if byte < 64 { return commonBytes.low >> UInt64(byte) & 1 == 1 }
        return byte < 128 && commonBytes.high >> UInt64(byte - 64) & 1 == 1
    }

    /// The offset just after the first occurrence of `needle`, if any.
    static func firstEnd(of needle: String, in haystack: [UInt8]) -> Int? {
        var pattern = needle
        return haystack.withUnsafeBufferPointer { bytes in
            pattern.withUTF8 { firstOffset(bytes, $0).map { $0 + needle.utf8.count } }
        }
    }

    /// Whether a NUL-terminated text contains one of the lower-case `needles` once spaces and tabs
    /// are taken out and ASCII is lower-cased (`style="Display: none"` holds `display:none`).
    /// The compact copy lives in a temporary buffer: one per style attribute of every element.
    static func containsIgnoringBlanks(_ text: UnsafePointer<UInt8>, anyOf needles: [String]) -> Bool {
        let length = strlen(text)
        guard length > 0 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            var count = 0
            for index in 0..<length {
                let byte = text[index]
                guard byte != 0x20 && byte != 0x09 else { continue }
                buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                count += 1
            }
            let compact = UnsafeBufferPointer(rebasing: buffer[..<count])
            return needles.contains { needle in
                var pattern = needle
                return pattern.withUTF8 { contains(compact, $0) }
            }
        }
    }

    /// `containsIgnoringBlanks(style, anyOf: ["display:none", "visibility:hidden"])` without a
    /// copy: the style attribute of every element of an EDGAR filing comes here.
    ///
    /// Each needle has exactly one colon, so it occurs in the compacted text exactly when some
    /// colon of the text has the needle's word before it and its value after it, blanks skipped.
    /// `memchr` finds the colons; a style has a handful.
    static func hidesElement(style text: UnsafePointer<UInt8>) -> Bool {
        hidesElement(style: text, length: strlen(text))
    }

    /// `hidesElement(style:)` for a text of `length` bytes (the builder has the length already).
    static func hidesElement(style text: UnsafePointer<UInt8>, length: Int) -> Bool {
        var offset = 0
        while offset < length, let found = memchr(text + offset, 0x3A, length - offset) {
            let colon = UnsafeRawPointer(text).distance(to: UnsafeRawPointer(found))
            // Both words end in "y": the byte before the colon turns away almost every other
            // declaration (`margin`, `font-size`) before the two word comparisons.
            if endsInY(text, colon), precedes(text, colon, "display") && follows(text, colon, length, "none")
                || precedes(text, colon, "visibility") && follows(text, colon, length, "hidden") {
                return true
            }
            offset = colon + 1
        }
        return false
    }

    /// Whether the last byte before `end` that is not a space or tab is `y` or `Y`.
    @inline(__always)
    private static func endsInY(_ text: UnsafePointer<UInt8>, _ end: Int) -> Bool {
        var index = end - 1
        while index >= 0, text[index] == 0x20 || text[index] == 0x09 { index -= 1 }
        return index >= 0 && text[index] | 0x20 == 0x79
    }

    // The two declarations that hide an element are spelled out at the call: `StaticString`s,
    // not byte arrays, so that no array is retained and released for each style attribute.

    /// Whether `word` ends just before `end`, ignoring spaces, tabs and ASCII case.
    private static func precedes(_ text: UnsafePointer<UInt8>, _ end: Int, _ word: StaticString) -> Bool {
        var index = end - 1
        let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for expected in letters.reversed() {
            while index >= 0, text[index] == 0x20 || text[index] == 0x09 { index -= 1 }
            guard index >= 0, lowered(text[index]) == expected else { return false }
            index -= 1
        }
        return true
    }

    /// Whether `word` starts just after `start`, ignoring spaces, tabs and ASCII case.
    private static func follows(_ text: UnsafePointer<UInt8>, _ start: Int, _ length: Int, _ word: StaticString) -> Bool {
        var index = start + 1
        for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            while index < length, text[index] == 0x20 || text[index] == 0x09 { index += 1 }
            guard index < length, lowered(text[index]) == expected else { return false }
            index += 1
        }
        return true
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether `needle` occurs in the bytes.
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        var pattern = needle
        return haystack.withUnsafeBufferPointer { bytes in pattern.withUTF8 { contains(bytes, $0) } }
    }
}

extension String {
    /// Byte-wise `contains` for ASCII needles: same answer as `contains(_:)`, without the UTF-16 copy.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { bytes in pattern.withUTF8 { ByteSearch.contains(bytes, $0) } }
    }
}
