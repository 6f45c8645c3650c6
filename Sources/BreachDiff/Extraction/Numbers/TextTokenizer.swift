/// Splits text into `TextToken`s in one pass over its scalars.
public enum TextTokenizer {
    /// The tokens of `text`, with offsets relative to its first scalar.
    public static func tokens(of text: String) -> [TextToken] {
        tokens(of: Array(text.unicodeScalars))
    }

    /// The tokens of `scalars`, with offsets relative to the first one.
    public static func tokens(of scalars: [Unicode.Scalar]) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var position = 0
        var spaced = true
        let count = scalars.count
        while position < count {
            let scalar = scalars[position]
            if ScalarText.isWhitespace(scalar) {
                spaced = true
                position += 1
                continue
            }
            let start = position
            if isDigit(scalar) {
                position += 1
                // Grouping commas and one decimal point only count when a digit follows, so
                // "2019, the" keeps its comma as a separate symbol.
                while position < count {
                    let next = scalars[position]
                    if isDigit(next) {
                        position += 1
                    } else if (next == "," || next == "."), position + 1 < count, isDigit(scalars[position + 1]) {
                        position += 2
                    } else {
                        break
                    }
                }
                tokens.append(TextToken(kind: .number, text: asciiString(scalars[start..<position]), start: start,
                                        end: position, spaced: spaced))
            } else if isLetter(scalar) {
                position = wordEnd(in: scalars, from: start)
                tokens.append(TextToken(kind: .word, text: lowercased(scalars[start..<position]), start: start, end: position,
                                        spaced: spaced, capitalized: CueTokenizer.isUppercase(scalar)))
            } else {
                position += 1
                tokens.append(TextToken(kind: .symbol, text: symbol(scalar), start: start, end: position, spaced: spaced))
            }
            spaced = false
        }
        return tokens
    }

    /// The end of the word starting at `start`: letters and digits joined by single inner
    /// hyphens or apostrophes, or a dotted abbreviation of single letters ("u.s.", "u.k.").
    private static func wordEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        let count = scalars.count
        var pairs = 0
        var dotted = start
        while dotted + 1 < count, isLetter(scalars[dotted]), scalars[dotted + 1] == ".",
              dotted + 2 >= count || !isLetter(scalars[dotted + 2]) || (dotted + 3 < count && scalars[dotted + 3] == ".") {
            dotted += 2
            pairs += 1
        }
        // Two letter-dot pairs at least: a lone "A." is a word and a full stop.
        if pairs >= 2 { return dotted }
        var position = start + 1
        while position < count {
            let scalar = scalars[position]
            if isLetter(scalar) || isDigit(scalar) {
                position += 1
            } else if scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2010}" {
                guard position + 1 < count, isLetter(scalars[position + 1]) else { break }
                position += 2
            } else {
                break
            }
        }
        return position
    }

    /// `String(scalar)`, with the common marks as literals: building a `String` per comma and
    /// full stop was a share of the tokenizer's time.
    @inline(__always)
    private static func symbol(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case ",": ","
        case ".": "."
        case "(": "("
        case ")": ")"
        case "$": "$"
        case "%": "%"
        case "-": "-"
        case ":": ":"
        case ";": ";"
        case "/": "/"
        case "\u{2019}": "\u{2019}"
        case "\u{201C}": "\u{201C}"
        case "\u{201D}": "\u{201D}"
        default: String(scalar)
        }
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        return scalar.properties.isAlphabetic
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        ScalarText.string(scalars)
    }

    /// The string of ASCII scalars (a number token's digits, commas and point), one byte each.
    /// Why: `ScalarText.string` asks for four bytes a scalar, so a number of four digits or more
    /// got a heap-allocated string; asking for its exact length keeps it a small string.
    private static func asciiString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var index = 0
            for scalar in scalars {
                buffer[index] = UInt8(truncatingIfNeeded: scalar.value)
                index += 1
            }
            return index
        }
    }

    /// `string(scalars).lowercased()`. Why: `lowercased()` maps scalar by scalar through the
    /// Unicode tables and was most of the tokenizer's time; an ASCII word is lower-cased by bit
    /// as it is written (its full mapping is the same), other words keep `lowercased()`.
    private static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        // One pass: the bytes are written while the word is checked to be ASCII (a separate
        // check first walked every word twice); a non-ASCII word drops what was written.
        var ascii = true
        let lowered = String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var index = 0
            for scalar in scalars {
                guard scalar.value < 0x80 else {
                    ascii = false
                    return 0
                }
                let value = UInt8(truncatingIfNeeded: scalar.value)
                buffer[index] = value >= 0x41 && value <= 0x5A ? value | 0x20 : value
                index += 1
            }
            return index
        }
        return ascii ? lowered : string(scalars).lowercased()
    }
}
