/// One sentence prepared for data-type extraction: its tokens, its clauses and the data-type
/// phrases in it, plus the sentence-wide cues.
struct DataTypeSentence: Sendable {
    /// A data-type phrase, by token index (`last` inclusive).
    struct Mention: Sendable, Equatable {
        var key: DataTypeKey
        var first: Int
        var last: Int
        var ambiguous: Bool
    }

    var tokens: [WordToken]
    var mentions: [Mention]
    /// Token ranges split at clause breaks (";", "but", "however", ...).
    var clauses: [Range<Int>]
    var hasStrongTrigger: Bool
    var hasWeakTrigger: Bool
    var hasContainer: Bool
    var hasClaimCue: Bool

    init(text: String, start: Int, lexicon: DataTypeLexicon = .standard) {
        self.init(scalars: Array(text.unicodeScalars), start: start, lexicon: lexicon)
    }

    init(scalars: [Unicode.Scalar], start: Int, lexicon: DataTypeLexicon = .standard) {
        let tokens = WordTokenizer.tokens(of: scalars, base: start)
        self.tokens = tokens
        var mentions: [Mention] = []
        for match in lexicon.matches(in: tokens) {
            guard let key = match.entry.key else { continue }
            mentions.append(Mention(key: key, first: match.first, last: match.last, ambiguous: match.entry.ambiguous))
        }
        mentions += Self.sharedHeadMentions(tokens, taken: mentions, lexicon: lexicon)
        self.mentions = mentions.sorted { $0.first < $1.first }
        clauses = Self.clauses(of: tokens)
        var strong = false, weak = false, container = false, claim = false
        for (index, token) in tokens.enumerated() where token.isWord {
            if ExposureCues.strongTriggers.contains(token.word) {
                // "sale" is a trigger only in "for sale".
                if token.word != "sale" || (index > 0 && tokens[index - 1].word == "for") { strong = true }
            }
            if ExposureCues.weakTriggers.contains(token.word) { weak = true }
            if ExposureCues.containers.contains(token.singular) { container = true }
            if ExposureCues.claimCues.contains(token.word) {
                if token.word != "sale" || (index > 0 && tokens[index - 1].word == "for") { claim = true }
            }
        }
        hasStrongTrigger = strong
        hasWeakTrigger = weak
        hasContainer = container
        hasClaimCue = claim
    }

    /// Takes over the sentence-wide cues of the sentence this one continues.
    mutating func absorbCues(of previous: DataTypeSentence) {
        hasStrongTrigger = hasStrongTrigger || previous.hasStrongTrigger
        hasWeakTrigger = hasWeakTrigger || previous.hasWeakTrigger
        hasContainer = hasContainer || previous.hasContainer
        hasClaimCue = hasClaimCue || previous.hasClaimCue
    }

    /// Whether the sentence speaks of data being taken, listed or denied at all.
    var hasBreachContext: Bool { hasStrongTrigger || (hasWeakTrigger && hasContainer) }

    /// Whether the sentence ends with a colon that introduces a list ("The data included:").
    var introducesList: Bool {
        tokens.last?.word == ":"
    }

    /// The clause that holds a token.
    func clause(of tokenIndex: Int) -> Range<Int> {
        clauses.first { $0.contains(tokenIndex) } ?? 0..<tokens.count
    }

    /// Splits at ";" and at clause-break words, keeping "but not limited to" inside its clause.
    static func clauses(of tokens: [WordToken]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var begin = 0
        for (index, token) in tokens.enumerated() {
            let isBreak: Bool
            if token.word == ";" {
                isBreak = true
            } else if token.isWord, ExposureCues.clauseBreaks.contains(token.word) {
                let next = index + 2 < tokens.count ? tokens[index + 2].word : ""
                isBreak = !(token.word == "but" && next == "limited")
            } else {
                isBreak = false
            }
            if isBreak, index > begin {
                result.append(begin..<index)
                begin = index
            }
        }
        if begin < tokens.count { result.append(begin..<tokens.count) }
        return result
    }

    /// "financial and personal details": a modifier that only names a data type together with a
    /// head noun borrows the head of the next conjunct.
    static func sharedHeadMentions(_ tokens: [WordToken], taken: [Mention], lexicon: DataTypeLexicon) -> [Mention] {
        var result: [Mention] = []
        var index = 0
        while index + 2 < tokens.count {
            let modifier = tokens[index]
            let conjunction = tokens[index + 1].word
            defer { index += 1 }
            guard modifier.isWord, conjunction == "and" || conjunction == "or",
                  !taken.contains(where: { $0.first <= index && index <= $0.last }) else { continue }
            for offset in 2...4 where index + offset < tokens.count {
                let head = tokens[index + offset]
                guard head.isWord else { break }
                guard ExposureCues.sharedHeads.contains(head.singular) else { continue }
                if let entry = lexicon.entry(forWords: [modifier.singular, head.singular]), let key = entry.key {
                    result.append(Mention(key: key, first: index, last: index, ambiguous: false))
                }
                break
            }
        }
        return result
    }
}
