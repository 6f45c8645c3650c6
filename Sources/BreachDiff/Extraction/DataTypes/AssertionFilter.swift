/// Sentences that name breached data without asserting, in this document, that it was exposed.
///
/// `MentionFilter` drops words that are not about breach data at all; this filter drops data
/// types that are about the breach but are not the document's own assertion:
/// - a possibility relayed second-hand, "X said that the stolen information may have included
///   A, B and C": a reporting verb, then a modal listing verb ("may have included", "could
///   contain"). The company's own wording ("The information may have included ...") or a quoted
///   statement ("X says that A and B may have been compromised") stays a fact;
/// - an earlier announcement restated, "When X first announced the breach, it said ...": the
///   temporal frame puts the statement in the past, where the document that made it holds it;
/// - a proportion, "the number of passport numbers involved is a small percentage of the total":
///   the sentence asserts a quantity and only presupposes the data type.
/// Every check is a linear scan of the analysed sentence's tokens.
enum AssertionFilter {
    static let reportingVerbs: Set<String> = [
        "said", "says", "wrote", "writes", "stated", "states", "told", "reported", "reports", "added", "explained",
        "noted", "announced",
    ]
    static let modals: Set<String> = ["may", "might", "could"]
    static let listingVerbs: Set<String> = ["include", "included", "includes", "contain", "contained", "contains"]
    static let earlierMarkers: Set<String> = ["first", "initially", "originally"]
    static let disclosureVerbs: Set<String> = ["announced", "disclosed", "reported", "revealed", "said", "confirmed"]
    static let proportionWords: Set<String> = [
        "percentage", "fraction", "portion", "proportion", "share", "minority", "subset",
    ]

    /// The first token a sentence does not assert for: mentions at or after it are dropped.
    /// `tokens.count` when the whole sentence asserts.
    static func assertedLimit(of sentence: DataTypeSentence) -> Int {
        let tokens = sentence.tokens
        if restatesEarlierAnnouncement(tokens) { return 0 }
        return secondHandPossibility(tokens) ?? tokens.count
    }

    /// "When X first announced the breach in September, it said ...": the sentence opens with a
    /// "when" clause that places a disclosure in the past.
    static func restatesEarlierAnnouncement(_ tokens: [WordToken]) -> Bool {
        guard tokens.count > 2, tokens[0].word == "when" else { return false }
        for index in 1..<min(tokens.count - 1, 8) where earlierMarkers.contains(tokens[index].word) {
            if disclosureVerbs.contains(tokens[index + 1].word) { return true }
        }
        return false
    }

    /// The index of the modal listing verb of "X said that the data may have included ...".
    static func secondHandPossibility(_ tokens: [WordToken]) -> Int? {
        var reported = false
        for index in tokens.indices {
            let word = tokens[index].word
            // "said that", "wrote in a note that": the complementizer follows the verb closely.
            if reportingVerbs.contains(word), (index + 1..<min(tokens.count, index + 5)).contains(where: { tokens[$0].word == "that" }) {
                reported = true
                continue
            }
            guard reported, listingVerbs.contains(word) else { continue }
            let hedged = index >= 1 && modals.contains(tokens[index - 1].word)
                || index >= 2 && tokens[index - 1].word == "have" && modals.contains(tokens[index - 2].word)
            if hedged { return index }
        }
        return nil
    }

    /// "the number of A and B involved is a small percentage of the total".
    static func isPresupposedInProportion(_ mention: DataTypeSentence.Mention, in sentence: DataTypeSentence) -> Bool {
        let tokens = sentence.tokens
        let clause = sentence.clause(of: mention.first)
        let lower = max(clause.lowerBound, mention.first - 6)
        guard (lower..<mention.first).contains(where: { $0 + 1 < tokens.count && tokens[$0].word == "number" && tokens[$0 + 1].word == "of" }) else {
            return false
        }
        let upper = min(clause.upperBound, mention.last + 16)
        var sawCopula = false
        for index in (mention.last + 1)..<max(mention.last + 1, upper) {
            let word = tokens[index].word
            if word == "is" || word == "was" { sawCopula = true }
            if sawCopula, proportionWords.contains(word) { return true }
        }
        return false
    }

    /// Whether the segment's only exposure word describes a kind of data: "a stolen password
    /// alone is worthless", "an exposed PIN can be changed". An indefinite singular names what
    /// such data is like, not what was taken; a breach report speaks of definite or plural data
    /// ("the stolen passwords", "stolen passwords were posted"), or has another exposure word
    /// ("a stolen password list was posted and names were exposed" keeps the names).
    static func isGenericOnly(_ sentence: DataTypeSentence) -> Bool {
        guard sentence.hasStrongTrigger, !(sentence.hasWeakTrigger && sentence.hasContainer) else { return false }
        let tokens = sentence.tokens
        var generic = false
        for index in tokens.indices where ExposureCues.isStrongTrigger(tokens[index]) {
            let article = index > 0 && (tokens[index - 1].word == "a" || tokens[index - 1].word == "an")
            let item = sentence.mentions.first { $0.first == index + 1 }
            guard article, let item, !tokens[item.last].isPlural,
                  item.last + 1 >= tokens.count || tokens[item.last + 1].word != "list" else { return false }
            generic = true
        }
        return generic
    }
}
