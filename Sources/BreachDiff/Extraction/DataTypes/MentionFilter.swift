/// Drops data-type mentions that do not speak of a breach's data, whatever the sentence says:
/// advice ("change your password"), other senses of a word ("company name", "address this
/// incident"), credentials used as the attack's means, and names of systems ("income databases").
enum MentionFilter {
    static func keeps(_ mention: DataTypeSentence.Mention, in sentence: DataTypeSentence) -> Bool {
        let tokens = sentence.tokens
        if mention.ambiguous, !isInList(mention, in: sentence) { return false }
        if isAdvice(mention, in: sentence) { return false }
        if mention.key == .name, isNameOfSomething(mention, tokens) { return false }
        if mention.key == .postalAddress, mention.first == mention.last, isVerbAddress(mention, tokens) { return false }
        if mention.key == .credentials || mention.key == .password, isMeansInSentence(mention, sentence) { return false }
        if ReusedSecrets.isReused(mention, in: sentence) { return false }
        if MonitoringService.isService(mention, in: tokens) { return false }
        if mention.key == .sourceCode, servesPurpose(mention, tokens) || holdsCredentials(mention, in: sentence) { return false }
        if describesSystem(mention, tokens) { return false }
        if isCategoryOfExamples(mention, in: sentence) { return false }
        return true
    }

    /// A word with another sense counts only next to other data types or a breach verb.
    static func isInList(_ mention: DataTypeSentence.Mention, in sentence: DataTypeSentence) -> Bool {
        let nearOther = sentence.mentions.contains { other in
            other != mention && (abs(other.first - mention.last) <= 8 || abs(mention.first - other.last) <= 8)
        }
        if nearOther { return true }
        let window = max(0, mention.first - 3)..<min(sentence.tokens.count, mention.last + 4)
        return window.contains { ExposureCues.isStrongTrigger(sentence.tokens[$0]) }
    }

    /// "change their PIN", "enter your name", "we will never ask for your PIN or Social Security
    /// number": an advice verb governs the whole list it stands before, so the check starts at the
    /// list's first item.
    static func isAdvice(_ mention: DataTypeSentence.Mention, in sentence: DataTypeSentence) -> Bool {
        let tokens = sentence.tokens
        let start = listStart(of: mention, in: sentence)
        if isRecommended(listStart: start, in: sentence) { return true }
        for index in max(0, start - 3)..<start {
            let word = tokens[index].word
            if word == "your", start - index <= 2, !isReportedPossession(at: index, in: tokens) { return true }
            guard tokens[index].cues.contains(.advice) else { continue }
            // An advice verb is an instruction or a request, not a report ("our review shows").
            if index == 0 || tokens[index - 1].cues.contains(.adviceLead) { return true }
            // "has reset all PINs": the verb acts on the data directly, a remedy, not a loss.
            if (index + 1..<start).allSatisfy({ tokens[$0].cues.contains(.determiner) }) { return true }
            if (index + 1..<start).contains(where: { tokens[$0].cues.contains(.possessive) }) { return true }
        }
        return false
    }

    /// Verbs that recommend: what follows is advice whatever its verb ("suggested that users
    /// change their passwords", even with the verb misspelt).
    static let recommendingVerbs: Set<String> = ["suggested", "urged", "advised", "recommended", "encouraged", "suggests", "urges", "advises", "recommends"]

    /// "X urged that customers reset their PINs": a possessive before the list in a clause that
    /// opens with a recommendation.
    static func isRecommended(listStart start: Int, in sentence: DataTypeSentence) -> Bool {
        let tokens = sentence.tokens
        guard start >= 1, tokens[start - 1].cues.contains(.possessive) else { return false }
        let clause = sentence.clause(of: start)
        return (max(clause.lowerBound, start - 10)..<start).contains { recommendingVerbs.contains(tokens[$0].word) }
    }

    /// A letter to the customer speaks of "your" data in reports too: as the object of a listing
    /// or breach verb ("may have included your name, ...") or as the subject that opens the
    /// sentence ("Your passwords and PINs were not accessed"), where an instruction would open
    /// with its verb. Neither is advice.
    static func isReportedPossession(at index: Int, in tokens: [WordToken]) -> Bool {
        if index == 0 { return true }
        let before = tokens[index - 1]
        return ExposureCues.isTrigger(before) || before.word == ":" || before.word == "*"
    }

