/// How firmly a span of a sentence is stated, from hedges, claims and denials in it.
///
/// Rules, first match wins, over the clause (or sentence) that holds the fact:
/// 1. a denial ("did not", "no evidence that", "was not accessed", "denied") gives `denied`;
/// 2. a claim word ("claims", "allegedly", "is selling", "offered for sale") gives `claimed`;
/// 3. a doubt ("cannot confirm", "has not yet determined", "unverified", "reportedly", "believed to")
///    gives `unverified`;
/// 4. an attacker's statement is `claimed` unless the company confirms it in the same sentence;
/// 5. otherwise `confirmed`.
///
/// Modal hedges ("may have", "could", "potentially") are deliberately not doubts: disclosure
/// language words confirmed exposure that way ("information that may have included names"), and
/// the hand-checked corpus treats a company's "may have been affected" count as its confirmed figure.
/// Set `modalHedgesDoubt` to treat them as doubts.
public struct StanceRules: Sendable {
    public var modalHedgesDoubt: Bool

    public init(modalHedgesDoubt: Bool = false) {
        self.modalHedgesDoubt = modalHedgesDoubt
    }

    /// The stance of `tokens[range]` spoken by `source`; `sentence` is the whole sentence, for
    /// rule 4's company confirmation.
    public func stance(of tokens: [CueToken], range: Range<Int>, source: SourceRole, sentence: Range<Int>? = nil) -> Stance {
        if Self.mayHedge(tokens, range: range) {
            if Self.denials.contains(in: tokens, range: range) { return .denied }
            if Self.claimsIn(tokens, range: range) { return .claimed }
            if Self.doubts.contains(in: tokens, range: range) { return .unverified }
        }
        if modalHedgesDoubt, Self.modals.contains(in: tokens, range: range) {
            return source == .attacker ? .claimed : .unverified
        }
        if source == .attacker {
            return Self.companyConfirms.contains(in: tokens, range: sentence ?? range) ? .confirmed : .claimed
        }
        return .confirmed
    }

    /// Whether a phrase of `denials`, `claims` or `doubts` can start in `range`: one probe per
    /// token of the three lists' first words, where the three `contains` passes cost three probes
    /// and a token copy each (most sentences hold none of them). Exact: a phrase matches only
    /// where its first word is; lists with `*` prefix phrases turn the gate off.
    static func mayHedge(_ tokens: [CueToken], range: Range<Int>) -> Bool {
        guard let leads = hedgeLeads else { return true }
        for position in range where leads.index(of: tokens[position]) != nil {
            return true
        }
        return false
    }

    /// The first words of `denials`, `claims` and `doubts`; nil when one has prefix phrases.
    static let hedgeLeads: WordSet? = {
        let lists = [denials, claims, doubts]
        guard !lists.contains(where: \.hasPrefixPhrases) else { return nil }
        return WordSet(lists.flatMap(\.firstWordList))
    }()

    static let denials = PhraseSet([
        "did not", "does not", "do not", "didn't", "doesn't", "was not", "were not", "wasn't", "weren't",
        // "had not been identified before" is not a denial: "not been" denies only with a breach verb.
        "not been accessed", "not been compromised", "not been exposed", "not been affected", "not been impacted",
        "not been stolen", "not been taken", "not been obtained", "not been misused", "not been acquired", "no evidence", "no indication", "no sign", "no signs",
        "not accessed", "not affected", "not impacted", "not compromised", "not exposed", "not included",
        "not involved", "denied", "denies", "deny", "denying", "refuted", "disputed", "disputes", "rejected the",
        "none of", "is not aware", "are not aware", "not believe", "nor",
    ])

    /// Whether a claim phrase stands in `range`, leaving out the insurance noun ("billing and
    /// claims data", `ClaimNoun`), which asserts nothing.
    static func claimsIn(_ tokens: [CueToken], range: Range<Int>) -> Bool {
        claims.matches(in: tokens, range: range).contains { match in
            guard match.length == 1 else { return true }
            let word = tokens[match.token].word
            guard word == "claims" || word == "claim" else { return true }
            let previous = match.token > 0 ? tokens[match.token - 1].word : nil
            let following = tokens[(match.token + 1)..<min(tokens.count, match.token + 5)].map(\.word)
            return !ClaimNoun.isNoun(previous: previous, following: following)
        }
    }

    static let claims = PhraseSet([
        "claims", "claimed", "claiming", "claim", "allegedly", "alleged that", "alleges", "purportedly", "purported",
        "is selling", "was selling", "were selling", "are selling", "for sale", "offered for sale", "boasted",
        "bragged", "according to the hacker", "according to the seller", "threatens", "threatened",
        // Naming goods in the offerer's own words: "offering what it describes as the records of ...".
        "what it describes as", "what they describe as", "what it described as", "what they described as",
    ])

    static let doubts = PhraseSet([
        "reportedly", "cannot confirm", "can not confirm", "could not confirm", "can't confirm", "couldn't confirm",
        "unable to confirm", "not able to confirm", "cannot verify", "could not verify", "unable to verify",
        "not able to verify", "not been able to verify", "not independently verified", "could not independently",
        "unverified", "not verified", "unconfirmed", "has not yet determined", "have not yet determined",
        "not yet determined", "not yet know", "not yet known", "does not yet know", "believed to", "is believed",
        "are believed", "was believed", "rumored", "rumoured", "speculation", "unclear", "not clear",
        "has not confirmed", "have not confirmed", "did not confirm", "declined to confirm", "would not confirm",
        "not been confirmed", "yet to confirm",
    ])

    static let modals = PhraseSet(["may", "might", "could", "potentially", "possibly", "possible"])

    static let companyConfirms = PhraseSet(["confirmed", "confirms", "has confirmed", "verified", "acknowledged"])
}
