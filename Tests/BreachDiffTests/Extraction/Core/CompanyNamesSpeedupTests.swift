import Testing
@testable import BreachDiff

/// Session 4: `CompanyNames(document:tokensPerBlock:)` counts lower-case uses only of the words it
/// counted as names (docs/performance.md). It must find the anchors and ranking the former code,
/// kept below, found: on every document of `Corpus/` and the shared corpus (its company field
/// removed, so the prose decides) and on written documents with non-ASCII and look-alike names.
@Suite struct CompanyNamesSpeedupTests {
    /// The initialiser before session 4 (with main's rules since): every lower-case word counted into the dictionary.
    static func reference(document: ParsedDocument, tokensPerBlock: [[CueToken]]) -> (anchors: Set<String>, ranked: [String]) {
        var lowerCase: [String: Int] = [:]
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var predecessors: [String: [String: Int]] = [:]
        var order = 0
        func count(_ tokens: [CueToken], weight: Int) {
            guard tokens.count >= 6 else { return }
            for (index, token) in tokens.enumerated() {
                guard token.capitalised else {
                    lowerCase[token.word, default: 0] += 1
                    continue
                }
                guard CompanyNames.isNameLike(token) else { continue }
                let speaks = (index + 1..<min(tokens.count, index + 3)).contains { SpeakerCues.speechVerbs.contains(tokens[$0].word) }
                if !speaks, token.raw.count <= 4, !token.raw.contains(where: \.isLowercase), !token.raw.contains("&") { continue }
                counts[token.word, default: 0] += weight * (speaks ? 5 : 1)
                if index > 0, tokens[index - 1].capitalised, tokens[index - 1].end + 1 == token.start {
                    predecessors[token.word, default: [:]][tokens[index - 1].word, default: 0] += weight * (speaks ? 5 : 1)
                }
                if firstSeen[token.word] == nil { firstSeen[token.word] = order }
                order += 1
            }
        }
        if let title = document.title { count(CueTokenizer.tokens(of: title), weight: 3) }
        for (index, tokens) in tokensPerBlock.enumerated() { count(tokens, weight: index == 0 ? 2 : 1) }
        let candidates = counts.filter { (lowerCase[$0.key] ?? 0) * 2 <= $0.value }
        let names = candidates.filter { $0.value >= 2 }
        let ranked = candidates.sorted { lhs, rhs in
            lhs.value != rhs.value ? lhs.value > rhs.value : firstSeen[lhs.key]! < firstSeen[rhs.key]!
        }.prefix(8).map(\.key)
        guard let best = names.max(by: { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value : firstSeen[lhs.key]! > firstSeen[rhs.key]!
        }) else { return ([], ranked) }
        if let (first, together) = predecessors[best.key]?.max(by: { $0.value < $1.value }), together * 5 >= best.value * 4,
           !CompanyNames.stopWords.contains(first) {
            return ([first, best.key], ranked)
        }
        return ([best.key], ranked)
    }

    static func check(_ document: ParsedDocument, _ label: String) {
        var document = document
        document.company = nil
        let sentences = SentenceSplitter().sentences(of: document)
        let tokens = sentences.map { CueTokenizer.tokens(of: $0.text) }
        var perBlock: [[CueToken]] = Array(repeating: [], count: document.blocks.count)
        for (index, sentence) in sentences.enumerated() where sentence.blockIndex < perBlock.count {
            perBlock[sentence.blockIndex] += tokens[index]
        }
        let names = CompanyNames(document: document, tokensPerBlock: perBlock)
        let expected = reference(document: document, tokensPerBlock: perBlock)
        #expect(names.anchors == expected.anchors, "\(label)")
        #expect(names.ranked == expected.ranked, "\(label)")
    }

    @Test("Anchors and ranking as before on every corpus document")
    func corpusDocuments() {
        let documents = ExtractionSpeedupRound3Tests.documents()
        #expect(!documents.isEmpty)
        for document in documents { Self.check(document, document.file) }
    }

    /// Names that are non-ASCII, written in two normal forms, or also used in lower case.
    static let writtenTexts = [
        "Caf\u{E9} Rouge said the breach hit 2 million guests. Caf\u{E9} Rouge confirmed it. The cafe\u{301} rouge app was down too.",
        "Acme said on Monday that names were taken. Acme confirmed the figure later. Many acme users were told by email.",
        "\u{C9}cole Nord said data leaked. \u{C9}cole Nord apologised to students today. An e\u{301}cole nord page went offline.",
        "Social Security numbers were stolen, Widget Corp said. Widget Corp said social media was not used in this attack.",
    ]

    @Test("Anchors and ranking as before on written documents", arguments: writtenTexts)
    func writtenDocuments(text: String) {
        let blocks = text.split(separator: ". ").map(String.init)
        var offset = 0
        var textBlocks: [TextBlock] = []
        for block in blocks {
            let length = block.unicodeScalars.count
            textBlocks.append(TextBlock(kind: .paragraph, text: block, start: offset, end: offset + length))
            offset += length + 1
        }
        let document = ParsedDocument(file: "written.txt", kind: .news, text: blocks.joined(separator: "\n"), blocks: textBlocks)
        Self.check(document, text)
    }
}