    /// The first token of the coordinated list ("A, B or other C") that holds the mention.
    static func listStart(of mention: DataTypeSentence.Mention, in sentence: DataTypeSentence) -> Int {
        var start = mention.first
        for other in sentence.mentions.reversed() where other.last < start {
            let gap = (other.last + 1)..<start
            guard gap.count <= 3, gap.allSatisfy({ sentence.tokens[$0].cues.contains(.listGlue) }) else { break }
            start = other.first
        }
        return start
    }

    /// "name of the registrant", "in the name of security".
    static func isNameOfSomething(_ mention: DataTypeSentence.Mention, _ tokens: [WordToken]) -> Bool {
        guard mention.ambiguous, mention.last + 2 < tokens.count, tokens[mention.last + 1].word == "of" else { return false }
        return ["the", "a", "an", "its", "his", "her", "their", "this", "that", "our"].contains(tokens[mention.last + 2].word)
    }

    /// "to address the incident", "will address customers' concerns".
    static func isVerbAddress(_ mention: DataTypeSentence.Mention, _ tokens: [WordToken]) -> Bool {
        if mention.first > 0 {
            let before = tokens[mention.first - 1].word
            if ["to", "will", "would", "can", "could", "must", "should"].contains(before) { return true }
        }
        if mention.last + 1 < tokens.count {
            let after = tokens[mention.last + 1].word
            return ["this", "the", "a", "an", "these", "those", "our", "their", "its", "any", "concerns", "customer"].contains(after)
        }
        return false
    }

    /// "using stolen credentials to access internal systems": the credentials are the attack's
    /// means, which `VectorExtractor` reports; as data they are not said to be exposed.
    static func isMeansOfAttack(_ mention: DataTypeSentence.Mention, _ tokens: [WordToken]) -> Bool {
        for index in max(0, mention.first - 3)..<mention.first {
            if ["using", "use", "used", "with", "buy", "bought", "purchased", "harvest", "phish"].contains(tokens[index].word) { return true }
        }
        if mention.last + 1 < tokens.count {
            return ["to", "used", "that", "which"].contains(tokens[mention.last + 1].word)
        }
        return false
    }

    /// Credentials and passwords that the sentence shows as the way in: used to get in
    /// (`isMeansOfAttack`, for any credential mention of the sentence: "found login credentials
    /// in a repository and used those credentials to reach a bucket"), one staff member's
    /// ("a contractor's password", "an employee's credentials"), or one that opens a system of
    /// the company ("a password for the company's cloud account"). Customers' passwords are data;
    /// these are the attack's means.
    static func isMeansInSentence(_ mention: DataTypeSentence.Mention, _ sentence: DataTypeSentence) -> Bool {
        let tokens = sentence.tokens
        let secrets = sentence.mentions.filter { $0.key == .credentials || $0.key == .password }
        if secrets.contains(where: { isMeansOfAttack($0, tokens) }) { return true }
        // "a contractor's password": the tokenizer drops the apostrophe, so the article tells one
        // person's possessive from a plural ("employees' passwords" stays data).
        if mention.first >= 2, staffWords.contains(tokens[mention.first - 1].word),
           ["a", "an", "one"].contains(tokens[mention.first - 2].word) { return true }
        // "the contractor's login": after "the", a singular secret tells one owner's possessive
        // from a plural ("the employees' passwords" stays data).
        if mention.first >= 2, mention.first == mention.last, !tokens[mention.last].word.hasSuffix("s"),
           staffWords.contains(tokens[mention.first - 1].word), tokens[mention.first - 2].word == "the" { return true }
        // "a vendor's stolen credentials": one state word may stand between the owner and the secret.
        if mention.first >= 3, meansStates.contains(tokens[mention.first - 1].word),
           staffWords.contains(tokens[mention.first - 2].word),
           ["a", "an", "one"].contains(tokens[mention.first - 3].word) { return true }
        // "a password for the company's cloud account", "credentials for its admin console".
        let next = mention.last + 1
        if next + 1 < tokens.count, tokens[next].word == "for",
           ["the", "its", "their"].contains(tokens[next + 1].word) {
            let window = (next + 2)..<min(tokens.count, next + 8)
            let owner = window.contains { ["company", "companys", "firm", "firms", "its", "corporate", "internal"].contains(tokens[$0].word) }
            let system = window.contains { systemNouns.contains(tokens[$0].singular) }
            if owner && system { return true }
        }
        return false
    }

