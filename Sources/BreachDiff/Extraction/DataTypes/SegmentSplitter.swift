/// Cuts a sentence into the segments the data-type rules work on.
///
/// The shared sentence splitter may leave several statements in one sentence: bullets run
/// together when a plain-text reader joins lines ("... passwords * The investigation ..."),
/// exclamations ("... were stolen! What else?"), or a period a splitter did not trust. A breach
/// verb in one of them must not give context to a list in another, so the extractor cuts again
/// at sentence ends followed by a capital and at bullet signs. Abbreviations ("U.S.") that end
/// in a one- or two-letter word do not end a segment.
enum SegmentSplitter {
    /// Bullet signs; a switch, not a Set, because it runs once per scalar.
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "*", "\u{2022}", "\u{25E6}", "\u{25AA}", "\u{00B7}": true
        default: false
        }
    }
    /// Bits of "*", "!", "?" and ".".
    static let endMarks: UInt64 = 1 << 0x2A | 1 << 0x21 | 1 << 0x3F | 1 << 0x2E

    static let abbreviations: Set<String> = [
        "inc", "mrs", "ltd", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "est", "approx", "dept", "gov", "univ", "vol", "fig", "etc",
    ]

    /// Scalar ranges of the segments of `range`, without their separating spaces.
    static func segments(of scalars: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        segments(of: scalars, in: range, into: &result)
        return result
    }

    /// The same, appended to `result`. Why: the extractor cuts every sentence of a document, and
    /// an array per sentence (most hold one segment) cost as much as the cutting.
    static func segments(of scalars: [Unicode.Scalar], in range: Range<Int>, into result: inout [Range<Int>]) {
        // Read through a buffer pointer (it runs over every scalar of every sentence); a range
        // past the array is cut to it, not read.
        scalars.withUnsafeBufferPointer { segments(of: $0, in: range.clamped(to: 0..<$0.count), into: &result) }
    }

    private static func segments(of scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>,
                                 into result: inout [Range<Int>]) {
        var begin = range.lowerBound
        var index = range.lowerBound
        let count = range.upperBound
        func close(at end: Int, next: Int) {
            var trimmedEnd = end
            while trimmedEnd > begin, scalars[trimmedEnd - 1] == " " { trimmedEnd -= 1 }
            if trimmedEnd > begin { result.append(begin..<trimmedEnd) }
            begin = next
            while begin < count, scalars[begin] == " " { begin += 1 }
        }
        while index < count {
            let scalar = scalars[index]
            // Only these four scalars can end a segment; everything else is skipped at once. All
            // four lie below 0x40 (one bit test), bullets above 0x7F: letters take two comparisons.
            let value = scalar.value
            if value < 0x40 ? (Self.endMarks >> UInt64(value)) & 1 != 0 : value >= 0x80 && isBullet(scalar) {
                if isBullet(scalar), index > begin, index + 1 < count, scalars[index + 1] == " ", scalars[index - 1] == " " {
                    close(at: index, next: index)
                } else if scalar != "*", scalar.value < 0x80, index + 2 < count, scalars[index + 1] == " ",
                          startsStatement(scalars[index + 2]), scalar != "." || !isAbbreviation(before: index, in: scalars, from: range.lowerBound) {
                    close(at: index + 1, next: index + 1)
                }
            }
            index += 1
        }
        close(at: count, next: count)
    }

    private static func startsStatement(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar == "\u{201C}" || scalar == "\"" || isBullet(scalar) || scalar == "-"
    }

    /// Whether the word before a period is an abbreviation rather than a sentence's last word.
    private static func isAbbreviation(before period: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>, from lower: Int) -> Bool {
        var start = period
        while start > lower, WordTokenizer.isWordScalar(scalars[start - 1]) { start -= 1 }
        let length = period - start
        if length <= 2 { return true }
        let word = String(String.UnicodeScalarView(scalars[start..<period])).lowercased()
        return abbreviations.contains(word)
    }
}
