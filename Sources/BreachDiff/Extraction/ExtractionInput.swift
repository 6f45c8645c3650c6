/// Everything one type extractor sees of a document.
public struct ExtractionInput: Sendable {
    public var document: ParsedDocument
    public var sentences: [Sentence]
    /// One per sentence, same order.
    public var attributions: [Attribution]
    /// The resolver's per-sentence scalars, cue tokens and company names, when the caller has them.
    /// Why: tokenising every sentence once per extractor was the largest cost of extraction; the
    /// extractors read these through `sentenceScalars`, `cueTokens` and `company`, which compute
    /// the same values themselves when this is nil (an input built by hand in a test).
    public var resolution: AttributionResolver.Resolution?
    /// The document text as scalars, when the caller has it (same fallback as `resolution`).
    public var textScalars: [Unicode.Scalar]?
    /// Per sentence, its `TextTokenizer` tokens when it may hold a number, else nil (see
    /// `numberTokens(of:)`); shared by the count and money extractors, which tokenised each
    /// sentence once each.
    public var textTokens: [[TextToken]?]?
    /// Per sentence, the number mentions of its `textTokens` (nil where those are nil), when the
    /// caller has them; the count and money extractors read them through `numberMention(in:at:tokens:)`.
    public var numberMentions: [NumberMentionTable?]?

    public init(
        document: ParsedDocument, sentences: [Sentence], attributions: [Attribution],
        resolution: AttributionResolver.Resolution? = nil, textScalars: [Unicode.Scalar]? = nil,
        textTokens: [[TextToken]?]? = nil, numberMentions: [NumberMentionTable?]? = nil
    ) {
        self.numberMentions = numberMentions
        self.document = document
        self.sentences = sentences
        self.attributions = attributions
        self.resolution = resolution
        self.textScalars = textScalars
        self.textTokens = textTokens
    }

    /// The `TextTokenizer` tokens of sentence `index` when `CountExtractor.mayHoldNumber` lets
    /// it through (a digit or a spelled scale), else nil: a sentence without a number has no count or sum.
    public func numberTokens(of index: Int) -> [TextToken]? {
        if let textTokens { return textTokens[index] }
        return Self.numberTokens(of: sentences[index].text)
    }

    /// `NumberParser.mention(in: tokens, at: position)`, where `tokens` are `numberTokens(of: index)`:
    /// from `numberMentions` when the caller made them from those tokens.
    public func numberMention(in index: Int, at position: Int, tokens: [TextToken]) -> NumberMention? {
        if textTokens != nil, let numberMentions, index < numberMentions.count, let table = numberMentions[index] {
            return table.mention(at: position)
        }
        return NumberParser.mention(in: tokens, at: position)
    }

    static func numberTokens(of text: String) -> [TextToken]? {
        CountExtractor.mayHoldNumber(text) ? TextTokenizer.tokens(of: text) : nil
    }

    /// The same from the sentence's scalars (`TextTokenizer.tokens(of: String)` decodes to them).
    static func numberTokens(of scalars: [Unicode.Scalar]) -> [TextToken]? {
        mayHoldNumber(scalars) ? TextTokenizer.tokens(of: scalars) : nil
    }

    /// `CountExtractor.mayHoldNumber` over scalars: its cues are ASCII, and a non-ASCII scalar
    /// only ever stands for bytes >= 0x80, none of which is a digit or a cue letter (even lower-cased by `| 0x20`).
    /// A plain loop over the values: the lazy byte map it replaced cost about three times as much
    /// per scalar, and every sentence of a document is scanned (up to its first digit). The two
    /// scalars before an "i" or an "a" are read back only then, instead of being carried along.
    static func mayHoldNumber(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                let value = buffer[index].value
                if value &- 0x30 < 10 { return true }
                // Above 0x7F, `| 0x20` never gives an ASCII letter, as the byte 0x80 did.
                let lower = value | 0x20
                guard (lower == 0x69 || lower == 0x61), index >= 2 else { continue }
                let second = buffer[index - 2].value | 0x20, last = buffer[index - 1].value | 0x20
                if lower == 0x69, second == 0x6C, last == 0x6C { return true }   // "lli"
                if lower == 0x61, second == 0x75, last == 0x73 { return true }   // "usa"
            }
            return false
        }
    }

    /// Each sentence's scalars (`Array(sentence.text.unicodeScalars)`).
    public var sentenceScalars: [[Unicode.Scalar]] {
        resolution?.scalars ?? sentences.map { Array($0.text.unicodeScalars) }
    }

    /// Each sentence's `CueTokenizer` tokens, offsets relative to the sentence.
    public var cueTokens: [[CueToken]] {
        resolution?.tokens ?? sentenceScalars.map { CueTokenizer.tokens(of: $0, from: 0, to: nil) }
    }

    /// The company names of the document, built from the cue tokens of its blocks.
    public var company: CompanyNames {
        if let company = resolution?.company { return company }
        return AttributionResolver.companyNames(of: document, sentences: sentences, tokens: cueTokens)
    }

    /// The document text as scalars.
    public var text: [Unicode.Scalar] {
        textScalars ?? Array(document.text.unicodeScalars)
    }
}

/// A fact found by a type extractor, before the shared attribution and incident hints are applied.
public struct FactCandidate: Sendable, Equatable {
    public var payload: FactPayload
    /// Index of the sentence it was found in.
    public var sentenceIndex: Int
    /// The span that states it (a sentence or clause), in document offsets (Unicode scalars).
    public var start: Int
    public var end: Int
    /// Overrides of the sentence attribution, when the extractor knows better (a data type in a
    /// "was not accessed" clause is a denial even in a confirming sentence).
    public var source: SourceRole?
    public var stance: Stance?

    public init(payload: FactPayload, sentenceIndex: Int, start: Int, end: Int, source: SourceRole? = nil, stance: Stance? = nil) {
        self.payload = payload
        self.sentenceIndex = sentenceIndex
        self.start = start
        self.end = end
        self.source = source
        self.stance = stance
    }
}

/// Finds the facts of one type in a document.
public protocol TypeExtractor: Sendable {
    func candidates(in input: ExtractionInput) -> [FactCandidate]
}
