/// Finds DataType facts: which kinds of data a breach exposed, did not expose, or is claimed to
/// have exposed.
///
/// Per sentence: tokenize, find data-type phrases with `DataTypeLexicon`, drop mentions that are
/// not about this breach's data (`MentionFilter`), then give each the status its clause implies
/// (`NegationScope`, breach verbs, the attribution). A sentence that ends with a colon passes its
/// context to the list that follows it (`ListInheritance`), and "none of this information was
/// exposed" denies the list of the sentence before. Everything is a linear scan of word tokens.
public struct DataTypeExtractor: TypeExtractor {
    /// Context a sentence receives from elsewhere in the document.
    enum Forced: Equatable {
        /// Items of a list introduced by a sentence ending with ":".
        case inherited(ListInheritance.Intro)
        /// The sentence's list is denied by a following "none of this information ...".
        case denied
    }

    public init() {}

    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        var segments = Self.segments(of: input)
        var perSegment: [[FactCandidate]] = []
        perSegment.reserveCapacity(segments.count)
        // A segment that starts in lower case is the rest of a sentence a splitter cut at an
        // abbreviation ("U.S. consumers"); one that opens a quotation after a reported claim
        // ("X allegedly wrote ... “...”") carries the claim on. Either shares the cues before it.
        for index in segments.indices.dropFirst() where segments[index].block == segments[index - 1].block {
            let previous = segments[index - 1]
            if segments[index].startsLowercase || (segments[index].startsQuotation && previous.analysis.hasClaimCue) {
                segments[index].analysis.absorbCues(of: previous.analysis)
            }
        }
        let inherited = ListInheritance.inheritedIntros(segments: segments, input: input)
        for (index, segment) in segments.enumerated() {
            let forced = inherited[index].map(Forced.inherited)
            perSegment.append(candidates(of: segment.analysis, at: segment.sentence, input: input, forced: forced))
        }
        // "None of this information was exposed" with nothing of its own denies the list before it.
        for index in segments.indices where segments[index].analysis.mentions.isEmpty && Self.refersBackToDenial(segments[index].analysis) {
            for back in stride(from: index - 1, through: max(0, index - 2), by: -1) {
                guard segments[back].block == segments[index].block else { break }
                guard !segments[back].analysis.mentions.isEmpty else { continue }
                perSegment[back] = candidates(of: segments[back].analysis, at: segments[back].sentence, input: input, forced: .denied)
                break
            }
        }
        return perSegment.flatMap { $0 }
    }

    /// A piece of a sentence (`SegmentSplitter`) with its analysis.
    struct Segment {
        var analysis: DataTypeSentence
        /// Index of its sentence in `ExtractionInput.sentences`, and that sentence's block.
        var sentence: Int
        var block: Int
        var startsLowercase: Bool
        var startsQuotation: Bool
    }

    static func segments(of input: ExtractionInput) -> [Segment] {
        var result: [Segment] = []
        result.reserveCapacity(input.sentences.count)
        for (index, sentence) in input.sentences.enumerated() {
            let scalars = Array(sentence.text.unicodeScalars)
            for range in SegmentSplitter.segments(of: scalars) {
                let first = scalars[range.lowerBound]
                result.append(Segment(
                    analysis: DataTypeSentence(scalars: Array(scalars[range]), start: sentence.start + range.lowerBound),
                    sentence: index, block: sentence.blockIndex,
                    startsLowercase: first.properties.isLowercase,
                    startsQuotation: first == "\u{201C}" || first == "\""
                ))
            }
        }
        return result
    }

    /// The candidates of one sentence, one per distinct key and status.
    func candidates(of sentence: DataTypeSentence, at index: Int, input: ExtractionInput, forced: Forced?) -> [FactCandidate] {
        guard !sentence.mentions.isEmpty else { return [] }
        let attribution = index < input.attributions.count
            ? input.attributions[index] : Attribution(source: .media, stance: .confirmed)
        var seen: Set<String> = []
        var result: [FactCandidate] = []
        let kept = sentence.mentions.filter { MentionFilter.keeps($0, in: sentence) }
        for mention in kept {
            guard let verdict = verdict(for: mention, in: sentence, kept: kept, attribution: attribution, forced: forced) else { continue }
            guard seen.insert("\(mention.key.rawValue) \(verdict.status.rawValue)").inserted else { continue }
            let span = Self.span(of: mention, in: sentence)
            let fact = DataTypeFact(key: mention.key, status: verdict.status, count: DataTypeCount.count(for: mention, in: sentence.tokens))
            result.append(FactCandidate(
                payload: .dataType(fact), sentenceIndex: index, start: span.lowerBound, end: span.upperBound,
                source: verdict.source, stance: verdict.stance
            ))
        }
        return result
    }

    struct Verdict: Equatable {
        var status: ExposureStatus
        var source: SourceRole?
        var stance: Stance?
    }

    /// The status of a mention, or nil when the sentence does not say anything happened to it.
    func verdict(for mention: DataTypeSentence.Mention, in sentence: DataTypeSentence, kept: [DataTypeSentence.Mention],
                 attribution: Attribution, forced: Forced?) -> Verdict? {
        if forced == .denied { return Verdict(status: .notExposed, stance: .denied) }
        let intro: ListInheritance.Intro? = if case .inherited(let intro) = forced { intro } else { nil }
        let context = sentence.hasBreachContext || intro != nil
        switch NegationScope.reading(of: mention, in: sentence) {
        case .open:
            return nil
        case .denied:
            // A denied list needs no breach verb of its own ("Importantly, no phone numbers,
            // account numbers or PINs ..."), a single denied item does ("never ask for your PIN").
            let listed = kept.count { sentence.clause(of: $0.first).contains(mention.first) } >= 2
            return context || listed ? Verdict(status: .notExposed, stance: .denied) : nil
        case .notRuledOut:
            return affirmative(sentence: sentence, attribution: attribution)
        case .none:
            break
        }
        if let intro, !sentence.hasBreachContext {
            return Verdict(status: intro.status, source: intro.source, stance: intro.stance)
        }
        guard context || sentence.hasClaimCue || attribution.source == .attacker else { return nil }
        return affirmative(sentence: sentence, attribution: attribution)
    }

    /// Exposed, or claimed when the attacker says it or the sentence reports a claim.
    func affirmative(sentence: DataTypeSentence, attribution: Attribution) -> Verdict {
        if attribution.source == .attacker || attribution.stance == .claimed {
            return Verdict(status: .claimed)
        }
        if sentence.hasClaimCue {
            return Verdict(status: .claimed, source: .attacker, stance: .claimed)
        }
        return Verdict(status: .exposed)
    }

    /// "none of this information was exposed", "none of it was accessed".
    static func refersBackToDenial(_ sentence: DataTypeSentence) -> Bool {
        let tokens = sentence.tokens
        guard sentence.hasStrongTrigger || sentence.hasWeakTrigger else { return false }
        for index in tokens.indices.dropLast(2) where tokens[index].word == "none" && tokens[index + 1].word == "of" {
            if ["this", "that", "these", "those", "it", "them", "such", "the"].contains(tokens[index + 2].word) { return true }
        }
        return false
    }

    /// The clause that states the mention, narrowed around it when the clause is long.
    static func span(of mention: DataTypeSentence.Mention, in sentence: DataTypeSentence) -> Range<Int> {
        let tokens = sentence.tokens
        var clause = sentence.clause(of: mention.first)
        var first = clause.lowerBound
        while first < mention.first, tokens[first].kind == .punctuation || ExposureCues.clauseBreaks.contains(tokens[first].word) {
            first += 1
        }
        var last = clause.upperBound - 1
        while last > mention.last, tokens[last].kind == .punctuation, tokens[last].word != ")" { last -= 1 }
        clause = first..<(last + 1)
        if tokens[last].end - tokens[first].start > 320 {
            first = max(first, mention.first - 14)
            last = min(last, mention.last + 14)
        }
        return tokens[first].start..<tokens[last].end
    }
}
