/// One line of a document's text, trimmed, with its offsets: the unit the filing analysis reads.
///
/// A block is usually one line; a `<pre>` block or a plain-text filing holds many, split on `\n`.
struct FilingLine {
    /// The line without surrounding white space (no-break spaces included).
    let scalars: [Unicode.Scalar]
    /// Offset of the first scalar in `ParsedDocument.text`.
    let start: Int
    /// Offset after the last scalar.
    let end: Int

    var text: String { String(String.UnicodeScalarView(scalars)) }

    /// The lines of a document, from its blocks when it has them, else from its text.
    static func lines(of document: ParsedDocument) -> [FilingLine] {
        // One conversion of the whole text; block offsets index into it (they are scalar offsets).
        let all = ScalarText.scalars(of: document.text)
        var lines: [FilingLine] = []
        if document.blocks.isEmpty {
            append(all, range: 0..<all.count, to: &lines)
        } else {
            for block in document.blocks {
                let lower = max(0, min(block.start, all.count))
                append(all, range: lower..<max(lower, min(block.end, all.count)), to: &lines)
            }
        }
        return lines
    }

    static func append(_ scalars: [Unicode.Scalar], range: Range<Int>, to lines: inout [FilingLine]) {
        // On the buffer: the search for line ends visits every scalar of every filing, and the
        // array's bounds checks were most of its cost.
        scalars.withUnsafeBufferPointer { buffer in
            var lineStart = range.lowerBound
            while lineStart <= range.upperBound {
                // One compare per scalar for all but the controls up to U+000D.
                var index = lineStart
                while index < range.upperBound {
                    let value = buffer[index].value
                    if value <= 0x0D, value == 0x0A || value == 0x0D { break }
                    index += 1
                }
                var lower = lineStart
                var upper = index
                while lower < upper, isSpace(buffer[lower]) { lower += 1 }
                while upper > lower, isSpace(buffer[upper - 1]) { upper -= 1 }
                if lower < upper {
                    lines.append(FilingLine(scalars: Array(buffer[lower..<upper]), start: lower, end: upper))
                }
                lineStart = index + 1
            }
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: the Unicode property lookup is the slow path and most text is ASCII.
        if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
    }

    /// Lower-cased ASCII letters and digits of the line with every other scalar dropped: a
    /// spelling-insensitive key for comparing labels ("SIGNATURES:" and "Signatures" agree).
    var letterKey: String {
        // ASCII arithmetic, not `properties.isAlphabetic`/`lowercaseMapping`: only ASCII scalars
        // are kept, where both agree with `A-Z`/`a-z`, and the property lookups were a tenth of
        // reading time (the cover page asks for the key of every line of every document).
        var key: [UInt8] = []
        key.reserveCapacity(scalars.count)
        for scalar in scalars {
            let value = scalar.value
            if value >= 0x61 && value <= 0x7A || value >= 0x30 && value <= 0x39 {
                key.append(UInt8(value))
            } else if value >= 0x41 && value <= 0x5A {
                key.append(UInt8(value | 0x20))
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Whether `letterKey` is one of `keys` (ASCII), without making the key: short lines of
    /// every filing are asked whether they are a bare "Item".
    func hasLetterKey(in keys: [StaticString]) -> Bool {
        keys.contains { key in
            var index = 0
            let expected = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
            for scalar in scalars {
                let value = scalar.value
                let kept: UInt8
                if value >= 0x61 && value <= 0x7A || value >= 0x30 && value <= 0x39 {
                    kept = UInt8(value)
                } else if value >= 0x41 && value <= 0x5A {
                    kept = UInt8(value | 0x20)
                } else {
                    continue
                }
                guard index < expected.count, expected[index] == kept else { return false }
                index += 1
            }
            return index == expected.count
        }
    }

    /// Whether the line starts with `prefix`, ignoring ASCII case.
    func hasPrefix(_ prefix: String, from offset: Int = 0) -> Bool {
        var index = offset
        for expected in prefix.unicodeScalars {
            guard index < scalars.count, Self.lower(scalars[index]) == expected else { return false }
            index += 1
        }
        return true
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// Whether the line contains `needle` (lower case ASCII), ignoring case.
    func contains(_ needle: String) -> Bool {
        // The needle's scalars are walked in place (no array per call: the cover page asks every
        // line of every filing for its registrant label).
        let pattern = needle.unicodeScalars
        let length = pattern.count
        guard let first = pattern.first, length <= scalars.count else { return false }
        var index = 0
        while index + length <= scalars.count {
            if Self.lower(scalars[index]) == first, hasPrefix(needle, from: index) { return true }
            index += 1
        }
        return false
    }
}
