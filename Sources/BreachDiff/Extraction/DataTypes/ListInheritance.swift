/// Bulleted lists: "The information accessed included:" followed by one item per block. Each
/// item inherits the status and speaker of its introduction, since the items themselves are
/// bare noun phrases without a verb.
enum ListInheritance {
    /// What an introduction passes to its items.
    struct Intro: Equatable {
        var status: ExposureStatus
        /// The speaker and stance of the items: the introduction's, or the attacker's when the
        /// introduction reports a claim.
        var source: SourceRole
        var stance: Stance
    }

    /// Most list items a single introduction governs; a list longer than this is a page of
    /// bullets, not one disclosure.
    static let maximumItems = 30
    /// A paragraph block longer than this (in scalars) is prose that ends a list.
    static let maximumItemLength = 400

    /// For each segment, the introduction it inherits from, if it is an item of such a list.
    static func inheritedIntros(segments: [DataTypeExtractor.Segment], input: ExtractionInput) -> [Intro?] {
        var result = [Intro?](repeating: nil, count: segments.count)
        var segmentsPerBlock = [Int](repeating: 0, count: input.document.blocks.count + 1)
        // By index, and the test before the copy: iterating the segments copied each one (its
        // arrays retained and released), and few segments introduce a list.
        for index in segments.indices where segments[index].block >= 0 && segments[index].block < segmentsPerBlock.count {
            segmentsPerBlock[segments[index].block] += 1
        }
        for index in segments.indices where segments[index].analysis.introducesList {
            let segment = segments[index]
            let analysis = segment.analysis
            guard analysis.introducesList, analysis.hasBreachContext || analysis.hasClaimCue else { continue }
            let intro = makeIntro(analysis, at: segment.sentence, input: input)
            var next = index + 1
            var items = 0
            while next < segments.count, items < maximumItems {
                let block = segments[next].block
                guard block == segment.block || isListItem(block: block, input: input, segmentCount: block >= 0 && block < segmentsPerBlock.count ? segmentsPerBlock[block] : 0) else { break }
                if result[next] == nil { result[next] = intro }
                items += 1
                next += 1
            }
        }
        return result
    }

    /// A block that reads as one bullet: marked as a list item, starting with a bullet sign, or a
    /// short single-sentence block (plain-text readers lose the bullet signs).
    static func isListItem(block index: Int, input: ExtractionInput, segmentCount: Int) -> Bool {
        guard index < input.document.blocks.count else { return false }
        let block = input.document.blocks[index]
        switch block.kind {
        case .listItem, .tableCell: return true
        // Readers take short lines for headings; one that starts in lower case is a list line.
        case .heading: return block.text.unicodeScalars.first?.properties.isLowercase ?? false
        default: break
        }
        let trimmed = block.text.unicodeScalars.drop { $0 == " " || $0 == "\t" }
        if let first = trimmed.first, ["\u{2022}", "-", "*", "\u{2013}", "\u{00B7}", "\u{25AA}", "\u{25E6}", "|"].contains(first) {
            return true
        }
        // Sentence splitters cut items at abbreviations ("U.S. consumers"), so a short block
        // counts whatever its sentence count; a longer one only as a single sentence.
        let length = block.end - block.start
        return length <= maximumItemLength / 2 || (segmentCount == 1 && length <= maximumItemLength)
    }

    /// "were not accessed:" introduces denied items; otherwise the items are exposed or claimed.
    static func makeIntro(_ sentence: DataTypeSentence, at index: Int, input: ExtractionInput) -> Intro {
        let attribution = attribution(at: index, input: input)
        let denied = sentence.tokens.indices.contains { ExposureCues.isNegation(sentence.tokens[$0]) && !isCancelled(at: $0, sentence.tokens) }
        if denied { return Intro(status: .notExposed, source: attribution.source, stance: .denied) }
        if attribution.source == .attacker || attribution.stance == .claimed {
            return Intro(status: .claimed, source: attribution.source, stance: attribution.stance)
        }
        if sentence.hasClaimCue { return Intro(status: .claimed, source: .attacker, stance: .claimed) }
        return Intro(status: .exposed, source: attribution.source, stance: attribution.stance)
    }

    static func attribution(at index: Int, input: ExtractionInput) -> Attribution {
        index < input.attributions.count ? input.attributions[index] : Attribution(source: .media, stance: .confirmed)
    }

    private static func isCancelled(at index: Int, _ tokens: [WordToken]) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].cues.contains(.canceller)
    }
}
