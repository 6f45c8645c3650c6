import Testing
@testable import BreachDiff

/// Session 8: allocation-free forms of the count qualifier reader and of number tokens, and the
/// narrow `DateToken` (docs/performance.md, "Session 8, extractors"). Each must answer as the code
/// it replaced, kept here as the reference, on generated text (seeded) and on the corpus documents.
@Suite struct ExtractionSpeedupRound8Tests {
    /// `CountQualifierReader.read(in:before:)` before session 8: the qualifiers found in an array.
    static func referenceQualifier(in tokens: [TextToken], before index: Int) -> (qualifier: CountQualifier, start: Int) {
        var position = index
        var found: [CountQualifier] = []
        var start = index
        for _ in 0..<2 {
            while position > 0, tokens[position - 1].kind == .symbol,
                  CountQualifierReader.quotes.contains(tokens[position - 1].text) {
                position -= 1
            }
            guard let match = referencePhrase(in: tokens, endingAt: position) else { break }
            found.append(match.qualifier)
            position -= match.words.count
            start = position
        }
        found.removeAll { $0 == .range }
        let qualifier = found.first { $0 != .approximately } ?? found.first ?? .exact
        return (qualifier, found.isEmpty ? index : start)
    }

    static func referencePhrase(in tokens: [TextToken], endingAt end: Int) -> (words: [String], qualifier: CountQualifier)? {
        guard end > 0 else { return nil }
        for entry in CountQualifierReader.phrases where entry.words.count <= end {
            let first = end - entry.words.count
            if entry.words.indices.allSatisfy({ tokens[first + $0].text == entry.words[$0] }) { return entry }
        }
        return nil
    }

    /// Words of every qualifier phrase, quote marks, numbers and other words, so that one, two and
    /// three qualifiers (ranges among them) stand before numbers.
    static let qualifierPieces: [String] = {
        var words = Set<String>()
        for entry in CountQualifierReader.phrases { words.formUnion(entry.words) }
        return words.sorted() + ["“", "\"", "'", "5", "1,000", "2.5", "million", "people", "the", "of", ",", "$"]
    }()

    @Test("The count qualifier reader answers as the array form it replaced")
    func qualifiers() {
        var random = FactJSONWriterTests.Seeded(state: 8)
        for round in 0..<4_000 {
            var text: [String] = []
            for _ in 0..<(1 + round % 9) { text.append(Self.qualifierPieces[random.below(Self.qualifierPieces.count)]) }
            let tokens = TextTokenizer.tokens(of: text.joined(separator: " "))
            for index in 0...tokens.count {
                let fast = CountQualifierReader.read(in: tokens, before: index)
                let reference = Self.referenceQualifier(in: tokens, before: index)
                #expect(fast.qualifier == reference.qualifier && fast.start == reference.start, "\(text) at \(index)")
            }
        }
        for document in ExtractionSpeedupRound3Tests.documents() {
            let tokens = TextTokenizer.tokens(of: document.text)
            for index in tokens.indices where tokens[index].kind == .number {
                let fast = CountQualifierReader.read(in: tokens, before: index)
                let reference = Self.referenceQualifier(in: tokens, before: index)
                #expect(fast.qualifier == reference.qualifier && fast.start == reference.start, "\(document.file) at \(index)")
            }
        }
    }

    @Test("Number tokens hold the text ScalarText.string gives")
    func numberTokenText() {
        var random = FactJSONWriterTests.Seeded(state: 80)
        var texts = (0..<3_000).map { round in ExtractionSpeedupRound7Tests.randomText(&random, pieces: round % 40) }
        texts += ExtractionSpeedupRound3Tests.documents().map { Array($0.text.unicodeScalars) }
        texts.append(Array("12345678901234567890,123.45 and 1,000,000,000,000.5".unicodeScalars))
        for scalars in texts {
            for token in TextTokenizer.tokens(of: scalars) where token.kind == .number {
                #expect(token.text == ScalarText.string(scalars[token.start..<token.end]))
            }
        }
    }

    @Test("A DateToken keeps offsets, saturated numbers and digit counts")
    func narrowDateToken() {
        let scalars = Array("999999999999 on 12 March 2024, 000123".unicodeScalars)
        let tokens = DateTokenizer.tokens(of: scalars)
        #expect(tokens.first?.number == 999_999_999 && tokens.first?.digits == 12)
        #expect(tokens.last?.number == 123 && tokens.last?.digits == 6 && tokens.last?.end == scalars.count)
        var token = DateToken(kind: .word, start: 3_000_000, end: 3_000_007, key: 1)
        token.end += 1
        #expect(token.start == 3_000_000 && token.end == 3_000_008)
    }
}
