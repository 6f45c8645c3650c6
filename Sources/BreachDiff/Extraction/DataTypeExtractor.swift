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
        let scalars = input.text
        var segments = Self.segments(of: input, scalars: scalars)
        var perSegment: [[FactCandidate]] = []
        perSegment.reserveCapacity(segments.count)
        // A segment that starts in lower case is the rest of a sentence a splitter cut at an
        // abbreviation ("U.S. consumers"); one that opens a quotation after a reported claim
        // ("X allegedly wrote ... “...”") carries the claim on. Either shares the cues before it.
        for index in segments.indices.dropFirst() where segments[index].block == segments[index - 1].block {
            guard !segments[index].analysis.mentions.isEmpty else { continue }
            if !segments[index - 1].analyzed {
                segments[index - 1].analysis = DataTypeSentence(scalars: scalars, range: segments[index - 1].range)
                segments[index - 1].analyzed = true
            }
            let previous = segments[index - 1]
            if segments[index].startsLowercase || (segments[index].startsQuotation && previous.analysis.hasClaimCue) {
                segments[index].analysis.absorbCues(of: previous.analysis)
            }
        }
        let inherited = ListInheritance.inheritedIntros(segments: segments, input: input)
        // "They may include names, ...": a pronoun list takes the exposure of the data it stands for.
        let anaphoric = AnaphoricList.intros(segments: segments, input: input, inherited: inherited)
        // By index: `enumerated()` copied every segment (three arrays retained and released). A
        // segment without mentions has no candidates (the first test of `candidates(of:...)`),
        // and most segments have none: they are not copied into the call at all.
        for index in segments.indices {
            guard !segments[index].analysis.mentions.isEmpty else {
                perSegment.append([])
                continue
            }
            let forced = (inherited[index] ?? anaphoric[index]).map(Forced.inherited)
            perSegment.append(candidates(of: segments[index], input: input, forced: forced))
        }
        // "None of this information was exposed" with nothing of its own denies the list before it.
        // The trigger flags (the first test of `refersBackToDenial`) are read in place first:
        // passing the analysis copied the whole segment, for every segment.
        for index in segments.indices where segments[index].analysis.mentions.isEmpty
            && (segments[index].analysis.hasStrongTrigger || segments[index].analysis.hasWeakTrigger)
            && Self.refersBackToDenial(segments[index].analysis) {
            for back in stride(from: index - 1, through: max(0, index - 2), by: -1) {
                guard segments[back].block == segments[index].block else { break }
                guard !segments[back].analysis.mentions.isEmpty else { continue }
                perSegment[back] = candidates(of: segments[back], input: input, forced: .denied)
                break
            }
        }
        return perSegment.flatMap { $0 }
    }

    /// A piece of a sentence (`SegmentSplitter`) with its analysis.
    struct Segment {
        var range: Range<Int>
        /// Empty until analysed; `DataTypePrescreen` skips segments that cannot matter.
        var analysis: DataTypeSentence
        var analyzed: Bool
        /// Index of its sentence in `ExtractionInput.sentences`, and that sentence's block.
        var sentence: Int
        var block: Int
        var startsLowercase: Bool
        var startsQuotation: Bool
        /// Set when the segment joins a wrapped line of the next block.
        var continuation: Continuation?
    }

    /// Where the joined second part of a segment starts, and its sentence.
    struct Continuation {
        var start: Int
        var sentence: Int
        var firstEnd: Int
    }

    /// The segments of every sentence; `scalars` is the document text, of which sentences are
    /// ranges, so no sentence is decoded again.
    static func segments(of input: ExtractionInput, scalars: [Unicode.Scalar]) -> [Segment] {
        // Pieces first, then hard-wrapped lines joined: a reader may turn "names,\nemail
        // addresses" into two blocks, the second starting in lower case.
        var pieces: [(range: Range<Int>, sentence: Int, block: Int)] = []
        pieces.reserveCapacity(input.sentences.count)
        var cut: [Range<Int>] = []
        for (index, sentence) in input.sentences.enumerated() {
            let range = max(0, sentence.start)..<min(scalars.count, max(sentence.start, sentence.end))
            cut.removeAll(keepingCapacity: true)
            SegmentSplitter.segments(of: scalars, in: range, into: &cut)
            for segment in cut {
                pieces.append((segment, index, sentence.blockIndex))
            }
        }
        var result: [Segment] = []
        result.reserveCapacity(pieces.count)
        var prescreen = DataTypePrescreen()
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            var range = piece.range
            var continuation: Continuation?
            if index + 1 < pieces.count, Self.wrapsOnto(piece, pieces[index + 1], scalars: scalars, blocks: input.document.blocks) {
                let next = pieces[index + 1]
                range = piece.range.lowerBound..<next.range.upperBound
                continuation = Continuation(start: next.range.lowerBound, sentence: next.sentence, firstEnd: piece.range.upperBound)
                index += 1
            }
            index += 1
            let first = scalars[range.lowerBound]
            let needed = prescreen.needsAnalysis(scalars, in: range)
            result.append(Segment(
                range: range,
                analysis: needed ? DataTypeSentence(scalars: scalars, range: range) : .empty, analyzed: needed,
                sentence: piece.sentence, block: continuation == nil ? piece.block : pieces[index - 1].block,
                startsLowercase: BlockEdges.isLowercase(first),
                startsQuotation: first == "\u{201C}" || first == "\"",
                continuation: continuation
            ))
        }
        return result
    }

    /// Whether a piece that ends its block without closing punctuation goes on in the first piece
    /// of the next block, which starts in lower case (a line break the reader took for a block).
    static func wrapsOnto(_ piece: (range: Range<Int>, sentence: Int, block: Int),
                          _ next: (range: Range<Int>, sentence: Int, block: Int), scalars: [Unicode.Scalar],
                          blocks: [TextBlock]) -> Bool {
        guard next.block == piece.block + 1, next.sentence != piece.sentence,
              BlockEdges.isLowercase(scalars[next.range.lowerBound]) else { return false }
        // A list item is a new bullet even when it starts in lower case.
        if next.block < blocks.count, blocks[next.block].kind == .listItem { return false }
        switch scalars[piece.range.upperBound - 1] {
        case ".", "!", "?", ":", ";": return false
        default: return true
        }
    }

    /// The candidates of one sentence, one per distinct key and status.
    func candidates(of segment: Segment, input: ExtractionInput, forced: Forced?) -> [FactCandidate] {
        let sentence = segment.analysis
        guard !sentence.mentions.isEmpty else { return [] }
        // A question asks, it does not state: "Was my Social Security number taken?" in a FAQ is
        // answered (or not) by the next segment.
        guard !Self.isQuestion(input.text, segment.range) else { return [] }
        // "so a stolen password alone is worthless": a kind of data, not this breach's data.
        guard !AssertionFilter.isGenericOnly(sentence) || forced != nil else { return [] }
        let index = segment.sentence
        let attribution = index < input.attributions.count
            ? input.attributions[index] : Attribution(source: .media, stance: .confirmed)
        var seen: Set<String> = []
        var result: [FactCandidate] = []
        let asserted = AssertionFilter.assertedLimit(of: sentence)
        let kept = sentence.mentions.filter {
            $0.first < asserted && MentionFilter.keeps($0, in: sentence) && !AssertionFilter.isPresupposedInProportion($0, in: sentence)
        }
        for mention in kept {
            guard let verdict = verdict(for: mention, in: sentence, kept: kept, attribution: attribution, forced: forced) else { continue }
            guard seen.insert("\(mention.key.rawValue) \(verdict.status.rawValue)").inserted else { continue }
            var span = Self.span(of: mention, in: sentence)
            var sentenceIndex = index
            if let continuation = segment.continuation {
                // A fact belongs to the part (and sentence) that holds its mention; the quote stays in it.
                if sentence.tokens[mention.first].start >= continuation.start {
                    sentenceIndex = continuation.sentence
                    span = max(span.lowerBound, continuation.start)..<span.upperBound
                } else {
                    span = span.lowerBound..<min(span.upperBound, continuation.firstEnd)
                }
            }
            let fact = DataTypeFact(key: mention.key, status: verdict.status, count: DataTypeCount.count(for: mention, in: sentence.tokens))
            result.append(FactCandidate(
                payload: .dataType(fact), sentenceIndex: sentenceIndex, start: span.lowerBound, end: span.upperBound,
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
            || DataTypeCount.countsOwners(sentence, clause: sentence.clause(of: mention.first))
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

    /// Whether the segment ends with a question mark (a closing quotation mark may follow it).
    static func isQuestion(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, [" ", "\"", "\u{201D}", "'", "\u{2019}", ")"].contains(scalars[end - 1]) { end -= 1 }
        return end > range.lowerBound && scalars[end - 1] == "?"
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
        while first < mention.first, tokens[first].kind == .punctuation || tokens[first].cues.contains(.clauseBreak) {
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
