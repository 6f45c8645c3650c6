/// Decides what a sum of money in a sentence is for, from the nearest cue word: a settlement,
/// a fine, an incident cost, a security investment or a ransom; or nothing breach-related
/// (a sale price, revenue, market value), in which case the sum is not a fact.
enum MoneyEventClassifier {
    /// What a cue word points at.
    enum Cue: Equatable {
        case event(MoneyEvent)
        /// "pay", "paid": a settlement unless a closer or stronger cue says otherwise.
        case payment
        /// "spend", "invest", "pledge": security investment when the sentence is about security.
        case spending
        /// Sale, revenue, valuation: the sum is not about the breach.
        case unrelated
    }

    static let cues: [String: Cue] = {
        var table: [String: Cue] = [:]
        for word in ["settle", "settles", "settled", "settling", "settlement", "settlements", "lawsuit", "lawsuits",
                     "litigation", "plaintiffs", "resolve", "resolves", "resolved", "fund", "class-action", "compensate", "compensation", "damages"] {
            table[word] = .event(.settlement)
        }
        for word in ["fine", "fined", "fines", "fining", "penalty", "penalties", "sanction", "sanctions",
                     "forfeit", "forfeiture"] {
            table[word] = .event(.fine)
        }
        for word in ["cost", "costs", "costing", "expense", "expenses", "charge", "charges", "pre-tax", "pretax",
                     "incurred", "incur", "losses", "recoveries", "recovery", "reimbursement", "remediation",
                     "provision", "accrual", "accrued", "aside"] {
            table[word] = .event(.incidentCost)
        }
        for word in ["ransom", "ransoms", "extortion", "extort", "extorted", "demanded", "ransomware"] {
            table[word] = .event(.ransom)
        }
        // A sum paid "to delete the data" or "to destroy" it buys the thief's silence: a ransom.
        for word in ["delete", "deleted", "destroy", "destroyed", "erase", "erased"] {
            table[word] = .event(.ransom)
        }
        for word in ["pay", "paid", "pays", "paying", "payment", "payout"] { table[word] = .payment }
        for word in ["spend", "spending", "spends", "invest", "invests", "invested", "investing", "investment",
                     "investments", "pledged", "pledge", "pledges", "commitment", "committed", "commit", "allocate",
                     "allocated", "earmarked", "budget"] {
            table[word] = .spending
        }
        for word in ["sale", "sell", "sells", "selling", "sold", "acquisition", "acquire", "acquired", "acquiring",
                     "deal", "valued", "valuation", "revenue", "revenues", "sales", "capitalization", "shares",
                     "stock", "price", "salary", "bonus", "worth", "profit", "profits", "earnings", "income",
                     "merger", "bid", "purchase", "purchased", "buy", "bought", "raised", "funding", "loan",
                     "dividend", "buyback", "market", "assets"] {
            table[word] = .unrelated
        }
        return table
    }()

    /// The keys of `cues`: a probe with the word's key skips the `String`-hashed dictionary for the
    /// words that are no cue, nearly all of them (same answers: the keys are ASCII, see `WordSet`).
    static let cueWords = WordSet(cues.keys)

    /// Words that make a settlement or payment a regulator's fine ("to settle SEC charges").
    static let regulators: WordSet = [
        "regulator", "regulators", "regulatory", "sec", "ftc", "fcc", "ico", "cfpb", "occ", "attorney", "attorneys",
        "commission", "commissioner", "authority", "watchdog", "gdpr", "supervisory", "ofcom", "fca",
    ]

    /// Words that make a payment to a regulator the settlement of an enforcement action, that is
    /// a fine ("agreed to pay $80 million to settle regulators' claims", "to settle SEC charges").
    /// Without them a settlement with regulators as parties ("under a settlement with the FTC and 50
    /// states") stays a settlement: a fine is imposed, a settlement is agreed.
    static let enforcement: WordSet = [
        "charges", "charge", "claims", "allegations", "alleged", "violations", "violated", "violating", "enforcement",
    ]

    /// Regulator words that also name a litigant who settles (attorneys general sue and settle).
    static let litigants: WordSet = ["attorney", "attorneys"]

