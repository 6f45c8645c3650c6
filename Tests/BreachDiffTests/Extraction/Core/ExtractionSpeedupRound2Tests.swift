import Testing
@testable import BreachDiff

/// The second round of extraction speed-ups (docs/performance.md, "perfx2") answers as the code
/// it replaced: `CueToken.raw` stored only when it differs from `word`, and sentence scalars copied
/// out of the document's scalars instead of decoded again.
@Suite struct ExtractionSpeedupRound2Tests {
    @Test("raw is the word as written, word its lower case, on every Corpus/ sentence",
          .enabled(if: ExtractionSpeedupTests.corpusAvailable))
    func rawIsWrittenForm() {
        var capitalised = 0
        for document in ExtractionSpeedupTests.corpusDocuments() {
            for sentence in SentenceSplitter().sentences(of: document) {
                let scalars = Array(sentence.text.unicodeScalars)
                for token in CueTokenizer.tokens(of: scalars, from: 0, to: nil) {
                    let written = ScalarText.string(scalars[token.start..<token.end])
                    #expect(token.raw == written, "\(sentence.text)")
                    #expect(token.word == written.lowercased())
                    // Same value as a token built from both strings, however it stores them.
                    #expect(token == CueToken(word: token.word, raw: written, start: token.start,
                                              end: token.end, capitalised: token.capitalised))
                    if token.raw != token.word { capitalised += 1 }
                }
            }
        }
        #expect(capitalised > 0)
    }

    @Test("Changing word or raw keeps the other as it was")
    func rawSurvivesWordChange() {
        var token = CueToken(word: "acme", raw: "acme", start: 0, end: 4, capitalised: false)
        token.word = "other"
        #expect(token.raw == "acme" && token.word == "other" && token.key == WordSet.key("other"))
        token.raw = "other"
        #expect(token == CueToken(word: "other", raw: "other", start: 0, end: 4, capitalised: false))
        var upper = CueToken(word: "acme", raw: "ACME", start: 0, end: 4, capitalised: true)
        upper.word = "ACME"
        #expect(upper.raw == "ACME" && upper == CueToken(word: "ACME", raw: "ACME", start: 0, end: 4, capitalised: true))
    }

    @Test("Sentence scalars copied from the document equal the decoded sentence, on every Corpus/ document",
          .enabled(if: ExtractionSpeedupTests.corpusAvailable))
    func sentenceScalarsFromDocument() {
        var sentences = 0
        for document in ExtractionSpeedupTests.corpusDocuments() {
            let text = Array(document.text.unicodeScalars)
            for sentence in SentenceSplitter().sentences(of: document) {
                #expect(Array(text[sentence.start..<sentence.end]) == Array(sentence.text.unicodeScalars), "\(document.file)")
                #expect(AttributionResolver.scalars(of: sentence, in: text) == Array(sentence.text.unicodeScalars))
                sentences += 1
            }
        }
        #expect(sentences > 100)
    }

    @Test("A sentence that is not the document's text at its offsets keeps its own scalars")
    func sentenceScalarsFallBack() {
        let text = Array("Acme said the data was safe.".unicodeScalars)
        let outside = Sentence(text: "Noted.", start: 40, end: 46, blockIndex: 0)
        let longer = Sentence(text: "Café said it", start: 0, end: 12, blockIndex: 0)
        #expect(AttributionResolver.scalars(of: outside, in: text) == Array("Noted.".unicodeScalars))
        #expect(AttributionResolver.scalars(of: longer, in: text) == Array("Café said it".unicodeScalars))
        #expect(AttributionResolver.scalars(of: longer, in: nil) == Array("Café said it".unicodeScalars))
    }

    @Test("resolve gives the same result with and without the document's scalars",
          .enabled(if: ExtractionSpeedupTests.corpusAvailable))
    func resolveWithText() {
        let resolver = AttributionResolver()
        for document in ExtractionSpeedupTests.corpusDocuments() {
            let sentences = SentenceSplitter().sentences(of: document)
            let plain = resolver.resolve(sentences, in: document)
            let shared = resolver.resolve(sentences, in: document, text: Array(document.text.unicodeScalars))
            #expect(plain.attributions == shared.attributions, "\(document.file)")
            #expect(plain.tokens == shared.tokens)
            #expect(plain.scalars == shared.scalars)
            #expect(plain.company == shared.company)
        }
    }
}
