/// Splits a document's blocks into sentences with document offsets (Unicode scalars).
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) when
/// white space and then an upper-case letter, a digit or an opening quote follow, or the block ends.
/// A period does not end a sentence after a known abbreviation ("U.S.", "Inc.", "Jan.", "No.",
/// "e.g.", "Wash."), an initial ("J. Smith") or inside a number ("1.5"). Corporate suffixes end
/// one only before a typical sentence opener ("..., Inc. The company"). Linear in the block
/// length; a run longer than `maximumLength` scalars is cut at white space so later rules stay linear.
public struct SentenceSplitter: Sendable {
    /// The longest sentence handed to later stages, in Unicode scalars.
    public var maximumLength: Int

    public init(maximumLength: Int = 3000) {
        self.maximumLength = maximumLength
    }

    static let abbreviations: Set<String> = [
        "u.s", "u.k", "u.n", "e.u", "inc", "corp", "co", "ltd", "llc", "plc", "no", "nos", "approx", "e.g", "i.e", "mr",
        "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "dept", "vs", "fig", "vol", "est", "ave",
        "blvd", "mt", "ft", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "wash", "va", "calif", "fla", "mass", "conn", "ill", "mich", "minn", "md", "pa", "n.y", "d.c", "ga", "tex",
        "ariz", "colo", "ore", "okla", "tenn", "ky", "ala", "wis", "nev", "n.j", "n.c", "s.c", "del", "neb", "kan",
        "cal", "u.s.a", "ph.d", "cf", "al", "ca", "ref", "sec", "art", "para",
    ]

    /// In scalars.
    private static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0

    /// Company-name suffixes that often end a sentence too.
    static let corporateSuffixes: Set<String> = ["inc", "corp", "co", "ltd", "llc", "plc"]

    static let sentenceOpeners: Set<String> = [
        "the", "we", "it", "in", "this", "on", "as", "our", "a", "an", "they", "its", "these", "that", "there", "he",
        "she", "for", "if", "according", "however", "to", "at", "no", "some",
    ]

    public func sentences(of document: ParsedDocument) -> [Sentence] {
        sentences(of: document, text: nil)
    }

