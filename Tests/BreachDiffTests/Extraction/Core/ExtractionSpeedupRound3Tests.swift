import Foundation
import Testing
@testable import BreachDiff

/// The third round of extraction speed-ups (docs/performance.md, "Extraction speed-ups, session
/// 3") answers as the code it replaced: each gate is run against the full path on every sentence
/// of `Corpus/` and of the shared corpus (when `../shared` is there), and on written edge cases.
@Suite struct ExtractionSpeedupRound3Tests {
    /// Every readable document of `Corpus/` and of each shared corpus case.
    static func documents() -> [ParsedDocument] {
        var documents = ExtractionSpeedupTests.corpusDocuments()
        guard SharedCorpus.available else { return documents }
        for folder in SharedCorpus.cases() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".txt") || file.hasSuffix(".html") || file.hasSuffix(".htm") {
                if let document = SharedCorpus.read(file, in: folder) { documents.append(document) }
            }
        }
        return documents
    }

    /// Sentences written for these tests, each naming (or nearly naming) an actor or a vector.
    static let edgeSentences = [
        "The hacker, Jane Roe, posted the files.", "LAPSUS$ claimed the attack.", "APT 41 was blamed.", "APT10 struck.",
        "FIN7 and UNC2452 and TA505 were named.", "The FooBar gang says it has the data.", "A hacker known as Bar sold it.",
        "A former cloud engineer, Jane Roe, was charged.", "the hacking group Foo wrote a note", "ShinyBugs said so.",
        "Telegram says nothing.", "Nobody was named.", "An attacker used stolen credentials via the API.",
        "No malware was found.", "A hacker group calling itself Qux posted it.", "$", "A", "T", "U.S. officials",
        "Employees were told to reset passwords after a phishing email.", "The ex employee, Sam Poe, was held.",
    ]

    @Test("The actor gate never turns away a sentence that names an actor")
    func actorGateIsExact() {
        var gated = 0, named = 0
        func check(_ scalars: [Unicode.Scalar], _ label: String) {
            let tokens = CueTokenizer.tokens(of: scalars, from: 0, to: nil)
            let names = ActorExtractor.names(in: tokens, scalars: scalars, everyToken: true)
            #expect(ActorExtractor.names(in: tokens, scalars: scalars) == names, "\(label)")
            if !names.isEmpty { named += 1 }
            if !ActorExtractor.mayName(tokens, scalars: scalars) {
                gated += 1
                #expect(names.isEmpty, "\(label)")
            }
        }
        for document in Self.documents() {
            for sentence in SentenceSplitter().sentences(of: document) {
                check(Array(sentence.text.unicodeScalars), "\(document.file): \(sentence.text)")
            }
        }
        for sentence in Self.edgeSentences { check(Array(sentence.unicodeScalars), sentence) }
        // Both kinds occur, so the check is not vacuous.
        #expect(gated > 0 && named > 0)
    }

    @Test("A vector rule left out by its cue words finds nothing in the sentence")
    func vectorRuleSelectionIsExact() {
        let rules = VectorRule.standard
        let cues = RuleCues(rules)
        var skipped = 0, matched = 0
        func check(_ tokens: [CueToken], _ label: String) {
            let selection = cues.rules(startingIn: tokens)
            for (index, rule) in rules.enumerated() {
                let matches = rule.matches(in: tokens)
                if !matches.isEmpty { matched += 1 }
                if !selection.contains(index) {
                    skipped += 1
                    #expect(matches.isEmpty, "\(rule.key): \(label)")
                }
            }
        }
        for document in Self.documents() {
            for sentence in SentenceSplitter().sentences(of: document) { check(CueTokenizer.tokens(of: sentence.text), sentence.text) }
        }
        for sentence in Self.edgeSentences { check(CueTokenizer.tokens(of: sentence), sentence) }
        #expect(skipped > 0 && matched > 0)
    }

    @Test("A rule with a prefix phrase is always run; more than 64 rules run every rule")
    func ruleSelectionFallbacks() {
        let prefixRule = VectorRule(key: "prefix", phrases: ["phish*"])
        let plain = VectorRule(key: "plain", phrases: ["ransomware"])
        let tokens = CueTokenizer.tokens(of: "Nothing here.")
        let selection = RuleCues([plain, prefixRule]).rules(startingIn: tokens)
        #expect(!selection.contains(0) && selection.contains(1))
        let many = RuleCues(Array(repeating: plain, count: 65)).rules(startingIn: tokens)
        #expect(many.contains(0) && many.contains(64))
    }

    static let edgeTexts = [
        "", "a", "plain ASCII text.\n", "caf\u{00E9} na\u{00EF}ve", "\u{4E00}\u{4E8C} mixed \u{20AC}5", "emoji \u{1F600}!",
        "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "\u{201C}quoted\u{201D} \u{2019}s",
    ]

    @Test("ScalarText.scalars decodes as the scalar view does", arguments: edgeTexts)
    func textScalarsEdges(text: String) {
        #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars))
    }

    @Test("ScalarText.scalars decodes every document as the scalar view does")
    func textScalarsDocuments() {
        for document in Self.documents() {
            #expect(ScalarText.scalars(of: document.text) == Array(document.text.unicodeScalars), "\(document.file)")
        }
    }

    /// The fact builder's former last step: a set while inserting, then a sort by offsets.
    static func referenceUnique(_ facts: [Fact]) -> [Fact] {
        var seen: Set<Fact> = []
        var kept: [Fact] = []
        for fact in facts where seen.insert(fact).inserted { kept.append(fact) }
        return kept.enumerated().sorted { lhs, rhs in
            (lhs.element.start, lhs.element.end, lhs.offset) < (rhs.element.start, rhs.element.end, rhs.offset)
        }.map(\.element)
    }

    @Test("UniqueFacts keeps the first of equal facts and sorts as the set did")
    func uniqueFactsMatchesSet() {
        var compared = 0
        for document in Self.documents() {
            let facts = FactExtractor().extract(from: document)
            guard !facts.isEmpty else { continue }
            // Repeats in another order, spans shared by several facts, and a span holding more
            // facts than the pairwise path takes.
            var input = facts + facts.reversed() + facts.prefix(3)
            let crowded = (0..<40).map { index in
                Fact(file: "x", start: 5, end: 9, quote: "q", source: .company, stance: .confirmed,
                     payload: .actor("name \(index % 23)"))
            }
            input.insert(contentsOf: crowded, at: input.count / 2)
            #expect(UniqueFacts.sorted(input) == Self.referenceUnique(input), "\(document.file)")
            compared += 1
        }
        let small = [Fact(file: "x", start: 1, end: 2, quote: "a", source: .media, stance: .confirmed, payload: .actor("B")),
                     Fact(file: "x", start: 1, end: 2, quote: "a", source: .media, stance: .confirmed, payload: .actor("A")),
                     Fact(file: "x", start: 0, end: 2, quote: "a", source: .media, stance: .confirmed, payload: .actor("B")),
                     Fact(file: "x", start: 1, end: 2, quote: "a", source: .media, stance: .confirmed, payload: .actor("B"))]
        #expect(UniqueFacts.sorted(small) == Self.referenceUnique(small))
        #expect(UniqueFacts.sorted([]) == [])
        #expect(compared > 0)
    }

    /// `AttributionResolver.blockJoins` before its fast paths.
    static func referenceJoins(_ blocks: [TextBlock]) -> [Bool] {
        var result: [Bool] = []
        var inList = false
        for (index, block) in blocks.enumerated() {
            guard index > 0 else {
                result.append(false)
                inList = block.kind == .listItem
                continue
            }
            let previous = blocks[index - 1]
            let last = previous.text.unicodeScalars.last { !$0.properties.isWhitespace }
            let first = block.text.unicodeScalars.first { !$0.properties.isWhitespace }
            let open = !(last.map { ".!?:\"\u{201D}".unicodeScalars.contains($0) } ?? true)
            let wrappedItem = previous.kind == .listItem && block.kind != .listItem && open
                && previous.text.unicodeScalars.count >= 40 && last.map { $0.properties.isLowercase } == true
            let wrapped = open && (first.map { $0.properties.isLowercase || $0.properties.numericType != nil } == true || wrappedItem)
            let listed = block.kind == .listItem && inList
            result.append(wrapped || listed)
            if block.kind == .listItem { inList = true } else if !wrapped { inList = false }
        }
        return result
    }

    @Test("blockJoins answers as before on every document and on written blocks")
    func blockJoinsMatchReference() {
        for document in Self.documents() {
            #expect(AttributionResolver.blockJoins(document.blocks) == Self.referenceJoins(document.blocks), "\(document.file)")
        }
        let texts = ["An item that runs on and on without any stop in sight at all and", "continues here.", "  ",
                     "\u{00E9}tait la suite ", "2013, more \u{201D}", "\t", "\u{00C9}cole:", "caf\u{00E9}\u{00A0}",
                     "\u{0661} digit", "ends mid", "\u{2028}x", "Last."]
        let kinds: [BlockKind] = [.listItem, .paragraph, .listItem, .listItem, .paragraph, .heading]
        var blocks: [TextBlock] = []
        for (index, text) in texts.enumerated() {
            blocks.append(TextBlock(kind: kinds[index % kinds.count], text: text, start: 0, end: text.unicodeScalars.count))
        }
        for count in 0...blocks.count {
            let prefix = Array(blocks.prefix(count))
            #expect(AttributionResolver.blockJoins(prefix) == Self.referenceJoins(prefix))
        }
    }

    @Test("BlockEdges answers as the property tables for every scalar up to U+3000")
    func blockEdgesMatchProperties() {
        for value in 0..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(BlockEdges.isLowercase(scalar) == scalar.properties.isLowercase)
            #expect(BlockEdges.isLowercaseOrNumber(scalar)
                    == (scalar.properties.isLowercase || scalar.properties.numericType != nil))
            #expect(ScalarText.isWhitespace(scalar) == scalar.properties.isWhitespace)
            let text = "x" + String(scalar)
            #expect(BlockEdges.lastVisible(text) == text.unicodeScalars.last { !$0.properties.isWhitespace })
            #expect(BlockEdges.firstVisible(String(scalar)) == String(scalar).unicodeScalars.first { !$0.properties.isWhitespace })
        }
    }

    @Test("The mention table answers as NumberParser at every position of every number sentence")
    func mentionTableIsExact() {
        var mentions = 0
        for document in Self.documents() {
            for sentence in SentenceSplitter().sentences(of: document) {
                guard let tokens = ExtractionInput.numberTokens(of: Array(sentence.text.unicodeScalars)) else { continue }
                let table = NumberMentionTable(tokens: tokens)
                for position in -1...(tokens.count + 1) {
                    let expected = position < 0 ? nil : NumberParser.mention(in: tokens, at: position)
                    #expect(table.mention(at: position) == expected, "\(sentence.text)")
                    if expected != nil { mentions += 1 }
                }
            }
        }
        let tokens = TextTokenizer.tokens(of: "between 5 and 7 million records, 40% of 3,000 users and half a million more")
        let table = NumberMentionTable(tokens: tokens)
        for position in tokens.indices { #expect(table.mention(at: position) == NumberParser.mention(in: tokens, at: position)) }
        #expect(mentions > 0)
    }

    @Test("Count and money candidates are the same with and without the shared mention table")
    func sharedMentionsChangeNoCandidate() {
        let resolver = AttributionResolver()
        for document in Self.documents() {
            let sentences = SentenceSplitter().sentences(of: document)
            let resolution = resolver.resolve(sentences, in: document)
            let textTokens = resolution.scalars.map(ExtractionInput.numberTokens(of:))
            let plain = ExtractionInput(document: document, sentences: sentences, attributions: resolution.attributions,
                                        resolution: resolution, textTokens: textTokens)
            var shared = plain
            shared.numberMentions = textTokens.map { $0.map(NumberMentionTable.init(tokens:)) }
            #expect(CountExtractor().candidates(in: plain) == CountExtractor().candidates(in: shared), "\(document.file)")
            #expect(MoneyExtractor().candidates(in: plain) == MoneyExtractor().candidates(in: shared), "\(document.file)")
        }
    }
}
