/// The extraction stage: a pure function from a read document to its facts.
///
/// Order: split sentences, attribute each sentence (speaker, stance), run every type extractor,
/// then turn candidates into facts: the quote is the candidate's span trimmed of spaces and quote
/// marks; the source is the candidate's override or the sentence's speaker; the stance is the
/// candidate's override or the stance of the clause that holds the span (a denial in one clause does
/// not reach a count in another); the incident hint comes from the same clause. Identical facts are
/// kept once and the result is sorted by offsets, ties in extractor order, so equal input gives equal output.
/// Every step is linear in the text: offsets are converted through one scalar array.
public struct FactExtractor: Sendable {
    public var extractors: [any TypeExtractor]
    public var resolver: AttributionResolver

    public init(extractors: [any TypeExtractor] = FactExtractor.standardExtractors, resolver: AttributionResolver = AttributionResolver()) {
        self.extractors = extractors
        self.resolver = resolver
    }

    public static let standardExtractors: [any TypeExtractor] = [
        CountExtractor(), DateExtractor(), DataTypeExtractor(), MoneyExtractor(), VectorExtractor(), ActorExtractor(),
    ]

    public func extract(from document: ParsedDocument) -> [Fact] {
        facts(of: document).0
    }

    /// The document's facts with its metadata, plus the organisations its prose names most
    /// (`DocumentInfo.subjects`), which lets the comparison stage tell which known company a news
    /// page or a notice without a registrant is about.
    public func analyze(_ document: ParsedDocument) -> DocumentFacts {
        let (facts, resolution) = self.facts(of: document)
        var info = document.info
        info.subjects = resolution.company.ranked
        return DocumentFacts(info: info, facts: facts)
    }

    private func facts(of document: ParsedDocument) -> ([Fact], AttributionResolver.Resolution) {
        let text = ScalarText.scalars(of: document.text)
        // The splitter reads each block's scalars out of `text` instead of decoding it again.
        let sentences = SentenceSplitter().sentences(of: document, text: text)
        let resolution = resolver.resolve(sentences, in: document, text: text)
        let textTokens = resolution.scalars.map(ExtractionInput.numberTokens(of:))
        let input = ExtractionInput(
            document: document, sentences: sentences, attributions: resolution.attributions,
            resolution: resolution, textScalars: text, textTokens: textTokens,
            numberMentions: NumberMentionTable.tables(for: textTokens))
        let hints = IncidentHintFinder(published: document.published)
        // Per sentence, its clauses once a candidate needs them (an array: a dictionary probe per
        // candidate cost more than the clause lookup itself).
        var clauses = [[Range<Int>]?](repeating: nil, count: sentences.count)
        var facts: [Fact] = []
        for extractor in extractors {
            for candidate in extractor.candidates(in: input) where sentences.indices.contains(candidate.sentenceIndex) {
                let index = candidate.sentenceIndex
                let sentence = sentences[index]
                guard let span = Self.trimmed(candidate.start, candidate.end, in: text) else { continue }
                let tokens = resolution.tokens[index]
                let sentenceClauses: [Range<Int>]
                if let known = clauses[index] {
                    sentenceClauses = known
                } else {
                    sentenceClauses = ClauseSplitter.clauses(of: resolution.scalars[index], tokens: tokens)
                    clauses[index] = sentenceClauses
                }
                let clause = ClauseSplitter.clause(
                    containing: span.lowerBound - sentence.start, span.upperBound - sentence.start, in: sentenceClauses)
                let clauseTokens = Self.tokenRange(tokens, within: clause)
                let source = candidate.source ?? resolution.source(ofSentence: index, endingAt: span.upperBound - sentence.start)
                let stance = candidate.stance ?? resolver.stanceRules.stance(
                    of: tokens, range: clauseTokens, source: source, sentence: 0..<tokens.count)
                let fact = Fact(
                    file: document.file, start: span.lowerBound, end: span.upperBound,
                    quote: ScalarText.string(text[span]), source: source, stance: stance,
                    incidentHint: hints.hint(tokens: tokens, clause: clauseTokens,
                                             fact: Self.tokenRange(tokens, within: (span.lowerBound - sentence.start)..<(span.upperBound - sentence.start)),
                                             previous: index > 0 ? resolution.tokens[index - 1] : nil),
                    payload: candidate.payload
                )
                facts.append(fact)
            }
        }
        // Ties keep the extractors' order (extractor list, then their own order), which is
        // deterministic and reads naturally ("9 million ... and 2 million" stay in that order).
        return (UniqueFacts.sorted(facts), resolution)
    }

    /// `start..<end` clamped to the text and narrowed past spaces and quotation marks at either end;
    /// nil when nothing is left.
    static func trimmed(_ start: Int, _ end: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        var lower = max(0, min(start, text.count))
        var upper = max(lower, min(end, text.count))
        while lower < upper, isTrimmable(text[lower]) { lower += 1 }
        while upper > lower, isTrimmable(text[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
        // A switch, not `"...".unicodeScalars.contains`: that walked a String for every candidate.
        switch scalar {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}": true
        default: ScalarText.isWhitespace(scalar)
        }
    }

    /// The tokens lying within `clause` (sentence offsets).
    static func tokenRange(_ tokens: [CueToken], within clause: Range<Int>) -> Range<Int> {
        let first = tokens.firstIndex { $0.start >= clause.lowerBound } ?? tokens.count
        var last = first
        while last < tokens.count, tokens[last].start < clause.upperBound { last += 1 }
        return first..<last
    }
}
