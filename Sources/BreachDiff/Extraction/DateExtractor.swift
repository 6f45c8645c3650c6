/// Finds Date facts: when a breach began, ended, was discovered, contained, judged material,
/// disclosed, filed, notified and settled.
///
/// One pass over the document's scalars: tokens (`DateTokenizer`), date expressions with their
/// qualifiers and ranges (`DateScanner`), then per sentence the nearest trigger word gives each
/// date its event (`EventLinker`). Relative dates ("on Thursday", "in August") are resolved against
/// `ParsedDocument.published`, preferring the past, and stay nil when the document has no date.
/// Rules and examples: `docs/dates.md`.
public struct DateExtractor: TypeExtractor {
    public init() {}

    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        let scalars = input.text
        let context = EventLinker.DocumentContext(kind: input.document.kind, published: input.document.published)
        let linked = Self.linkedDates(scalars: scalars, published: input.document.published, context: context)
        var result: [FactCandidate] = []
        var seen = Set<String>()
        for date in linked {
            let start = scalars.isEmpty ? 0 : date.start
            guard let sentenceIndex = Self.sentence(containing: start, in: input.sentences) else { continue }
            let sentence = input.sentences[sentenceIndex]
            let lower = max(date.start, sentence.start)
            let upper = min(date.end, sentence.end)
            guard lower < upper else { continue }
            // One fact per event, date and clause: a pair of triggers must not double it.
            let key = "\(date.fact.event.rawValue) \(date.fact.value?.description ?? "-") \(lower)"
            guard seen.insert(key).inserted else { continue }
            result.append(FactCandidate(payload: .date(date.fact), sentenceIndex: sentenceIndex,
                                        start: lower, end: upper, source: date.source))
        }
        return result
    }

    /// A linked date with its clause in document offsets.
    struct Located {
        var fact: DateFact
        var start: Int
        var end: Int
        var source: SourceRole?
    }

    /// Every dated event of a text, in document order; exposed to tests without sentences.
    static func linkedDates(scalars: [Unicode.Scalar], published: PartialDate?,
                            context: EventLinker.DocumentContext? = nil) -> [Located] {
        let tokens = DateTokenizer.tokens(of: scalars)
        let mentions = DateScanner(tokens: tokens, published: published).mentions()
        guard !mentions.isEmpty else { return [] }
        let linker = EventLinker(tokens: tokens, scalars: scalars,
                                 context: context ?? EventLinker.DocumentContext(published: published))
        let matcher = TriggerMatcher(tokens: tokens)
        var result: [Located] = []
        var mentionIndex = 0
        for sentence in TokenSentences.ranges(of: tokens) {
            var inSentence: [DateMention] = []
            while mentionIndex < mentions.count, mentions[mentionIndex].firstToken < sentence.upperBound {
                if mentions[mentionIndex].firstToken >= sentence.lowerBound { inSentence.append(mentions[mentionIndex]) }
                mentionIndex += 1
            }
            guard !inSentence.isEmpty else { continue }
            let matches = matcher.matches(in: sentence)
            var linked: [LinkedDate] = []
            for mention in inSentence {
                linked += linker.link(mention, in: sentence, matches: matches, alone: inSentence.count == 1)
            }
            linked += linker.withinFacts(in: sentence, mentions: inSentence, matches: matches)
            for date in linked {
                result.append(Located(fact: date.fact, start: tokens[date.firstToken].start,
                                      end: tokens[min(date.lastToken, tokens.count - 1)].end, source: date.source))
            }
        }
        return result
    }

    /// Index of the sentence whose span holds `offset` (or the nearest one after it).
    static func sentence(containing offset: Int, in sentences: [Sentence]) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count ? low : nil
    }
}
