/// The closed word classes that decide whether a data-type mention is a breach fact and which
/// status it has. All sets hold lower-case words without apostrophes (`WordToken.word`), except
/// `containers`, which holds singular forms.
enum ExposureCues {
    /// Verbs and participles that by themselves say data left the victim's hands.
    static let strongTriggers: Set<String> = [
        "accessed", "obtained", "obtaining", "stolen", "stole", "steal", "steals", "stealing", "exposed", "exposing",
        "exposes", "expose", "compromised", "taken", "took", "leaked", "leak", "leaks", "breached", "hacked",
        "downloaded", "exfiltrated", "acquired", "viewed", "retrieved", "swiped", "gathered", "copied", "scraped",
        "dumped", "extracted", "harvested", "impacted", "affected", "selling", "sold", "sale",
        // "the intruders also reached credit card numbers": reaching data is getting at it.
        "reached",
        // Malware and skimmers "captured" or "siphoned" what passed through a register or a form.
        "captured", "siphoned", "skimmed",
    ]

    /// Words that list the content of something ("the information included ...") and only count
    /// when the sentence also speaks of data or a breach (`containers`).
    static let weakTriggers: Set<String> = [
        "access", "include", "includes", "included", "including", "contain", "contains", "contained", "containing",
        "involve", "involves", "involved", "involving", "such", "among", "comprised", "consisted",
        // What a file or record holds: "the files that were reached mostly held names, ...".
        "held", "hold", "holds", "holding", "comprise", "comprises", "comprising", "consist", "consists",
        "consisting", "revealed", "reveals", "listed", "lists", "list",
        // What an interface handed out: "an endpoint that returned names and emails".
        "returned", "returns", "returning",
        // What malicious code gathered: "malware ..., which collected customers' names, ...". Weak,
        // because a company also collects data; it needs a data or breach noun (`containers`).
        "collected", "collecting",
    ]

    /// Nouns (singular) for what a breach takes or is.
    static let containers: Set<String> = [
        "information", "data", "record", "file", "database", "detail", "field", "element", "breach", "incident",
        "hack", "attack", "intrusion", "cyberattack", "leak", "dump", "sample", "table", "dataset",
        "endpoint", "api", "query", "response",
        // "The stolen logs ... list the numbers subscribers called": a log is a record too.
        "log",
        // The tool of the intrusion is a breach noun too: "installed malware, which collected ...".
        "malware",
    ]

    /// Negation cues; contractions ("wasn't") are flagged on the token instead.
    static let negations: Set<String> = ["no", "not", "never", "none", "neither", "nor", "cannot", "nothing"]

    /// Negations that a verb phrase carries and that can look back at the subject list
    /// ("Passwords ... were NOT accessed"); a determiner "no" only looks forward.
    static let verbalNegations: Set<String> = ["not", "never", "cannot"]

    /// A word right after a negation that takes the denial back: "not only", "no longer",
    /// "not limited to", and the partial "not every" / "not all".
    static let negationCancellers: Set<String> = ["only", "longer", "limited", "doubt", "just", "every", "all"]

    /// Words after a negation that turn it into ignorance, not denial: "not yet determined",
    /// "does not know", "cannot confirm".
    /// Not "believe": "did not believe that card numbers were taken" is a (hedged) denial, as the
    /// passive "is not believed to include" is.
    static let uncertainAfterNegation: Set<String> = [
        "yet", "know", "known", "determined", "determine", "sure", "clear", "confirm", "confirmed", "say", "said",
    ]

    /// Words that leave the status open for what follows them ("unclear whether SSNs were taken").
    static let uncertainty: Set<String> = ["unclear", "unknown", "whether", "uncertain", "if"]

    /// Words that end a clause and with it the reach of a negation.
    static let clauseBreaks: Set<String> = [
        "but", "however", "rather", "whereas", "although", "though", "except", "instead", "meanwhile",
    ]

    /// Cues that the sentence reports an attacker's or seller's assertion.
    static let claimCues: Set<String> = [
        "allegedly", "alleged", "purportedly", "purported", "claim", "claims", "claimed", "claiming", "boasted",
        "bragged", "advertised", "advertising", "selling", "sale",
    ]

    /// Verbs of advice whose object is the reader's own data ("change your password").
    static let adviceVerbs: Set<String> = [
        "change", "reset", "update", "enter", "add", "create", "choose", "protect", "monitor", "review", "ask",
        "verify", "secure", "freeze", "lock", "guard", "safeguard", "share", "remember", "provide", "use",
    ]

    /// Words before an advice verb that make it an instruction: "to change", "should reset",
    /// "never ask", "and add".
    static let adviceLeads: Set<String> = [
        "to", "should", "must", "please", "never", "always", "can", "will", "and", "or", "not", "dont", "recommend",
    ]

    /// Possessives that mark the reader's or customer's own data in advice ("change their PIN").
    static let possessives: Set<String> = ["your", "their", "my", "his", "her"]

    /// Determiners that may stand between a verb and its object.
    static let determiners: Set<String> = ["all", "the", "a", "an", "their", "your", "its", "any", "every", "each", "our"]

    /// Words that join the items of one list.
    static let listGlue: Set<String> = [",", "and", "or", "nor", "/", "&", "other", "any"]

    /// Quantifiers that make a denial partial ("over 99 percent of ... were not compromised",
    /// "in most cases ... didn't include"): some of the items were taken after all.
    static let partialQuantifiers: Set<String> = ["most", "majority", "percent", "%", "many", "some", "all"]

