/// Splits text into `WordToken`s in one pass over its Unicode scalars.
///
/// Works on a range of a scalar array shared by the whole document, so no sentence is decoded
/// twice; offsets are `offset` plus the scalar index. ASCII words (nearly all of them) are measured
/// first and then written straight into their `String`, which is several times faster than
/// appending scalars to a String; other words take the general loop.
enum WordTokenizer {
    static func tokens(of text: String, base: Int) -> [WordToken] {
        let scalars = Array(text.unicodeScalars)
        return tokens(in: scalars, range: 0..<scalars.count, offset: base)
    }

    static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>, offset: Int) -> [WordToken] {
        scalars.withUnsafeBufferPointer { tokens(in: $0, range: range, offset: offset) }
    }

    private static func tokens(in scalars: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>, offset: Int) -> [WordToken] {
        // Read through a buffer pointer: a range past the array is cut to it, not read.
        let range = range.clamped(to: 0..<scalars.count)
        var result: [WordToken] = []
        result.reserveCapacity(range.count / 5)
        // Only the general loop (a word with a non-ASCII letter) uses it.
        var buffer: [UInt8] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = scalars[index]
            guard isWordScalar(scalar) else {
                if let mark = keptPunctuation(scalar) {
                    result.append(WordToken(kind: .punctuation, word: mark, singular: mark, start: offset + index, end: offset + index + 1))
                }
                index += 1
                continue
            }
            let start = index
            let numeric = isDigit(scalar)
            if let ascii = asciiWord(in: scalars, from: start, to: end, numeric: numeric) {
                let word = lowerCaseWord(scalars, start..<ascii.end, bytes: ascii.bytes)
                var token = WordToken(
                    kind: numeric ? .number : .word, word: word, singular: numeric ? word : asciiSingular(of: word),
                    start: offset + start, end: offset + ascii.end
                )
                token.contractedNegation = ascii.apostropheBeforeT && word.hasSuffix("nt")
                result.append(token)
                index = ascii.end
                continue
            }
            var ascii = true
            var apostropheBeforeT = false
            buffer.removeAll(keepingCapacity: true)
            var wide = String.UnicodeScalarView()
            while index < end {
                let current = scalars[index]
                if isWordScalar(current) {
                    if ascii, current.isASCII {
                        let value = UInt8(current.value)
                        buffer.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                    } else {
                        if ascii {
                            ascii = false
                            wide.append(contentsOf: String(decoding: buffer, as: UTF8.self).unicodeScalars)
                        }
                        wide.append(contentsOf: current.properties.lowercaseMapping.unicodeScalars)
                    }
                    index += 1
                } else if isApostrophe(current), index > start {
                    guard takeApostrophe(scalars, at: &index, end: end, beforeT: &apostropheBeforeT) else { break }
                } else if numeric, current == "," || current == ".", index + 1 < end, isDigit(scalars[index + 1]) {
                    if ascii { buffer.append(UInt8(current.value)) } else { wide.append(current) }
                    index += 1
                } else {
                    break
                }
            }
            let word = ascii ? String(decoding: buffer, as: UTF8.self) : String(wide)
            let singular = numeric ? word : ascii ? asciiSingular(buffer, word: word) : WordToken.singular(of: word)
            var token = WordToken(
                kind: numeric ? .number : .word, word: word, singular: singular,
                start: offset + start, end: offset + index
            )
            token.contractedNegation = apostropheBeforeT && word.hasSuffix("nt")
            result.append(token)
        }
        return result
    }

    /// Where the word at `start` ends, how many bytes it has (its scalars less the apostrophes)
    /// and whether an apostrophe stands before a "t" in it, when each of its letters and digits is
    /// ASCII; nil otherwise. The steps of the general loop in `tokens`, without writing the word.
    /// Why: nearly every word is ASCII, and measuring it first lets it be written once, straight
    /// into its `String`, instead of byte by byte into a buffer that is then decoded and validated.
    private static func asciiWord(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int,
                                  numeric: Bool) -> (end: Int, bytes: Int, apostropheBeforeT: Bool)? {
        var index = start
        var bytes = 0
        var apostropheBeforeT = false
        while index < end {
            let current = scalars[index]
            if isWordScalar(current) {
                guard current.isASCII else { return nil }
                bytes += 1
                index += 1
            } else if isApostrophe(current), index > start {
                guard takeApostrophe(scalars, at: &index, end: end, beforeT: &apostropheBeforeT) else { break }
            } else if numeric, current == "," || current == ".", index + 1 < end, isDigit(scalars[index + 1]) {
                bytes += 1
                index += 1
            } else {
                break
            }
        }
        return (index, bytes, apostropheBeforeT)
    }

    /// The lower-cased ASCII word of `range` (`asciiWord`), apostrophes dropped.
    private static func lowerCaseWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, bytes: Int) -> String {
        String(unsafeUninitializedCapacity: bytes) { out in
            var written = 0
            for index in range {
                let value = scalars[index].value
                if value == 0x27 || value == 0x2019 { continue }
                out[written] = UInt8(truncatingIfNeeded: value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                written += 1
            }
            return written
        }
    }

    /// `asciiSingular` of an ASCII word's own bytes.
    private static func asciiSingular(of word: String) -> String {
        // Most words do not end in "s" and keep their form: no copy of the bytes for them.
        guard word.utf8.last == UInt8(ascii: "s") else { return word }
        var bytes = word
        return bytes.withUTF8 { asciiSingular($0, word: word) }
    }

    /// Steps over the apostrophe at `index` (not the word's first scalar) when the word goes on
    /// after it ("driver’s"; `beforeT` set for "don’t"): true. False when the word ends: after
    /// it when it closes a plural possessive ("drivers’", `index` moved past it), else before it.
    /// One rule for both word loops.
    @inline(__always)
    private static func takeApostrophe(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: inout Int, end: Int,
                                       beforeT: inout Bool) -> Bool {
        let next: Unicode.Scalar = index + 1 < end ? scalars[index + 1] : " "
        if isWordScalar(next) {
            if next == "t" || next == "T" { beforeT = true }
            index += 1
            return true
        }
        if scalars[index - 1] == "s" || scalars[index - 1] == "S" { index += 1 }
        return false
    }

    /// `WordToken.singular(of: word)` for an ASCII word whose bytes are `bytes`: the same rules on
    /// the buffer, where a dropped character is a dropped byte. Why: the `String` form drops
    /// `Character`s, which cost more than building the word.
    static func asciiSingular(_ bytes: [UInt8], word: String) -> String {
        bytes.withUnsafeBufferPointer { asciiSingular($0, word: word) }
    }

    static func asciiSingular(_ bytes: UnsafeBufferPointer<UInt8>, word: String) -> String {
        let count = bytes.count
        guard count >= 3, bytes[count - 1] == UInt8(ascii: "s") else { return word }
        let tail = UInt32(count >= 4 ? bytes[count - 4] : 0) << 24 | UInt32(bytes[count - 3]) << 16
            | UInt32(bytes[count - 2]) << 8 | UInt32(bytes[count - 1])
        guard let cut = SingularRule.cut(count: count, tail: tail) else { return word }
        let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<(count - cut.drop)]), as: UTF8.self)
        return cut.y ? stem + "y" : stem
    }

    /// Punctuation kept as tokens: list separators and clause marks. Anything else that is not
    /// part of a word (spaces, hyphens, quotes) only separates words. A switch, not a Set: this
    /// runs once per scalar of every document.
    /// The token text of a kept punctuation mark (`String(scalar)`), nil for any other scalar.
    /// Literals: a `String` built per mark was a share of the tokenizer's time.
    static func keptPunctuation(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case ",": ","
        case ";": ";"
        case ":": ":"
        case "(": "("
        case ")": ")"
        case "/": "/"
        case "#": "#"
        case ".": "."
        case "!": "!"
        case "?": "?"
        case "%": "%"
        case "&": "&"
        case "*": "*"
        case "\u{2013}": "\u{2013}"
        case "\u{2014}": "\u{2014}"
        case "\u{2022}": "\u{2022}"
        default: nil
        }
    }

    static func isKeptPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "(", ")", "/", "#", ".", "!", "?", "%", "&", "*", "\u{2013}", "\u{2014}", "\u{2022}": true
        default: false
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }
}
