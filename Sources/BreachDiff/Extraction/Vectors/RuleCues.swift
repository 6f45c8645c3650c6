/// Which vector rules can match in a sentence, from its words: the per-rule form of
/// `VectorExtractor`'s gate.
///
/// A rule matches only where one of its `cueWords` (a phrase's first word, an anchor) is a token,
/// unless it has `*` prefix phrases, which can start anywhere: those rules are always run. A rule
/// left out would have found no match, so skipping it changes no output.
struct RuleCues: Sendable {
    /// Every cue word of every rule.
    private let words: WordSet
    /// Per word of `words` (same index), the rules it is a cue of, as bits.
    private let masks: [UInt64]
    /// Rules run whatever the words: those with prefix phrases.
    private let always: UInt64
    /// More rules than bits: every rule is run.
    private let runsAll: Bool

    init(_ rules: [VectorRule]) {
        runsAll = rules.count > 64
        let cues = rules.map(\.cueWords)
        words = WordSet(cues.joined())
        var masks = [UInt64](repeating: 0, count: words.words.count)
        var always: UInt64 = 0
        for (index, rule) in rules.enumerated() where index < 64 {
            if rule.hasPrefixPhrases { always |= 1 << UInt64(index) }
            for word in cues[index] {
                if let slot = words.index(of: word, key: WordSet.key(word)) { masks[slot] |= 1 << UInt64(index) }
            }
        }
        self.masks = masks
        self.always = always
    }

    /// The rules that can match in `tokens`.
    func rules(startingIn tokens: [CueToken]) -> RuleSelection {
        if runsAll { return RuleSelection(bits: 0, all: true) }
        var bits = always
        for index in tokens.indices {
            if let slot = words.index(of: tokens[index]) { bits |= masks[slot] }
        }
        return RuleSelection(bits: bits, all: false)
    }
}

/// A set of rule indexes (see `RuleCues`).
struct RuleSelection {
    var bits: UInt64
    var all: Bool

    func contains(_ index: Int) -> Bool {
        all || index < 64 && bits & (1 << UInt64(index)) != 0
    }
}