    /// Words that restrict a denial to one form of the data ("passwords in clear text").
    static let formQualifiers: Set<String> = [
        "clear", "plain", "plaintext", "cleartext", "unprotected", "unencrypted", "unhashed", "full",
    ]

    /// Heads that make a data-type word a description of a system ("income databases").
    static let systemHeads: Set<String> = ["database", "system", "server", "table", "tool", "platform"]

    /// Auxiliaries: a descriptor scan stops at the verb of the clause.
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "may", "might", "could",
        "can", "will", "would",
    ]

    /// Heads a shared modifier can borrow across "and"/"or" ("financial and personal details").
    static let sharedHeads: Set<String> = ["information", "data", "detail", "record", "number"]

    /// Prepositions that end the noun phrase of a data-type mention.
    static let prepositions: Set<String> = ["from", "in", "on", "at", "within", "across", "into", "inside", "by", "via"]

    /// Keys that also name a whole category of data, which a sentence may go on to exemplify.
    static let broadCategories: Set<DataTypeKey> = [.financialInfo, .paymentCard, .healthInfo, .employeeData]

    /// The cue classes of one token, looked up once per token (`WordToken.cues`) so that the
    /// rules, which scan clauses once per mention, test bits instead of hashing words again.
    struct CueFlags: OptionSet, Sendable, Hashable {
        let rawValue: UInt32
        static let strong = CueFlags(rawValue: 1 << 0)
        static let weak = CueFlags(rawValue: 1 << 1)
        static let container = CueFlags(rawValue: 1 << 2)
        static let claim = CueFlags(rawValue: 1 << 3)
        static let negation = CueFlags(rawValue: 1 << 4)
        static let verbalNegation = CueFlags(rawValue: 1 << 5)
        static let canceller = CueFlags(rawValue: 1 << 6)
        static let uncertainAfterNegation = CueFlags(rawValue: 1 << 7)
        static let uncertainty = CueFlags(rawValue: 1 << 8)
        static let clauseBreak = CueFlags(rawValue: 1 << 9)
        static let advice = CueFlags(rawValue: 1 << 10)
        static let adviceLead = CueFlags(rawValue: 1 << 11)
        static let possessive = CueFlags(rawValue: 1 << 12)
        static let listGlue = CueFlags(rawValue: 1 << 13)
        static let determiner = CueFlags(rawValue: 1 << 14)
        static let partial = CueFlags(rawValue: 1 << 15)
        static let form = CueFlags(rawValue: 1 << 16)
        static let systemHead = CueFlags(rawValue: 1 << 17)
        static let auxiliary = CueFlags(rawValue: 1 << 18)
        static let preposition = CueFlags(rawValue: 1 << 19)
        static let sharedHead = CueFlags(rawValue: 1 << 20)
    }

    /// Cue classes by written word. Classes defined on singular forms (containers, system and
    /// shared heads) are entered under their plural spellings too.
    static let flagTable: [String: CueFlags] = {
        var table: [String: CueFlags] = [:]
        func add(_ words: Set<String>, _ flag: CueFlags) {
            for word in words { table[word, default: []].insert(flag) }
        }
        func addStems(_ stems: Set<String>, _ flag: CueFlags) {
            for stem in stems {
                var forms = [stem, stem + "s", stem + "es"]
                if stem.hasSuffix("y") { forms.append(String(stem.dropLast()) + "ies") }
                for form in forms where WordToken.singular(of: form) == stem || form == stem {
                    table[form, default: []].insert(flag)
                }
            }
        }
        add(strongTriggers, .strong)
        add(weakTriggers, .weak)
        addStems(containers, .container)
        add(claimCues, .claim)
        add(negations, .negation)
        add(verbalNegations, .verbalNegation)
        add(negationCancellers, .canceller)
        add(uncertainAfterNegation, .uncertainAfterNegation)
        add(uncertainty, .uncertainty)
        add(clauseBreaks, .clauseBreak)
        add(adviceVerbs, .advice)
        add(adviceLeads, .adviceLead)
        add(possessives, .possessive)
        add(listGlue, .listGlue)
        add(determiners, .determiner)
        add(partialQuantifiers, .partial)
        add(formQualifiers, .form)
        addStems(systemHeads, .systemHead)
        add(auxiliaries, .auxiliary)
        add(prepositions, .preposition)
        addStems(sharedHeads, .sharedHead)
        return table
    }()

    /// The keys of `flagTable`, probed by a byte hash (`WordSet`); `flagValues[i]` are the flags
    /// of `flagWords.words[i]`. Why: a `String`-keyed dictionary probe per token was most of the
    /// cost of preparing a sentence. Same answers: every key is ASCII (see `WordSet`).
    static let flagWords = WordSet(flagTable.keys)
    static let flagValues: [CueFlags] = flagWords.words.map { flagTable[$0]! }

    /// `flagTable[word]`.
    @inline(__always)
    static func flags(of word: String) -> CueFlags? {
        flagWords.index(of: word, key: WordSet.key(word)).map { flagValues[$0] }
    }

    static func isNegation(_ token: WordToken) -> Bool {
        token.cues.contains(.negation) || token.contractedNegation
    }

    static func isVerbalNegation(_ token: WordToken) -> Bool {
        token.cues.contains(.verbalNegation) || token.contractedNegation
    }

    static func isStrongTrigger(_ token: WordToken) -> Bool {
        token.cues.contains(.strong)
    }

    static func isTrigger(_ token: WordToken) -> Bool {
        !token.cues.isDisjoint(with: [.strong, .weak])
    }
}
