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
        let scalars = Array(text.unicodeScalars)
        self.init(tokens: WordTokenizer.tokens(in: scalars, range: 0..<scalars.count, offset: start), lexicon: lexicon)
    }

    /// A range of a document's scalars; offsets are the scalar indices.
    init(scalars: [Unicode.Scalar], range: Range<Int>, lexicon: DataTypeLexicon = .standard) {
        self.init(tokens: WordTokenizer.tokens(in: scalars, range: range, offset: 0), lexicon: lexicon)
    }

    init(tokens: [WordToken], lexicon: DataTypeLexicon = .standard) {
        var tokens = tokens
        for index in tokens.indices {
            if let cues = ExposureCues.flagTable[tokens[index].word] { tokens[index].cues = cues }
        }
        self.tokens = tokens
        var mentions: [Mention] = []
        for match in lexicon.matches(in: tokens) {
            guard let key = match.entry.key else { continue }
            mentions.append(Mention(key: key, first: match.first, last: match.last, ambiguous: match.entry.ambiguous))
        }
        mentions += Self.sharedHeadMentions(tokens, taken: mentions, lexicon: lexicon)
        mentions += CalledNumbers.mentions(in: tokens, taken: mentions)
        self.mentions = mentions.sorted { $0.first < $1.first }
        clauses = Self.clauses(of: tokens)
        var strong = false, weak = false, container = false, claim = false
        for (index, token) in tokens.enumerated() where !token.cues.isEmpty {
            // "sale" is a trigger and a claim only in "for sale".
            let saleAlone = token.word == "sale" && (index == 0 || tokens[index - 1].word != "for")
            if token.cues.contains(.strong), !saleAlone { strong = true }
            if token.cues.contains(.weak) { weak = true }
            if token.cues.contains(.container) { container = true }
            if token.cues.contains(.claim), !saleAlone, !Self.isClaimNoun(tokens, index) { claim = true }
        }
        hasStrongTrigger = strong
        hasWeakTrigger = weak
        hasContainer = container
        hasClaimCue = claim
    }

    /// "claims data", "such as claim numbers": the insurance noun (`ClaimNoun`), no claim cue.
    static func isClaimNoun(_ tokens: [WordToken], _ index: Int) -> Bool {
        let word = tokens[index].word
        guard word == "claim" || word == "claims" else { return false }
        let previous = index > 0 ? tokens[index - 1].word : nil
        return ClaimNoun.isNoun(previous: previous, following: tokens[(index + 1)..<min(tokens.count, index + 5)].map(\.word))
    }

    /// A segment without tokens, for the ones the prescreen skips.
    static let empty = DataTypeSentence(tokens: [])

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
            } else if token.cues.contains(.clauseBreak) {
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
                guard head.cues.contains(.sharedHead) else { continue }
                if let entry = lexicon.entry(forWords: [modifier.singular, head.singular]), let key = entry.key {
                    result.append(Mention(key: key, first: index, last: index, ambiguous: false))
                }
                break
            }
        }
        return result
    }
}