    /// The sentences of `document`; `text`, the document text as scalars when the caller has it
    /// (`ScalarText.scalars(of: document.text)`), spares decoding every block again: a block is
    /// `text[start..<end]` (`TextBlock`), so its scalars are read in place.
    public func sentences(of document: ParsedDocument, text: [Unicode.Scalar]?) -> [Sentence] {
        var result: [Sentence] = []
        var decoded: [Unicode.Scalar] = []
        var ranges: [Range<Int>] = []
        for (index, block) in document.blocks.enumerated() {
            // The block's scalars: read in place from `text` when its offsets fit, else decoded.
            let inPlace = text.map { block.start >= 0 && block.start <= block.end && block.end <= $0.count } ?? false
            if !inPlace { ScalarText.replace(&decoded, with: block.text) }
            let source = inPlace ? text! : decoded
            let first = inPlace ? block.start : 0
            let isASCII = source.withUnsafeBufferPointer { all in
                let scalars = UnsafeBufferPointer(rebasing: all[first..<(inPlace ? block.end : all.count)])
                split(scalars, into: &ranges)
                guard scalars.count == block.text.utf8.count else {
                    for range in ranges {
                        result.append(Sentence(text: ScalarText.string(scalars[range]), start: block.start + range.lowerBound,
                                               end: block.start + range.upperBound, blockIndex: index))
                    }
                    return false
                }
                return true
            }
            guard isASCII else { continue }
            // An ASCII block's scalar offsets are its UTF-8 offsets: the sentence is a copy of
            // the block's bytes, not a re-encoding of its scalars (same string, a third of the work),
            // made from the bytes directly (a `Substring` per sentence cost as much again).
            var blockText = block.text
            blockText.withUTF8 { utf8 in
                for range in ranges {
                    result.append(Sentence(text: String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self),
                                           start: block.start + range.lowerBound, end: block.start + range.upperBound,
                                           blockIndex: index))
                }
            }
        }
        return result
    }

    /// Sentence ranges of one block's scalars, trimmed of surrounding white space.
    func split(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        split(scalars, into: &ranges)
        return ranges
    }

    /// `split(_:)` into a buffer the caller keeps: one allocation per document, not per block.
    func split(_ scalars: [Unicode.Scalar], into ranges: inout [Range<Int>]) {
        scalars.withUnsafeBufferPointer { split($0, into: &ranges) }
    }

    /// `split(_:into:)` over a buffer: a block read in place from the document's scalars.
    func split(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        var begin = 0
        var position = 0
        let count = scalars.count
        func emit(_ end: Int) {
            var start = begin
            var stop = end
            while start < stop, ScalarText.isWhitespace(scalars[start]) { start += 1 }
            while stop > start, ScalarText.isWhitespace(scalars[stop - 1]) { stop -= 1 }
            if start < stop { ranges.append(start..<stop) }
            begin = end
        }
        while position < count {
            // The scan to the next full stop or the length limit visits every scalar of the text:
            // on the buffer, one table test per scalar.
            let limit = min(count, begin + maximumLength)
            position = Self.nextTerminal(in: scalars, from: position, before: limit)
            if position == count { break }
            if position - begin >= maximumLength {
                var cut = position
                while cut > begin + maximumLength / 2, !ScalarText.isWhitespace(scalars[cut]) { cut -= 1 }
                if cut <= begin + maximumLength / 2 { cut = position }
                emit(cut)
                position = cut
                continue
            }
            let scalar = scalars[position]
            var end = position + 1
            while end < count, Self.closesSentence(scalars[end]) { end += 1 }
            if end == count { emit(end); position = end; continue }
            guard ScalarText.isWhitespace(scalars[end]) else { position = end; continue }
            var next = end
            while next < count, ScalarText.isWhitespace(scalars[next]) { next += 1 }
            guard next < count, startsSentence(scalars, at: next) else { position = end; continue }
            if scalar == ".", end == position + 1, !periodEnds(scalars, at: position, nextWordAt: next) {
                position = end
                continue
            }
            emit(end)
            position = end
        }
        if begin < count { emit(count) }
    }

    /// `.`, `!` and `?` as bits of one word (all below U+0040).
    private static let terminalMask: UInt64 = 1 << 0x21 | 1 << 0x2E | 1 << 0x3F

    /// The index of the first `.`, `!`, `?` or `…` in `start..<limit`, else `max(start, limit)`.
    private static func nextTerminal(in buffer: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, before limit: Int) -> Int {
        var index = start
        // Eight scalars at a time while none is a terminal: four equality tests ORed without a
        // branch, which the compiler turns into vector compares (the table test below is a
        // shift per scalar and cannot be vectorised; this scan visits every scalar of the text).
        while index + 8 <= limit {
            var hits: UInt32 = 0
            for offset in 0..<8 {
                let value = buffer[index + offset].value
                hits |= (value == 0x21 ? 1 : 0) | (value == 0x2E ? 1 : 0) | (value == 0x3F ? 1 : 0) | (value == 0x2026 ? 1 : 0)
            }
            if hits != 0 { break }
            index += 8
        }
        while index < limit {
            let value = buffer[index].value
            if value < 0x40 ? terminalMask >> UInt64(value) & 1 != 0 : value == 0x2026 { return index }
            index += 1
        }
        return index
    }

    /// Terminal punctuation, closing quotes and brackets that stay with the sentence they end.
    /// (A switch, not `String.unicodeScalars.contains`: this runs after every full stop.)
    private static func closesSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", "\"", "'", ")", "]", "\u{201D}", "\u{2019}": return true
        default: return false
        }
    }

    private func startsSentence(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> Bool {
        var first = scalars[index]
        // A switch, not a walk of a string's scalars, for the opening quotes and brackets.
        switch first {
        case "\"", "'", "(", "\u{201C}", "\u{2018}", "[": if index + 1 < scalars.count { first = scalars[index + 1] }
        default: break
        }
        // In ASCII only A-Z are upper case and only 0-9 have a numeric type: no property lookup.
        if first.value < 0x80 { return ("A"..."Z").contains(first) || ("0"..."9").contains(first) }
        return first.properties.isUppercase || first.properties.numericType != nil
    }

    /// Whether the period at `index` ends a sentence, judged by the word before it.
    private func periodEnds(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, nextWordAt next: Int) -> Bool {
        var start = index
        while start > 0, index - start < 12, !ScalarText.isWhitespace(scalars[start - 1]), scalars[start - 1] != "(" {
            start -= 1
        }
        // Lower-casing never shortens a word (each scalar maps to one or more), so a word longer
        // than every abbreviation is none of them: it ends the sentence without a string made.
        if index - start > Self.longestAbbreviation { return true }
        let word = ScalarText.string(scalars[start..<index]).lowercased()
        if word.isEmpty { return true }
        if word.unicodeScalars.count == 1, scalars[start].properties.isUppercase { return false }
        guard Self.abbreviations.contains(word) else { return true }
        if Self.corporateSuffixes.contains(word) {
            var stop = next
            while stop < scalars.count, stop - next < 12, scalars[stop].properties.isAlphabetic { stop += 1 }
            return Self.sentenceOpeners.contains(ScalarText.string(scalars[next..<stop]).lowercased())
        }
        return false
    }
}
