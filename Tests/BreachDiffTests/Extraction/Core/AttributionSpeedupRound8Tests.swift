import Testing
@testable import BreachDiff

/// Session 8: the cue tokenizer finds a word's extent first and packs it afterwards (it packed
/// scalar by scalar while scanning), and the sentence splitter reads blocks out of the document's
/// scalars instead of decoding each block again. Both must answer exactly as the code they replaced,
/// which is kept here as the reference.
@Suite struct AttributionSpeedupRound8Tests {
    /// Text with every class the tokenizer tells apart: joiners between and outside words,
    /// possessives of both apostrophes, capitals, digits, `$`, words of 15-18 scalars and letters
    /// outside ASCII in every position.
    static let edgeText = """
        The CYBERSECURITY-INCIDENT-RESPONSE team at Ünited Straße said LAPSUS$'s leak hit T-Mobile’s \
        Café and cafe\u{301} users; Élodie claimed it. Données personnelles, \u{212A}elvin, AT&T, \
        U.S. Claims data; impersonated, Impersonating. ABCDEFGHIJKLMNOP's abcdefghijklmnopq's \
        ABCDEFGHIJKLMNO’s ABCDEFGHIJKLMNOPQ’s x's X’s -a- 'b' .c. &d& e--f g..h 12.5% $3,000 \
        Zürich's naïve résumé’s Ωmega ΣΑΣ 3rd 2024-01-05 i.e. e.g., it's' they’re’ s's
        """

    static func texts() -> [String] {
        var result = [edgeText, "", "a", "A's", "'s", "’", "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNOP"]
        // Every short word over a small alphabet of classes, so each boundary meets each class.
        let pieces = ["a", "Z", "9", "$", "-", "'", "\u{2019}", ".", "&", " ", "é", "s", "S", "\u{2011}"]
        for first in pieces {
            for second in pieces {
                for third in pieces { result.append("x" + first + second + third + "s") }
            }
        }
        guard ExtractionSpeedupTests.corpusAvailable else { return result }
        for document in ExtractionSpeedupTests.corpusDocuments() {
            result += SentenceSplitter().sentences(of: document).map(\.text)
        }
        return result
    }

    @Test("The two-pass tokenizer gives the reference tokenizer's tokens, for whole texts and ranges")
    func tokenizerMatchesReference() {
        for text in Self.texts() {
            let scalars = Array(text.unicodeScalars)
            #expect(CueTokenizer.tokens(of: scalars, from: 0, to: nil) == ExtractionSpeedupRound4Tests.referenceTokens(scalars, from: 0, to: nil), "\(text)")
            let third = scalars.count / 3
            #expect(CueTokenizer.tokens(of: scalars, from: third, to: 2 * third)
                    == ExtractionSpeedupRound4Tests.referenceTokens(scalars, from: third, to: 2 * third))
            // Words near the end of the buffer are packed scalar by scalar: a copy with room after it.
            let padded = scalars + Array(repeating: " ", count: 9)
            #expect(CueTokenizer.tokens(of: padded, from: 0, to: scalars.count) == ExtractionSpeedupRound4Tests.referenceTokens(padded, from: 0, to: scalars.count))
        }
    }

    @Test("Sentences read out of the document's scalars equal sentences of decoded blocks")
    func sentencesFromDocumentScalars() {
        var documents: [ParsedDocument] = []
        if ExtractionSpeedupTests.corpusAvailable { documents = ExtractionSpeedupTests.corpusDocuments() }
        // Hand-built documents: one with blocks outside its text (falls back to decoding), one made
        // the way the reader makes them (blocks joined by a blank line), with text outside ASCII.
        let blocks = ["Acme Inc. said the U.S. unit was hit. Données “volées” … Really?", "Plain words. More words!"]
        var text = ""
        var textBlocks: [TextBlock] = []
        for block in blocks {
            if !text.isEmpty { text += "\n\n" }
            let start = text.unicodeScalars.count
            text += block
            textBlocks.append(TextBlock(kind: .paragraph, text: block, start: start, end: text.unicodeScalars.count))
        }
        documents.append(ParsedDocument(file: "joined", kind: .news, text: text, blocks: textBlocks))
        documents.append(ParsedDocument(file: "no-text", kind: .news, blocks: textBlocks))
        #expect(!documents.isEmpty)
        for document in documents {
            let scalars = ScalarText.scalars(of: document.text)
            let splitter = SentenceSplitter()
            #expect(splitter.sentences(of: document, text: scalars) == splitter.sentences(of: document), "\(document.file)")
        }
    }
}

extension AttributionSpeedupRound8Tests {
    @Test("The splitter finds a terminal at every offset of its eight-scalar steps", arguments: [".", "!", "?", "\u{2026}"])
    func terminalAtEveryOffset(terminal: String) {
        let splitter = SentenceSplitter()
        for length in 1..<26 {
            let first = String(repeating: "x", count: length) + terminal
            let text = first + " Next words follow here"
            let scalars = Array(text.unicodeScalars)
            let cut = first.unicodeScalars.count
            #expect(splitter.split(scalars) == [0..<cut, (cut + 1)..<scalars.count], "\(length) \(terminal)")
        }
    }
}
