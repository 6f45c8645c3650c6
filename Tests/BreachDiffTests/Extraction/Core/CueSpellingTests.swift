import Testing
@testable import BreachDiff

/// Session 7: `CueToken` keeps its word as plain data (`CueSpelling`) instead of strings. Its
/// byte comparisons (`isWord`, `WordSet.contains(token)`, `PhraseSet`) must answer as the string
/// comparisons they replaced, on every Corpus/ sentence and on written edge cases (long words,
/// capitals outside ASCII, canonically equivalent spellings).
@Suite struct CueSpellingTests {
    static let edgeText = """
        The CYBERSECURITY-INCIDENT-RESPONSE team at Ünited Straße said LAPSUS$'s leak hit T-Mobile’s \
        Café and cafe\u{301} users; Élodie claimed it. Données personnelles, \u{212A}elvin, \
        supercalifragilisticexpialidocious, AT&T and U.S. Claims data; impersonated, Impersonating.
        """

    static let literals: [StaticString] = [
        "the", "said", "claims", "claim", "according", "to", "we", "our", "we're", "café", "k", "élodie",
        "t-mobile", "cybersecurity-incident-response", "supercalifragilisticexpialidocious", "", "lapsus$",
    ]

    static func sentences() -> [String] {
        var result = [edgeText]
        guard ExtractionSpeedupTests.corpusAvailable else { return result }
        for document in ExtractionSpeedupTests.corpusDocuments() {
            result += SentenceSplitter().sentences(of: document).map(\.text)
        }
        return result
    }

    @Test("word and raw read back what the tokenizer saw, and isWord answers as ==")
    func spellingsReadBack() {
        for sentence in Self.sentences() {
            let scalars = Array(sentence.unicodeScalars)
            for token in CueTokenizer.tokens(of: scalars, from: 0, to: nil) {
                let written = ScalarText.string(scalars[token.start..<token.end])
                #expect(token.raw == written)
                #expect(token.word == written.lowercased())
                #expect(token.key == WordSet.key(token.word))
                for literal in Self.literals {
                    #expect(token.isWord(literal) == (token.word == literal.description), "\(token.word) \(literal)")
                }
            }
        }
    }

    @Test("WordSet and PhraseSet answer for a token as for its word")
    func setsAnswerAsStrings() {
        let lists: [[String]] = [
            SpeakerCues.speechVerbs.words, CompanyNames.stopWords.sorted(), ["café", "cafe\u{301}", "k", "élodie"],
            ["cybersecurity-incident-response", "supercalifragilisticexpialidocious", "t-mobile", "lapsus$"],
        ]
        let phrases = PhraseSet(["according to", "claims data", "impersonat*", "the cybersecurity-incident-response team",
                                 "café and", "t-mobile", "supercalifragilisticexpialidocious", "un*"])
        for sentence in Self.sentences() {
            let tokens = CueTokenizer.tokens(of: sentence)
            for list in lists {
                let words = WordSet(list), strings = Set(list)
                for token in tokens {
                    #expect(words.contains(token) == words.contains(token.word), "\(token.word)")
                    #expect(words.index(of: token) == words.index(of: token.word, key: WordSet.key(token.word)))
                    if token.word.utf8.allSatisfy({ $0 < 0x80 }) { #expect(words.contains(token) == strings.contains(token.word)) }
                }
            }
            var legacy: [PhraseSet.Match] = []
            for position in tokens.indices {
                for (number, phrase) in phrases.phrases.enumerated() {
                    let words = phrase.split(separator: " ").map(String.init)
                    if PhraseSet.matches(words, tokens, at: position) {
                        legacy.append(PhraseSet.Match(phrase: number, token: position, length: words.count))
                    }
                }
            }
            let found = phrases.matches(in: tokens)
            #expect(found.sorted { ($0.token, $0.phrase) < ($1.token, $1.phrase) }
                == legacy.sorted { ($0.token, $0.phrase) < ($1.token, $1.phrase) }, "\(sentence)")
            #expect(phrases.contains(in: tokens) == !legacy.isEmpty)
        }
    }

    @Test("Tokens built from strings equal tokenized ones, and long or non-ASCII spellings survive edits")
    func builtTokens() {
        for token in CueTokenizer.tokens(of: Self.edgeText) {
            #expect(token == CueToken(word: token.word, raw: token.raw, start: token.start, end: token.end,
                                      capitalised: token.capitalised))
        }
        var token = CueToken(word: "supercalifragilisticexpialidocious", raw: "Supercalifragilisticexpialidocious",
                             start: 0, end: 34, capitalised: true)
        #expect(token.raw == "Supercalifragilisticexpialidocious")
        token.word = "élodie"
        #expect(token.word == "élodie" && token.raw == "Supercalifragilisticexpialidocious")
        #expect(token.key == WordSet.key("élodie") && !token.isWord("elodie") && token.isWord("élodie"))
        token.raw = "Élodie"
        #expect(token.raw == "Élodie" && token.word == "élodie")
        let kelvin = CueToken(word: "\u{212A}", raw: "\u{212A}", start: 0, end: 1, capitalised: true)
        #expect(kelvin.isWord("K") == (kelvin.word == "K"))
    }
}
