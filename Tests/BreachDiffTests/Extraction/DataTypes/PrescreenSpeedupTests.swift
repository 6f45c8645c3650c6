import Testing
@testable import BreachDiff

/// Session 4: `DataTypePrescreen.needsAnalysis` hashes each word in one tight loop and works out
/// the shorter hashes of the singular rules only when a rule cuts the word (docs/performance.md).
/// It must answer as the former scan, which folded every hash at every letter (`FoldedWord`, kept
/// in the tests as the reference), on every segment of the corpus documents and on generated text.
@Suite struct PrescreenSpeedupTests {
    /// The scan before session 4, rule for rule.
    static func reference(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        var words: [UInt64] = []
        var current = FoldedWord()
        var lastMark: Unicode.Scalar = " "
        for index in range {
            let scalar = scalars[index]
            let code = scalar.value
            if (code >= 0x61 && code <= 0x7A) || (code >= 0x41 && code <= 0x5A) || (code >= 0x30 && code <= 0x39) {
                current.append(UInt8(code >= 0x41 && code <= 0x5A ? code + 0x20 : code))
                lastMark = " "
            } else if current.count > 0, scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if code >= 0x80, scalar.properties.isAlphabetic {
                return true
            } else {
                if current.count > 0 {
                    words.append(current.singularHash)
                    current = FoldedWord()
                }
                if scalar == "/" {
                    words.append(DataTypePrescreen.slash)
                } else if scalar == "#" {
                    words.append(DataTypePrescreen.hashMark)
                } else if WordTokenizer.isKeptPunctuation(scalar) {
                    words.append(DataTypePrescreen.breakToken)
                }
                if scalar != " " { lastMark = scalar }
            }
        }
        if current.count > 0 { words.append(current.singularHash) }
        if lastMark == ":" { return true }
        let (single, chains) = DataTypePrescreen.tables
        for (index, word) in words.enumerated() {
            let flags = single.flags(word)
            guard flags != 0 else { continue }
            if flags & DataTypePrescreen.marker != 0 { return true }
            if flags & DataTypePrescreen.modifier != 0, index + 1 < words.count,
               single.flags(words[index + 1]) & DataTypePrescreen.conjunction != 0 {
                return true
            }
            guard flags & DataTypePrescreen.startsPhrase != 0 else { continue }
            var chain = DataTypePrescreen.combine(DataTypePrescreen.seed, word)
            var next = index + 1
            while true {
                let found = chains.flags(chain)
                if found & DataTypePrescreen.phrase != 0 { return true }
                guard found & DataTypePrescreen.prefix != 0, next < words.count else { break }
                chain = DataTypePrescreen.combine(chain, words[next])
                next += 1
            }
        }
        return false
    }

    @Test("Every segment of the corpus documents gets the former answer")
    func corpusSegments() {
        var needed = 0, skipped = 0
        var prescreen = DataTypePrescreen()
        for document in ExtractionSpeedupRound3Tests.documents() {
            let scalars = Array(document.text.unicodeScalars)
            for sentence in SentenceSplitter().sentences(of: document) {
                let range = max(0, sentence.start)..<min(scalars.count, max(sentence.start, sentence.end))
                for segment in SegmentSplitter.segments(of: scalars, in: range) {
                    let expected = Self.reference(scalars, in: segment)
                    #expect(prescreen.needsAnalysis(scalars, in: segment) == expected, "\(document.file) \(segment)")
                    if expected { needed += 1 } else { skipped += 1 }
                }
            }
        }
        #expect(needed > 0 && skipped > 0)
    }

    /// Pieces for generated text: data-type words and their plurals (every singular rule),
    /// apostrophes inside and around words, digits, the marks that end phrases, a colon, non-ASCII
    /// letters and punctuation.
    static let pieces = [
        "name", "names", "address", "addresses", "email", "emails", "social", "security", "number", "numbers",
        "date", "of", "birth", "policies", "policy", "identities", "status", "campus", "ss", "boss", "bus", "s",
        "passwords", "card", "cards", "driver's", "drivers\u{2019}", "license", "'", "\u{2019}", "'s", "and", "or",
        "none", "financial", "personal", "details", "ip", "IP", "Address", "NAMES", "1990s", "2s", "phone", "/", "#",
        ",", ";", ":", ".", "(", ")", "\u{2014}", "\u{2022}", "\u{201C}", "\u{E9}t\u{E9}", "\u{00BD}", " ", " ", " ",
    ]

    @Test("Generated text gets the former answer on every range")
    func generatedText() {
        var random = FactJSONWriterTests.Seeded(state: 77)
        var prescreen = DataTypePrescreen()
        var needed = 0
        for _ in 0..<1_500 {
            let text = (0..<(1 + random.below(14))).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined(separator: random.below(3) == 0 ? "" : " ")
            let scalars = Array(text.unicodeScalars)
            let lower = random.below(scalars.count + 1)
            let upper = lower + random.below(scalars.count - lower + 1)
            for range in [0..<scalars.count, lower..<upper] {
                let expected = Self.reference(scalars, in: range)
                #expect(prescreen.needsAnalysis(scalars, in: range) == expected, "\(text) \(range)")
                if expected { needed += 1 }
            }
        }
        #expect(needed > 100)
    }
}
