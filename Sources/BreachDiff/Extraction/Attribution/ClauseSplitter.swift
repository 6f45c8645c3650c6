/// Splits a sentence into clauses, the scope of hedges, denials and incident references.
///
/// "Of the cards, 354,000 were unexpired, and the company had no evidence that the numbers were
/// decrypted" holds a confirmed count and a denial: the denial must not reach the count. Boundaries
/// are `;`, dashes, and a comma before a conjunction (`but`, `though`, `while`, ...). A comma before
/// `and`/`so`/`yet` ends a clause only when a new subject follows (a capitalised word or a pronoun),
/// so lists ("names, addresses, and dates of birth") stay one clause.
public enum ClauseSplitter {
    /// Clause ranges in scalar offsets of `scalars` (the sentence), covering it from start to end.
    public static func clauses(of scalars: [Unicode.Scalar], tokens: [CueToken]) -> [Range<Int>] {
        var cuts: [Int] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == ";" || scalar == "\u{2014}" {
                cuts.append(index)
            } else if scalar == "-", index + 1 < scalars.count, scalars[index + 1] == "-" {
                cuts.append(index)
                index += 1
            } else if scalar == "\u{2013}", index > 0, scalars[index - 1] == " " {
                cuts.append(index)
            }
            index += 1
        }
        for position in tokens.indices where position > 0 && conjunctions.contains(tokens[position]) {
            guard precededByComma(scalars, before: tokens[position].start) else { continue }
            if weakConjunctions.contains(tokens[position]) {
                guard position + 1 < tokens.count else { continue }
                guard tokens[position + 1].capitalised || subjects.contains(tokens[position + 1]) else { continue }
            }
            cuts.append(tokens[position].start)
        }
        cuts.sort()
        var result: [Range<Int>] = []
        var begin = 0
        for cut in cuts where cut > begin {
            result.append(begin..<cut)
            begin = cut
        }
        result.append(begin..<scalars.count)
        return result
    }

    /// The clause that contains the span `start..<end` (sentence offsets): the one holding its start,
    /// extended over any later clause the span reaches into.
    public static func clause(containing start: Int, _ end: Int, in clauses: [Range<Int>]) -> Range<Int> {
        guard let first = clauses.firstIndex(where: { $0.contains(start) }) else {
            return clauses.last ?? start..<end
        }
        var upper = clauses[first].upperBound
        for clause in clauses[first...] where clause.lowerBound < end { upper = max(upper, clause.upperBound) }
        return clauses[first].lowerBound..<upper
    }

    static func precededByComma(_ scalars: [Unicode.Scalar], before offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0, scalars[index] == " " { index -= 1 }
        return index >= 0 && scalars[index] == ","
    }

    // `WordSet`s probed with each token's key: as `Set<String>`s these hashed every word of every
    // sentence a fact is in (same answers).
    static let conjunctions: WordSet = [
        "but", "though", "although", "while", "however", "whereas", "and", "so", "yet", "unlike", "except",
    ]
    static let weakConjunctions: WordSet = ["and", "so", "yet"]
    static let subjects: WordSet = ["it", "they", "we", "he", "she", "there", "the", "this", "that", "its", "our", "their"]
}
