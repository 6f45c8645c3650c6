import Foundation
import Testing
@testable import BreachDiff

/// Round 2 of session 3's extraction speed-ups (docs/performance.md): the cue tokenizer (its
/// capacity guess changed, and an in-place build was tried) and the relative-date gate answer as
/// the code they replaced, on every sentence and document of `Corpus/` and of the shared corpus
/// (when `../shared` is there) and on edge inputs.
@Suite struct ExtractionSpeedupRound4Tests {
    /// The tokenizer's rules written plainly (`lowercased()`, no capacity guess), kept as the reference.
    static func referenceTokens(_ scalars: [Unicode.Scalar], from: Int, to: Int?) -> [CueToken] {
        let upper = min(to ?? scalars.count, scalars.count)
        var result: [CueToken] = []
        var index = max(0, from)
        while index < upper {
            guard CueTokenizer.isWordScalar(scalars[index]) else { index += 1; continue }
            let begin = index
            index += 1
            while index < upper {
                let scalar = scalars[index]
                if CueTokenizer.isWordScalar(scalar) { index += 1; continue }
                if CueTokenizer.isJoiner(scalar), index + 1 < upper, CueTokenizer.isWordScalar(scalars[index + 1]) {
                    index += 1
                    continue
                }
                break
            }
            var end = index
            if end - begin > 2, scalars[end - 1] == "s" || scalars[end - 1] == "S",
               scalars[end - 2] == "'" || scalars[end - 2] == "\u{2019}" {
                end -= 2
            }
            let raw = ScalarText.string(scalars[begin..<end])
            result.append(CueToken(
                word: raw.lowercased(), raw: raw, start: begin, end: end,
                capitalised: CueTokenizer.isUppercase(scalars[begin])
            ))
        }
        return result
    }

    /// Inputs at the tokenizer's edges: empty, no word, joiners at the ends, possessives, `$`,
    /// non-ASCII letters and digits, a lone possessive mark.
    static let edgeTexts = [
        "", " ", "a", "-", "'s", "x's", "it's", "Marriott\u{2019}s", "U.S.", "T-Mobile's files", "LAPSUS$ said",
        "don't-stop", "a--b", "end-", "-start", "\u{00DC}ber \u{00FC}ber", "\u{0661}\u{0662} 12", "St\u{00E9}phane's",
        "caf\u{00E9}'S", "ABC's", "a.b.c.", "x\u{2011}y", "  two  words  ", "$5 million", "\u{1F600} emoji \u{1F600}",
    ]

    static func checkTokens(_ scalars: [Unicode.Scalar], _ label: String) {
        let tokens = CueTokenizer.tokens(of: scalars, from: 0, to: nil)
        let reference = referenceTokens(scalars, from: 0, to: nil)
        #expect(tokens == reference, "\(label)")
        #expect(tokens.map(\.raw) == reference.map(\.raw), "\(label)")
        #expect(tokens.map(\.key) == tokens.map { WordSet.key($0.word) }, "\(label)")
    }

    @Test("The tokenizer gives the reference tokens on edge inputs and sub-ranges", arguments: edgeTexts)
    func tokenizerEdges(text: String) {
        let scalars = Array(text.unicodeScalars)
        Self.checkTokens(scalars, text)
        // Sub-ranges, including ones cutting a word or reaching past the end.
        for from in 0...scalars.count {
            for to in [from, from + 1, scalars.count, scalars.count + 3] {
                #expect(CueTokenizer.tokens(of: scalars, from: from, to: to)
                        == Self.referenceTokens(scalars, from: from, to: to), "\(text) \(from)..<\(to)")
            }
        }
    }

    @Test("The tokenizer gives the reference tokens for every sentence and document")
    func tokenizerDocuments() {
        let documents = ExtractionSpeedupRound3Tests.documents()
        #expect(!documents.isEmpty)
        for document in documents {
            Self.checkTokens(Array(document.text.unicodeScalars), document.file)
            for sentence in SentenceSplitter().sentences(of: document) {
                Self.checkTokens(Array(sentence.text.unicodeScalars), "\(document.file): \(sentence.text)")
            }
        }
    }

    @Test("The relative-date and date-atom gates never turn away a word a date starts at")
    func relativeGateIsExact() {
        var gated = 0, found = 0
        func check(_ text: String, published: PartialDate?, _ label: String) {
            let tokens = DateTokenizer.tokens(of: Array(text.unicodeScalars))
            let parser = DateAtomParser(tokens: tokens, resolver: RelativeDateResolver(published: published))
            for index in tokens.indices where tokens[index].kind == .word {
                let atom = parser.relativeAtom(index)
                if atom != nil { found += 1 }
                if !DateWords.atomLeads.mayContain(tokens[index].key) {
                    #expect(parser.atom(at: index) == nil, "\(label): token \(index)")
                }
                if !DateWords.relativeLeads.mayContain(tokens[index].key) {
                    gated += 1
                    #expect(atom == nil, "\(label): token \(index)")
                }
            }
        }
        for document in ExtractionSpeedupRound3Tests.documents() {
            check(document.text, published: document.published, document.file)
        }
        let edges = [
            "Today, yesterday and tonight.", "Last week, this month, next year.", "Earlier this year; this past week.",
            "TODAY it said", "earlier today", "last", "this", "next", "earlier", "this past", "yesterday's news",
        ]
        for text in edges { check(text, published: PartialDate(year: 2021, month: 3, day: 4), text) }
        // Both kinds occur, so the check is not vacuous.
        #expect(gated > 0 && found > 0)
    }
}
