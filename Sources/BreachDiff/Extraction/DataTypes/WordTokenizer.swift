/// Splits a sentence into `WordToken`s in one pass over its Unicode scalars.
///
/// Offsets are document offsets: `base` plus the scalar index in the sentence text.
enum WordTokenizer {
    /// Punctuation kept as tokens: list separators and clause marks. Anything else that is not
    /// part of a word (spaces, hyphens, quotes) only separates words.
    private static let keptPunctuation: Set<Unicode.Scalar> = [
        ",", ";", ":", "(", ")", "/", "#", ".", "!", "?", "%", "&", "\u{2013}", "\u{2014}", "*", "\u{2022}",
    ]

    static func tokens(of text: String, base: Int) -> [WordToken] {
        tokens(of: Array(text.unicodeScalars), base: base)
    }

    static func tokens(of scalars: [Unicode.Scalar], base: Int) -> [WordToken] {
        var result: [WordToken] = []
        result.reserveCapacity(scalars.count / 5)
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                let start = index
                let numeric = isDigit(scalar)
                var lowered = String.UnicodeScalarView()
                var apostropheBeforeT = false
                while index < count {
                    let current = scalars[index]
                    if isWordScalar(current) {
                        for lower in current.properties.lowercaseMapping.unicodeScalars { lowered.append(lower) }
                        index += 1
                    } else if isApostrophe(current), index > start {
                        // Inside a word ("driver’s") or closing a plural possessive ("drivers’").
                        let next = index + 1 < count ? scalars[index + 1] : " "
                        if isWordScalar(next) {
                            if next == "t" || next == "T" { apostropheBeforeT = true }
                            index += 1
                        } else if scalars[index - 1] == "s" || scalars[index - 1] == "S" {
                            index += 1
                            break
                        } else {
                            break
                        }
                    } else if numeric, current == "," || current == ".", index + 1 < count, isDigit(scalars[index + 1]) {
                        lowered.append(current)
                        index += 1
                    } else {
                        break
                    }
                }
                let word = String(lowered)
                var token = WordToken(
                    kind: numeric ? .number : .word, word: word,
                    singular: numeric ? word : WordToken.singular(of: word),
                    start: base + start, end: base + index
                )
                token.contractedNegation = apostropheBeforeT && word.hasSuffix("nt")
                result.append(token)
            } else {
                if keptPunctuation.contains(scalar) {
                    let mark = String(scalar)
                    result.append(WordToken(kind: .punctuation, word: mark, singular: mark, start: base + index, end: base + index + 1))
                }
                index += 1
            }
        }
        return result
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
