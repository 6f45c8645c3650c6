import Testing
@testable import BreachDiff

/// Session 5: the extractors' hot look-ups became hashed probes and byte tests (docs/performance.md,
/// "Session 5, extractors"). Each fast path must answer as the code it replaced, kept here as the
/// reference, on generated words and sentences (seeded, so a failure repeats).
@Suite struct ExtractionSpeedupRound5Tests {
    /// `WordToken.singular(of:)` before session 5 (an array of the last four bytes per word).
    static func referenceSingular(_ word: String) -> String {
        let bytes = word.utf8
        let count = bytes.count
        guard count >= 3, bytes.last == UInt8(ascii: "s") else { return word }
        let tail = Array(bytes.suffix(4))
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard tail.count >= length else { return false }
            return suffix.withUTF8Buffer { tail.suffix(length).elementsEqual($0) }
        }
        if count > 4, ends("ies") { return String(word.dropLast(3)) + "y" }
        if ends("sses") { return String(word.dropLast(2)) }
        if ends("ss") || ends("us") { return word }
        return String(word.dropLast())
    }

    /// `NumberWords.spelled` before session 5.
    static func referenceSpelled(_ word: String) -> Int64? {
        var ascii = true, hyphen = false
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte == UInt8(ascii: "-") { hyphen = true }
        }
        if ascii, !hyphen { return NumberWords.small[word] }
        if let value = NumberWords.small[word] { return value }
        guard let hyphen = word.firstIndex(of: "-") else { return nil }
        guard let tens = NumberWords.small[String(word[..<hyphen])], tens >= 20, tens % 10 == 0,
              let unit = NumberWords.small[String(word[word.index(after: hyphen)...])], unit > 0, unit < 10 else { return nil }
        return tens + unit
    }

    /// Words with every ending the singular rules test, ASCII and not.
    static let words: [String] = {
        let stems = ["a", "ab", "addr", "bu", "ci", "pass", "st", "ti", "caf\u{00E9}", "na\u{00EF}v", "\u{0600}", "e\u{0301}", "x"]
        let endings = ["", "s", "es", "ies", "ss", "sses", "us", "ys", "s\u{0301}", "ie", "sse", "e"]
        var result: [String] = []
        for stem in stems { for ending in endings { result.append(stem + ending) } }
        result += ["s", "ss", "sss", "ies", "1ies", "2s", "ssss", "seven", "thirty-seven", "ninety-nine", "twenty-",
                   "-one", "one-two", "hundred", "a", "an", "the", "tens", "seventeen", "seventeens", "forty\u{2010}two"]
        return result
    }()

    @Test("WordToken.singular answers as before")
    func singular() {
        for word in Self.words {
            #expect(WordToken.singular(of: word) == Self.referenceSingular(word), "\(word)")
        }
    }

    @Test("The tokenizer's ASCII singular is WordToken.singular")
    func asciiSingular() {
        for word in Self.words where word.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(WordTokenizer.asciiSingular(Array(word.utf8), word: word) == WordToken.singular(of: word), "\(word)")
        }
    }

    @Test("Kept punctuation literals are String(scalar)")
    func keptPunctuation() {
        for value in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: String? = WordTokenizer.isKeptPunctuation(scalar) ? String(scalar) : nil
            #expect(WordTokenizer.keptPunctuation(scalar) == expected)
        }
    }

    @Test("Spelled numbers answer as before")
    func spelled() {
        let words = Self.words + NumberWords.small.keys.map { $0 } + NumberWords.small.keys.map { "twenty-" + $0 }
        for word in words {
            #expect(NumberWords.spelled(word) == Self.referenceSpelled(word), "\(word)")
        }
    }

    @Test("Cue flags by probe equal the dictionary")
    func cueFlags() {
        for word in Array(ExposureCues.flagTable.keys) + Self.words {
            #expect(ExposureCues.flags(of: word) == ExposureCues.flagTable[word], "\(word)")
        }
    }

    /// Sentences of lexicon phrases, cue words, filler and marks, in seeded random order.
    static func sentences(count: Int) -> [String] {
        var generator = Round5Random(seed: 5)
        let phrases = DataTypeSpellings.allTables.flatMap { $0.1 }.map { String($0.drop { $0 == "~" || $0 == "+" }) }
            + DataTypeSpellings.blockers
        let fillers = ["the", "and", "or", "of", "were", "stolen", "not", "names", "numbers", "data", "/", "#", ",", ";",
                       "Customers'", "driver\u{2019}s", "e-mail", "(", ")", ":", "accessed", "included", "their"]
        return (0..<count).map { _ in
            (0..<Int.random(in: 3...14, using: &generator)).map { _ in
                Bool.random(using: &generator) ? phrases.randomElement(using: &generator)! : fillers.randomElement(using: &generator)!
            }.joined(separator: " ")
        }
    }

    @Test("The sealed lexicon finds the phrases the dictionary trie finds")
    func sealedLexicon() {
        let sealed = DataTypeLexicon.standard
        // Inserting a phrase again drops the sealed tables: the same trie, walked by dictionaries.
        var plain = sealed
        plain.insert(DataTypeSpellings.blockers[0], DataTypeLexicon.Entry(key: nil))
        for sentence in Self.sentences(count: 600) {
            let tokens = WordTokenizer.tokens(of: sentence, base: 0)
            #expect(sealed.matches(in: tokens) == plain.matches(in: tokens), "\(sentence)")
        }
    }

    @Test("A token NumberParser.mayStart turns away starts no number")
    func mayStart() {
        let texts = ["a million", "about 5-7 million people", "half a billion", "tens of thousands of records",
                     "thirty-seven million", "$3.5bn in 2021", "seven days", "an estimated 2,000", "the 100M+ rows",
                     "hundreds of millions", "one hundred thousand", "\u{00E9}tait 5 million"]
            + Self.sentences(count: 200)
        for text in texts {
            let tokens = TextTokenizer.tokens(of: text)
            for index in tokens.indices where !NumberParser.mayStart(tokens[index]) {
                #expect(NumberParser.mention(in: tokens, at: index) == nil, "\(text) @\(index)")
            }
        }
    }
}

/// `FactJSONWriter` writes dates digit by digit within 0...9999 and two-digit months and days,
/// and through `description` outside: both must be the bytes of `FactRow`.
@Suite struct FactJSONDateRound5Tests {
    @Test("Dates at and past the digit-writing range are written as FactRow writes them")
    func edgeDates() {
        for year in [-5, 0, 7, 99, 2021, 9999, 10_000, 123_456] {
            for month in [nil, 0, 1, 12, 99, 100, -1] as [Int?] {
                for day in [nil, 1, 31, 100, -3] as [Int?] {
                    var date = PartialDate(year: year, month: month)
                    date.day = day
                    let fact = Fact(file: "f", start: 0, end: 1, quote: "q", source: .company, stance: .confirmed,
                                    payload: .date(DateFact(event: .discovered, value: date, qualifier: .exact, expression: "x")))
                    var expected: [UInt8] = []
                    FactRow(fact, published: date).write(into: &expected)
                    var written: [UInt8] = []
                    FactJSONWriter.write(fact, published: date, into: &written)
                    #expect(written == expected, "\(date)")
                }
            }
        }
    }
}

/// A small seeded generator (SplitMix64), so generated cases repeat.
private struct Round5Random: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
