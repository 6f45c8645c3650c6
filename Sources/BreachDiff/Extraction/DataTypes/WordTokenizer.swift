/// Splits text into `WordToken`s in one pass over its Unicode scalars.
///
/// Works on a range of a scalar array shared by the whole document, so no sentence is decoded
/// twice; offsets are `offset` plus the scalar index. ASCII words (nearly all of them) are built
/// from a reused byte buffer, which is several times faster than appending scalars to a String.
enum WordTokenizer {
    static func tokens(of text: String, base: Int) -> [WordToken] {
        let scalars = Array(text.unicodeScalars)
        return tokens(in: scalars, range: 0..<scalars.count, offset: base)
    }

    static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>, offset: Int) -> [WordToken] {
        var result: [WordToken] = []
        result.reserveCapacity(range.count / 5)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
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
                    // Inside a word ("driver’s") or closing a plural possessive ("drivers’").
                    let next: Unicode.Scalar = index + 1 < end ? scalars[index + 1] : " "
                    if isWordScalar(next) {
                        if next == "t" || next == "T" { apostropheBeforeT = true }
                        index += 1
                    } else if scalars[index - 1] == "s" || scalars[index - 1] == "S" {
                        index += 1
                        break
                    } else {
                        break
                    }
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

    /// Punctuation kept as tokens: list separators and clause marks. Anything else that is not
    /// part of a word (spaces, hyphens, quotes) only separates words. A switch, not a Set: this
    /// runs once per scalar of every document.
    /// `WordToken.singular(of: word)` for an ASCII word whose bytes are `bytes`: the same rules on
    /// the buffer, where a dropped character is a dropped byte. Why: the `String` form drops
    /// `Character`s, which cost more than building the word.
    static func asciiSingular(_ bytes: [UInt8], word: String) -> String {
        let count = bytes.count
        let s = UInt8(ascii: "s")
        guard count >= 3, bytes[count - 1] == s else { return word }
        let last2 = bytes[count - 2], last3 = bytes[count - 3]
        if count > 4, last3 == UInt8(ascii: "i"), last2 == UInt8(ascii: "e") {
            return String(decoding: bytes[0..<(count - 3)], as: UTF8.self) + "y"
        }
        if count >= 4, bytes[count - 4] == s, last3 == s, last2 == UInt8(ascii: "e") {
            return String(decoding: bytes[0..<(count - 2)], as: UTF8.self)
        }
        if last2 == s || last2 == UInt8(ascii: "u") { return word }
        return String(decoding: bytes[0..<(count - 1)], as: UTF8.self)
    }

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
