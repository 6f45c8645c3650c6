import Testing
@testable import BreachDiff

/// Session 7: faster forms of the date tokenizer, the number precheck and the JSON row's enum
/// columns (docs/performance.md, "Session 7, extractors"). Each must answer as the code it
/// replaced, kept here as the reference, on generated text (seeded, so a failure repeats) and on
/// the corpus documents.
@Suite struct ExtractionSpeedupRound7Tests {
    /// `DateTokenizer.tokens(of:)` before session 7.
    static func referenceDateTokens(_ scalars: [Unicode.Scalar]) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = 0
        var sawSpace = false
        var sawLine = true
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            let value = scalar.value
            if value == 10 || value == 13 || value == 0x2028 || value == 0x2029 {
                sawLine = true
                sawSpace = true
                index += 1
                continue
            }
            if value == 32 || value == 9 || value == 0xA0
                || (value < 0x80 ? value >= 11 && value <= 12 : scalar.properties.isWhitespace) {
                sawSpace = true
                index += 1
                continue
            }
            var token = DateToken(kind: .punctuation, start: index, end: index + 1, key: UInt64(value))
            token.spaceBefore = sawSpace
            token.lineBefore = sawLine
            if value >= 48 && value <= 57 {
                var number = 0
                var end = index
                while end < count, scalars[end].value >= 48, scalars[end].value <= 57 {
                    number = number < 100_000_000 ? number * 10 + Int(scalars[end].value - 48) : number
                    end += 1
                }
                token.kind = .number
                token.number = number
                token.digits = end - index
                token.end = end
            } else if DateTokenizer.isLetter(scalar) {
                var hash = DateTokenizer.offsetBasis
                var end = index
                while end < count, DateTokenizer.isLetter(scalars[end]) {
                    hash = (hash ^ UInt64(DateTokenizer.lowered(scalars[end].value))) &* DateTokenizer.prime
                    end += 1
                }
                token.kind = .word
                token.key = hash
                token.capitalized = value >= 65 && value <= 90 || (value >= 128 && scalar.properties.isUppercase)
                token.end = end
            }
            tokens.append(token)
            index = token.end
            sawSpace = false
            sawLine = false
        }
        return tokens
    }

    /// Pieces with every class the tokenizers tell apart: ASCII letters of both cases, digits,
    /// every ASCII control and space, line separators, no-break and other Unicode spaces,
    /// accented and non-Latin letters, combining marks, symbols and numbers beyond ASCII.
    static let pieces: [String] = {
        var result = ["a", "Z", "m", "q", "7", "0", "9", " ", "\t", "\n", "\r", "\u{B}", "\u{C}", "\u{85}", "\u{A0}",
                      "\u{2028}", "\u{2029}", "\u{2003}", "\u{3000}", "\u{E9}", "\u{C9}", "\u{3A3}", "\u{436}", "\u{5D0}",
                      "\u{301}", "\u{2019}", "\u{201C}", "\u{2013}", "\u{BD}", "\u{663}", "\u{1F600}", "\u{FF21}",
                      "million", "Illion", "thoUSAnd", "usa", "lli", "2024", "1,000", "3.5", "Jan.", "l", "i", "s", "u"]
        for value in 0..<0x80 { result.append(String(Unicode.Scalar(UInt8(value)))) }
        return result
    }()

    static func randomText(_ random: inout FactJSONWriterTests.Seeded, pieces count: Int) -> [Unicode.Scalar] {
        var text = ""
        for _ in 0..<count { text += pieces[random.below(pieces.count)] }
        return Array(text.unicodeScalars)
    }

    @Test("DateTokenizer gives the tokens of the loop it replaced")
    func dateTokens() {
        var random = FactJSONWriterTests.Seeded(state: 7)
        for round in 0..<3_000 {
            let scalars = Self.randomText(&random, pieces: round % 40)
            #expect(DateTokenizer.tokens(of: scalars) == Self.referenceDateTokens(scalars), "\(scalars)")
        }
        for document in ExtractionSpeedupRound3Tests.documents() {
            let scalars = Array(document.text.unicodeScalars)
            #expect(DateTokenizer.tokens(of: scalars) == Self.referenceDateTokens(scalars), "\(document.file)")
        }
    }

    @Test("The scalar number precheck answers as the String one")
    func mayHoldNumber() {
        var random = FactJSONWriterTests.Seeded(state: 70)
        for round in 0..<5_000 {
            let scalars = Self.randomText(&random, pieces: round % 12)
            let text = String(String.UnicodeScalarView(scalars))
            #expect(ExtractionInput.mayHoldNumber(scalars) == CountExtractor.mayHoldNumber(text), "\(scalars)")
        }
    }

    @Test("Every enum column of a row is written as FactRow writes it")
    func enumColumns() {
        for type in FactType.allCases {
            for source in SourceRole.allCases {
                for stance in Stance.allCases {
                    for qualifier in CountQualifier.allCases {
                        let payload: FactPayload = switch type {
                        case .count: .count(CountFact(value: 5, unit: "people", qualifier: qualifier))
                        case .date: .date(DateFact(event: .discovered, value: nil, qualifier: .exact, expression: "May"))
                        case .dataType: .dataType(DataTypeFact(key: DataTypeKey.allCases[0], status: .exposed))
                        case .money: .money(MoneyFact(event: .fine, value: 1, currency: "USD"))
                        case .vector: .vector("phishing")
                        case .actor: .actor("a group")
                        }
                        let fact = Fact(file: "f.html", start: 1, end: 2, quote: "q", source: source, stance: stance, payload: payload)
                        #expect(fact.type == type)
                        FactJSONWriterTests.check(fact, published: nil)
                    }
                }
            }
        }
    }

    /// `WordTokenizer.tokens(in:range:offset:)` before session 7: every word built in a byte buffer
    /// (or a scalar view once a letter is not ASCII), then decoded.
    static func referenceWordTokens(_ scalars: [Unicode.Scalar], range: Range<Int>, offset: Int) -> [WordToken] {
        var result: [WordToken] = []
        var buffer: [UInt8] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = scalars[index]
            guard WordTokenizer.isWordScalar(scalar) else {
                if let mark = WordTokenizer.keptPunctuation(scalar) {
                    result.append(WordToken(kind: .punctuation, word: mark, singular: mark, start: offset + index, end: offset + index + 1))
                }
                index += 1
                continue
            }
            let start = index
            let numeric = WordTokenizer.isDigit(scalar)
            var ascii = true
            var apostropheBeforeT = false
            buffer.removeAll(keepingCapacity: true)
            var wide = String.UnicodeScalarView()
            while index < end {
                let current = scalars[index]
                if WordTokenizer.isWordScalar(current) {
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
                } else if WordTokenizer.isApostrophe(current), index > start {
                    let next: Unicode.Scalar = index + 1 < end ? scalars[index + 1] : " "
                    if WordTokenizer.isWordScalar(next) {
                        if next == "t" || next == "T" { apostropheBeforeT = true }
                        index += 1
                    } else if scalars[index - 1] == "s" || scalars[index - 1] == "S" {
                        index += 1
                        break
                    } else {
                        break
                    }
                } else if numeric, current == "," || current == ".", index + 1 < end, WordTokenizer.isDigit(scalars[index + 1]) {
                    if ascii { buffer.append(UInt8(current.value)) } else { wide.append(current) }
                    index += 1
                } else {
                    break
                }
            }
            let word = ascii ? String(decoding: buffer, as: UTF8.self) : String(wide)
            let singular = numeric ? word : WordToken.singular(of: word)
            var token = WordToken(kind: numeric ? .number : .word, word: word, singular: singular,
                                  start: offset + start, end: offset + index)
            token.contractedNegation = apostropheBeforeT && word.hasSuffix("nt")
            result.append(token)
        }
        return result
    }

    /// Word pieces for the tokenizer: apostrophes inside and after words, contractions, numbers
    /// with separators, plurals of every ending, kept and skipped punctuation.
    static let wordPieces: [String] = pieces + [
        "'", "\u{2019}", "n't", "N\u{2019}T", "wasn't", "drivers'", "driver\u{2019}s", "Jones'", "1,000.5", "3.", ",5",
        "addresses", "Addresses", "policies", "PASS", "status", "bus", "classes", "ies", "1ies", "e-mail", "SSNs",
        ",", ";", ":", "(", ")", "/", "#", ".", "!", "?", "%", "&", "*", "\u{2013}", "\u{2014}", "\u{2022}", "caf\u{E9}s",
        "na\u{EF}ve", "\u{130}", "\u{DF}s",
    ]

    @Test("WordTokenizer gives the tokens of the loop it replaced")
    func wordTokens() {
        var random = FactJSONWriterTests.Seeded(state: 77)
        for round in 0..<4_000 {
            var text = ""
            for _ in 0..<(round % 30) { text += Self.wordPieces[random.below(Self.wordPieces.count)] }
            let scalars = Array(text.unicodeScalars)
            let lower = scalars.isEmpty ? 0 : random.below(scalars.count)
            let range = lower..<(lower + random.below(scalars.count - lower + 1))
            #expect(WordTokenizer.tokens(in: scalars, range: range, offset: round)
                == Self.referenceWordTokens(scalars, range: range, offset: round), "\(scalars) \(range)")
        }
        for document in ExtractionSpeedupRound3Tests.documents() {
            let scalars = Array(document.text.unicodeScalars)
            #expect(WordTokenizer.tokens(in: scalars, range: 0..<scalars.count, offset: 0)
                == Self.referenceWordTokens(scalars, range: 0..<scalars.count, offset: 0), "\(document.file)")
        }
    }

    @Test("Number mention tables sharing a document's arrays answer as tables of their own")
    func sharedMentionTables() {
        for document in ExtractionSpeedupRound3Tests.documents() {
            let sentences = SentenceSplitter().sentences(of: document)
            let tokens = sentences.map { ExtractionInput.numberTokens(of: Array($0.text.unicodeScalars)) }
            let shared = NumberMentionTable.tables(for: tokens)
            #expect(shared.count == tokens.count)
            for (index, sentenceTokens) in tokens.enumerated() {
                guard let sentenceTokens else {
                    #expect(shared[index] == nil)
                    continue
                }
                let own = NumberMentionTable(tokens: sentenceTokens)
                for position in -1...sentenceTokens.count {
                    let expected = position >= 0 ? NumberParser.mention(in: sentenceTokens, at: position) : nil
                    #expect(shared[index]?.mention(at: position) == expected, "\(document.file) \(index) \(position)")
                    #expect(own.mention(at: position) == expected)
                }
            }
        }
    }
}