    /// Words that make a payment a ransom ("paid the attackers").
    static let attackers: WordSet = [
        "attackers", "hackers", "criminals", "extortionists", "gang", "bitcoin",
        "attacker", "hacker", "extortionist", "thief", "thieves", "intruder", "intruders", "cybercriminal", "cybercriminals",
    ]

    /// Words that make spending a security investment.
    static let security: WordSet = [
        "security", "cybersecurity", "cyber", "upgrades", "technology", "defenses", "defences", "protection",
        "protections", "protect", "fortify", "safeguards", "infrastructure",
    ]

    /// Whether the sentence reports a regulator imposing a fine: it names a regulator and uses
    /// "fine" as a verb ("the watchdog fined", "intention to fine"). A penalty merely mentioned
    /// ("the £99 million penalty that the regulator proposed") stays with the sentence's speaker.
    static func regulatorImposes(_ tokens: [TextToken]) -> Bool {
        let imposes = tokens.indices.contains { position in
            let word = tokens[position].text
            return word == "fined" || word == "fines" || word == "fining"
                || (word == "fine" && position > 0 && tokens[position - 1].isWord("to"))
        }
        return imposes && namesRegulator(tokens)
    }

    /// Whether the sentence names a regulator.
    static func namesRegulator(_ tokens: [TextToken]) -> Bool {
        tokens.contains { token in
            guard token.kind == .word else { return false }
            // "Commissioner’s Office": the possessive hides the regulator word.
            var word = token.text
            if word.hasSuffix("’s") || word.hasSuffix("'s") { word.removeLast(2) }
            return regulators.contains(word)
        }
    }

    /// The event of the amount at tokens `amount`, nil when none or an unrelated cue is nearest.
    static func event(in tokens: [TextToken], amount: Range<Int>) -> MoneyEvent? {
        var best: (cue: Cue, distance: Int)?
        var hasRegulator = false
        var hasAttacker = false
        var hasSecurity = false
        var hasEnforcement = false
        // A settlement or fine word in reach: a payment "to settle lawsuits over the hacker attack"
        // is no ransom, whoever the sentence names.
        var hasLegalCue = false
        for (position, token) in tokens.enumerated() where token.kind == .word {
            let word = token.text
            // One FNV key per word serves the five word lists (`WordSet`s); as `Set<String>`s each
            // hashed the word again (same answers).
            let key = WordSet.key(word)
            // State attorneys general settle claims by agreement ("to resolve claims by all 50
            // states"); such multistate deals are settlements, not penalties of a regulator.
            if (regulators.contains(word, key: key) && !litigants.contains(word, key: key)) || (token.capitalized && word == "sec") {
                hasRegulator = true
            }
            if attackers.contains(word, key: key) { hasAttacker = true }
            if security.contains(word, key: key) { hasSecurity = true }
            if enforcement.contains(word, key: key) { hasEnforcement = true }
            guard !amount.contains(position), cueWords.contains(word, key: key), let cue = cues[word] else { continue }
            let distance = position < amount.lowerBound ? amount.lowerBound - position : position - amount.upperBound + 1
            if distance <= 14, cue == .event(.settlement) || cue == .event(.fine) { hasLegalCue = true }
            // Event nouns beat generic verbs at equal distance ("pay a $35 million penalty").
            if best == nil || distance < best!.distance || (distance == best!.distance && cue.isEvent && !best!.cue.isEvent) {
                best = (cue, distance)
            }
        }
        guard let best, best.distance <= 14 else { return nil }
        switch best.cue {
        case .unrelated:
            return nil
        case .event(.settlement), .payment:
            if hasAttacker, best.cue == .payment, !hasLegalCue { return .ransom }
            // A regulator party makes it a fine only when the sentence settles its charges or claims.
            return hasRegulator && hasEnforcement ? .fine : .settlement
        case .spending:
            return hasSecurity ? .securityInvestment : .incidentCost
        case .event(let event):
            return event
        }
    }
}

extension MoneyEventClassifier.Cue {
    var isEvent: Bool {
        if case .event = self { return true }
        return false
    }
}
