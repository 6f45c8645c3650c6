import Foundation
import Testing
@testable import BreachDiff

/// The speed-ups of the extraction stage (docs/performance.md, "perfx") answer exactly as the
/// slower code they replace: each is checked against that code, on hand-picked words and on
/// every sentence of the repository's `Corpus/` documents.
@Suite struct ExtractionSpeedupTests {
    static var corpusRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
    }

    static var corpusAvailable: Bool { FileManager.default.fileExists(atPath: corpusRoot.path) }

    /// Every readable document of `Corpus/` (the committed, self-written example cases).
    static func corpusDocuments() -> [ParsedDocument] {
        let root = corpusRoot
        let reader = DocumentReader()
        var documents: [ParsedDocument] = []
        let cases = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in cases.sorted() {
            let folder = root.appendingPathComponent(name)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".html") || file.hasSuffix(".txt") {
                documents += reader.read(InputFile(url: folder.appendingPathComponent(file), relativePath: file))
            }
        }
        return documents
    }

    static let words = [
        "", "a", "an", "the", "api", "apis", "API", "credential", "credentials", "stolen", "lapsus$", "t-mobile",
        "straße", "café", "naïve", "über", "münchen", "一", "million", "millions", "seven", "thirty-seven",
        "thirty-", "-seven", "twenty-twenty", "ninety-nine", "eleven", "hundred", "zero", "ransomware",
    ]

    @Test("WordSet answers as Set<String>, by string and by token key")
    func wordSetMatchesSet() {
        let members = ["api", "apis", "credentials", "straße", "seven", "", "t-mobile", "api"]
        let set = Set(members)
        let words = WordSet(members)
        #expect(words.words.count == set.count)
        for word in Self.words + members {
            #expect(words.contains(word) == set.contains(word), "\(word)")
            let token = CueToken(word: word, raw: word, start: 0, end: 0, capitalised: false)
            #expect(words.contains(token) == set.contains(word), "\(word)")
        }
        let empty: WordSet = []
        #expect(empty.isEmpty && !empty.contains("api"))
    }

    @Test("A token's key is the WordSet key of its word, ASCII or not")
    func tokenKeys() {
        let tokens = CueTokenizer.tokens(of: "Die Straße von T-Mobile's API: LAPSUS$ stole 37 MILLION Café records, naïvely.")
        #expect(tokens.count > 8)
        for token in tokens { #expect(token.key == WordSet.key(token.word), "\(token.word)") }
        var changed = tokens[0]
        changed.word = "other"
        #expect(changed.key == WordSet.key("other"))
    }

    @Test("The vector gate never rejects a sentence a rule matches in", .enabled(if: corpusAvailable))
    func vectorGateIsExact() {
        let extractor = VectorExtractor()
        var gated = 0, matched = 0
        for document in Self.corpusDocuments() {
            for sentence in SentenceSplitter().sentences(of: document) {
                let tokens = CueTokenizer.tokens(of: sentence.text)
                let matches = VectorRule.standard.contains { !$0.matches(in: tokens).isEmpty }
                if matches { matched += 1 }
                if !extractor.mayMatch(tokens) {
                    gated += 1
                    #expect(!matches, "\(document.file): \(sentence.text)")
                }
            }
        }
        // The corpus has both kinds, so the check above is not vacuous.
        #expect(gated > 0 && matched > 0)
    }

    @Test("Number tokens from scalars equal those from the sentence text", .enabled(if: corpusAvailable))
    func numberTokensFromScalars() {
        var withNumbers = 0
        for document in Self.corpusDocuments() {
            for sentence in SentenceSplitter().sentences(of: document) {
                let fromText = ExtractionInput.numberTokens(of: sentence.text)
                let fromScalars = ExtractionInput.numberTokens(of: Array(sentence.text.unicodeScalars))
                #expect(fromText == fromScalars, "\(sentence.text)")
                if fromText != nil { withNumbers += 1 }
            }
        }
        #expect(withNumbers > 0)
    }

    @Test("mayHoldNumber over scalars agrees with the byte version", arguments: [
        "no figure here", "37 people", "a million", "three thousand", "Millions", "MILLION", "mi\u{00E9}llion",
        "l\u{00E9}li", "us\u{2019}a", "usa", "caf\u{00E9} 9", "\u{4E00}\u{4E8C}", "", "thousand",
    ])
    func mayHoldNumber(text: String) {
        #expect(ExtractionInput.mayHoldNumber(Array(text.unicodeScalars)) == CountExtractor.mayHoldNumber(text))
    }

    @Test("Spelled numbers as the dictionary reads them", arguments: words)
    func spelledNumbers(word: String) {
        #expect(NumberWords.spelled(word) == Self.referenceSpelled(word))
    }

    /// `NumberWords.spelled` before its `WordSet` pre-check.
    static func referenceSpelled(_ word: String) -> Int64? {
        if let value = NumberWords.small[word] { return value }
        guard let hyphen = word.firstIndex(of: "-") else { return nil }
        guard let tens = NumberWords.small[String(word[..<hyphen])], tens >= 20, tens % 10 == 0,
              let unit = NumberWords.small[String(word[word.index(after: hyphen)...])], unit > 0, unit < 10 else { return nil }
        return tens + unit
    }

    @Test("TextTokenizer lower-cases words as String.lowercased() does")
    func textTokensLowercased() {
        let text = "ÉCOLE Straße T-MOBILE's DŽungla İstanbul 37 MILLION Café"
        let words = TextTokenizer.tokens(of: text).filter { $0.kind == .word }
        let scalars = Array(text.unicodeScalars)
        #expect(words.count == 7)
        for token in words {
            #expect(token.text == String(String.UnicodeScalarView(scalars[token.start..<token.end])).lowercased())
            #expect(token.capitalized == scalars[token.start].properties.isUppercase)
        }
    }
}
