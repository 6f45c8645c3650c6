/// A discovery verb whose object stands before it, in a relative clause: "The attack, which the
/// company discovered on Feb. 21, ...", "the intrusion that staff detected in March".
///
/// Why: `discoveryObject` looks for the thing seen after the verb ("discovered that", "detected
/// the intrusion"); in a relative clause the breach noun comes first, then "which" or "that", the
/// subject and the verb, and the date follows the verb with no object at all.
extension TriggerMatcher {
    /// Relative pronouns that can carry the object of the clause's verb.
    static let relativePronouns: Set<UInt64> = Set(["which", "that"].map(DateTokenizer.hash))

    /// Breach nouns a relative clause can be about (not the pronouns "it" and "this").
    static let relativeAntecedents: Set<UInt64> = TriggerLexicon.breachWords.subtracting(TriggerLexicon.pronouns)

    /// Whether a relative pronoun within four words before `first` follows a breach noun, the
    /// comma of a non-restrictive clause allowed between them.
    func relativeObject(before first: Int, in range: Range<Int>) -> Bool {
        let low = max(range.lowerBound + 1, first - 4)
        guard low < first else { return false }
        for index in stride(from: first - 1, through: low, by: -1) {
            guard tokens[index].kind == .word, Self.relativePronouns.contains(tokens[index].key) else { continue }
            var antecedent = index - 1
            if tokens[antecedent].kind == .punctuation, antecedent > range.lowerBound { antecedent -= 1 }
            return tokens[antecedent].kind == .word && Self.relativeAntecedents.contains(tokens[antecedent].key)
        }
        return false
    }
}
