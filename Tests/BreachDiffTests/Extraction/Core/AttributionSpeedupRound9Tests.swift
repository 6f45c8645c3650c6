import Testing
@testable import BreachDiff

/// Session 9: `PhraseSet` keeps its phrases' words in one flat array (it kept an array per phrase,
/// copied out on every try). Matches must come in the same order as before: per token, the phrases
/// of its first word in list order, then the `*` prefix phrases. `WordSet` and `PhraseSet` test
/// a bit of the token's key before probing their tables; a token must be found exactly as before.
@Suite struct AttributionSpeedupRound9Tests {
    /// Phrases that share first words, differ in length, end past the sentence, repeat a word and
    /// start or continue with `*` prefix words.
    static let phrases = [
        "not", "not been accessed", "not been", "no evidence", "not accessed", "according to", "according to the",
        "impersonat*", "the company", "the company's statement", "un* access", "was not", "per", "the",
    ]

    static let sentences = [
        "The company said it was not accessed and not been accessed, according to the company.",
        "No evidence: unauthorised access, impersonated staff, unusual access per the company's statement.",
        "not", "the", "", "Not been", "according to", "According to the Company's statement the company not",
    ]

    /// The matches as the session-8 layout found them: each phrase tried at each token with the
    /// string comparison `PhraseSet.matches`, ordered per token as `matches(in:)` orders them.
    static func reference(_ set: PhraseSet, _ tokens: [CueToken], range: Range<Int>) -> [PhraseSet.Match] {
        let words = set.phrases.map { $0.split(separator: " ").map(String.init) }
        var result: [PhraseSet.Match] = []
        for position in range {
            let exact = words.indices.filter { !words[$0][0].hasSuffix("*") }
            let prefixed = words.indices.filter { words[$0][0].hasSuffix("*") }
            for number in exact + prefixed where PhraseSet.matches(words[number], tokens, at: position) {
                result.append(PhraseSet.Match(phrase: number, token: position, length: words[number].count))
            }
        }
        return result
    }

    @Test("Matches, their order and contains agree with phrase-by-phrase matching", arguments: sentences)
    func flatLayout(sentence: String) {
        let set = PhraseSet(Self.phrases)
        let tokens = CueTokenizer.tokens(of: sentence)
        for start in 0...tokens.count {
            for end in start...tokens.count {
                let expected = Self.reference(set, tokens, range: start..<end)
                #expect(set.matches(in: tokens, range: start..<end) == expected, "\(sentence) \(start)..<\(end)")
                #expect(set.contains(in: tokens, range: start..<end) == !expected.isEmpty)
            }
        }
        #expect(set.matches(in: tokens) == Self.reference(set, tokens, range: 0..<tokens.count))
    }

    @Test("An empty set and a set of one-word phrases")
    func smallSets() {
        let tokens = CueTokenizer.tokens(of: "Per the filing, per se.")
        #expect(PhraseSet([]).matches(in: tokens).isEmpty)
        #expect(!PhraseSet([]).contains(in: tokens))
        let single = PhraseSet(["per", "filing", "per"])
        #expect(single.matches(in: tokens) == Self.reference(single, tokens, range: 0..<tokens.count))
        #expect(single.matches(in: tokens).map(\.phrase) == [0, 2, 1, 0, 2])
    }

    @Test("WordSet's key bits turn away no member", arguments: [0, 1, 7, 60, 400])
    func keyBits(size: Int) {
        // Sets from empty to dense enough that most bits are set, over every token of the sentences.
        let pool = Self.sentences.flatMap { CueTokenizer.tokens(of: $0) }.map(\.word)
            + SpeakerCues.speechVerbs.words + (0..<400).map { "w\($0)" }
        let set = WordSet(pool.prefix(size))
        let tokens = Self.sentences.flatMap { CueTokenizer.tokens(of: $0) }
            + CueTokenizer.tokens(of: pool.joined(separator: " "))
        for token in tokens {
            #expect(set.index(of: token) == set.index(of: token.word, key: WordSet.key(token.word)), "\(token.word)")
        }
    }
}
