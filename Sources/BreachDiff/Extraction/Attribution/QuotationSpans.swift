/// Finds the sentences that lie inside quotation marks and who is quoted.
///
/// A quotation runs from an opening mark to its closing mark, across sentences of a paragraph; a
/// paragraph that opens with a mark while the previous paragraph's quotation is still open continues
/// it (the convention for multi-paragraph quotes). Its speaker is the first cue found in, in order,
/// the sentence that closes it ("..., the company said."), the sentence that opens it
/// ("T-Mobile said: “..."), and the sentence before it when that ends in a colon.
public enum QuotationSpans {
    /// Whether a sentence is quoted, and the quoted speaker when one is named.
    public struct Quoted: Sendable, Equatable {
        public var speaker: SourceRole?
    }

    /// One entry per sentence: nil when the sentence is not inside a quotation.
    public static func speakers(sentences: [Sentence], scalars: [[Unicode.Scalar]], explicit: [SourceRole?]) -> [Quoted?] {
        var result: [Quoted?] = Array(repeating: nil, count: sentences.count)
        var open: Int?            // index of the sentence where the current quotation opened
        var members: [Int] = []
        func close(at last: Int) {
            guard let first = open else { return }
            var speaker = explicit[last] ?? explicit[first]
            if speaker == nil, first > 0, scalars[first - 1].last(where: { $0 != " " }) == ":" { speaker = explicit[first - 1] }
            for member in members { result[member] = Quoted(speaker: speaker) }
            open = nil
            members = []
        }
        for index in sentences.indices {
            // Outside a quotation, a sentence without a mark changes nothing (most sentences).
            if open == nil, !hasQuotationMark(scalars[index]) { continue }
            let newBlock = index == 0 || sentences[index - 1].blockIndex != sentences[index].blockIndex
            let first = scalars[index].first { $0 != " " }
            if newBlock, open != nil, !(first.map(isOpening) ?? false) { close(at: index - 1) }
            var depth = open == nil ? 0 : 1
            var opened = false
            for scalar in scalars[index] {
                if scalar == "\u{201C}" || (scalar == "\"" && depth == 0) {
                    if depth == 0 { opened = true }
                    depth = 1
                } else if scalar == "\u{201D}" || scalar == "\"" {
                    depth = 0
                }
            }
            if opened || open != nil {
                if open == nil { open = index }
                // A sentence counts as quoted when it starts inside the quotation or opens with the mark.
                if open != index || (first.map(isOpening) ?? false) { members.append(index) }
                if depth == 0 { close(at: index) }
            }
        }
        if open != nil { close(at: sentences.count - 1) }
        return result
    }

    /// Whether any `"`, `“` or `”` occurs. Why a branch-free OR over the buffer: it is asked of every
    /// sentence, and the compiler turns it into vector compares (the mark-by-mark walk below cost
    /// about seven instructions per scalar of every sentence).
    static func hasQuotationMark(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.withUnsafeBufferPointer { buffer in
            var hits: UInt32 = 0
            for scalar in buffer {
                let value = scalar.value
                hits |= (value == 0x22 ? 1 : 0) | (value &- 0x201C < 2 ? 1 : 0)
            }
            return hits != 0
        }
    }

    static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{201C}" || scalar == "\""
    }
}