    /// People on a company's side whose single credential is an attacker's way in.
    static let staffWords: Set<String> = [
        "contractor", "contractors", "employee", "employees", "engineer", "engineers", "administrator",
        "administrators", "admin", "admins", "worker", "workers", "staffer", "staffers", "insider", "insiders",
        // A third party with access to the company's network is on its side too.
        "vendor", "vendors", "supplier", "suppliers",
    ]

    /// What happened to a credential before it became a way in ("a vendor's stolen credentials").
    static let meansStates: Set<String> = ["stolen", "compromised", "phished", "leaked", "valid", "borrowed"]

    /// What a company credential opens.
    static let systemNouns: Set<String> = ["account", "system", "console", "server", "network", "service", "portal"]

    /// "found login credentials in a private code repository": the repository is where the
    /// credentials lay, not code that was taken.
    static func holdsCredentials(_ mention: DataTypeSentence.Mention, in sentence: DataTypeSentence) -> Bool {
        let tokens = sentence.tokens
        var index = mention.first - 1
        var steps = 0
        while index >= 0, steps < 4, tokens[index].isWord, !["in", "inside", "within"].contains(tokens[index].word) {
            index -= 1
            steps += 1
        }
        guard index >= 1, tokens[index].isWord, ["in", "inside", "within"].contains(tokens[index].word) else { return false }
        return sentence.mentions.contains { ($0.key == .credentials || $0.key == .password) && $0.last == index - 1 }
    }

    /// "accessed the proprietary code to learn how to forge cookies": code taken in order to do
    /// something else is a step of the attack, like credentials used to get in. "to" before a
    /// determiner ("sold the code to a rival") is a destination and keeps the fact.
    static func servesPurpose(_ mention: DataTypeSentence.Mention, _ tokens: [WordToken]) -> Bool {
        let next = mention.last + 1
        guard next + 1 < tokens.count, tokens[next].word == "to", tokens[next + 1].isWord else { return false }
        return !tokens[next + 1].cues.contains(.determiner) && !tokens[next + 1].cues.contains(.possessive)
    }

    /// "sensitive financial information such as credit card data": a broad category followed by
    /// its examples; the examples are the facts.
    static func isCategoryOfExamples(_ mention: DataTypeSentence.Mention, in sentence: DataTypeSentence) -> Bool {
        guard ExposureCues.broadCategories.contains(mention.key) else { return false }
        let tokens = sentence.tokens
        var index = mention.last + 1
        if index < tokens.count, tokens[index].word == "," { index += 1 }
        guard index < tokens.count else { return false }
        let word = tokens[index].word
        let introducesExamples = (word == "such" && index + 1 < tokens.count && tokens[index + 1].word == "as") || word == "like"
        guard introducesExamples else { return false }
        return sentence.mentions.contains { $0.first > index && $0.first <= index + 4 }
    }

    /// "employment and income, or commercial credit reporting databases": the phrase names the
    /// content of a system, not data taken from it.
    static func describesSystem(_ mention: DataTypeSentence.Mention, _ tokens: [WordToken]) -> Bool {
        var index = mention.last + 1
        while index < min(tokens.count, mention.last + 8) {
            let token = tokens[index]
            if token.word == ";" || token.word == "." || token.word == ":" { return false }
            if token.isWord {
                if token.cues.contains(.auxiliary) || ExposureCues.isTrigger(token) { return false }
                // "account number from a customer database": the system is where it was, not what it is.
                if token.cues.contains(.preposition) { return false }
                if token.cues.contains(.systemHead) { return true }
            }
            index += 1
        }
        return false
    }
}
