/// Finds the attack vector a sentence names (`FactPayload.vector`): `api_abuse`, `stolen_credentials`,
/// `credential_stuffing`, `ransomware`, `phishing`, `misconfiguration`, `insider`,
/// `vulnerability_exploit`, `malware`, `sql_injection`, `social_engineering`, `brute_force`.
///
/// One fact per vector per sentence, quoting the clause that names it. A vector that is negated
/// just before or in its clause ("no evidence of malware", "no credentials were compromised") or
/// named in advice to readers
/// ("be on the lookout for phishing emails") is not a fact about the breach.
public struct VectorExtractor: TypeExtractor {
    public var rules: [VectorRule] {
        didSet { gate = Self.gate(for: rules); ruleCues = RuleCues(rules) }
    }
    /// Every word that can start a match of any rule (nil when a rule has `*` phrases, which can
    /// start anywhere). Why: most sentences name no vector; one probe per token finds that out
    /// before the rules run one by one. Exact: a rule matches only where a phrase's first word
    /// or an anchor is a token, and a sentence without a match yields nothing.
    private var gate: WordSet?
    /// The same per rule: which rules a sentence's words can start a match of, so that a sentence
    /// naming "phishing" runs one rule, not twelve.
    private var ruleCues: RuleCues

    public init(rules: [VectorRule] = VectorRule.standard) {
        self.rules = rules
        gate = Self.gate(for: rules)
        ruleCues = RuleCues(rules)
    }

    static func gate(for rules: [VectorRule]) -> WordSet? {
        rules.contains(where: \.hasPrefixPhrases) ? nil : WordSet(rules.flatMap(\.cueWords))
    }

    /// Whether some rule could match in `tokens` (see `gate`).
    func mayMatch(_ tokens: [CueToken]) -> Bool {
        guard let gate else { return true }
        return tokens.contains { gate.contains($0) }
    }

    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        var result: [FactCandidate] = []
        let allScalars = input.sentenceScalars
        let allTokens = input.cueTokens
        for (index, sentence) in input.sentences.enumerated() {
            let scalars = allScalars[index]
            let tokens = allTokens[index]
            guard mayMatch(tokens), !Self.advice.contains(in: tokens) else { continue }
            var clauses: [Range<Int>]?
            let mayStart = ruleCues.rules(startingIn: tokens)
            for ruleIndex in rules.indices where mayStart.contains(ruleIndex) {
                let rule = rules[ruleIndex]
                let hits = rule.matches(in: tokens).filter { !Self.negated(tokens, before: $0) }
                guard !hits.isEmpty else { continue }
                if clauses == nil { clauses = ClauseSplitter.clauses(of: scalars, tokens: tokens) }
                // A negation anywhere earlier in the clause ("No card numbers or log-in credentials
                // were compromised") reaches the match, however long the list between them.
                guard let (_, clause) = hits.lazy.map({ hit in
                    (hit, ClauseSplitter.clause(containing: tokens[hit].start, tokens[hit].end, in: clauses!))
                }).first(where: { hit, clause in
                    let range = FactExtractor.tokenRange(tokens, within: clause)
                    return !(range.lowerBound..<hit).contains { Self.negations.contains(tokens[$0]) }
                }) else { continue }

                // "no credentials were compromised" denies the vector rather than naming it.
                guard !StanceRules.denials.contains(in: tokens, range: FactExtractor.tokenRange(tokens, within: clause)) else { continue }
                result.append(FactCandidate(
                    payload: .vector(rule.key), sentenceIndex: index,
                    start: sentence.start + clause.lowerBound, end: sentence.start + clause.upperBound
                ))
            }
        }
        return result
    }

    /// A negation among the five words before the match.
    static func negated(_ tokens: [CueToken], before index: Int) -> Bool {
        (max(0, index - 5)..<index).contains { negations.contains(tokens[$0]) }
    }

    static let negations: WordSet = [
        "not", "no", "never", "without", "nor", "neither", "didn't", "wasn't", "weren't", "isn't", "doesn't",
    ]

    static let advice = PhraseSet([
        "lookout", "beware", "be wary", "be alert", "be careful", "be vigilant", "watch out", "could use them",
        "may use", "might use", "could use", "advised", "protect yourself", "do not click", "don't click", "be on guard",
        "tips", "how to",
    ])
}
