/// The word lists behind `SpeakerCues`, kept apart so the rules read as rules.
///
/// Single-word lists are `WordSet`s, not `Set<String>`: the rules ask them about nearly every token
/// of every news sentence, and a `CueToken` carries the key a `WordSet` probes with, where a
/// `Set<String>` hashed the word each time (same answers: `WordSet` compares the strings on a key hit).
extension SpeakerCues {
    static let speechVerbs: WordSet = [
        "said", "says", "say", "confirmed", "confirms", "announced", "announces", "stated", "states", "told",
        "tells", "revealed", "reveals", "admitted", "admits", "disclosed", "discloses", "estimates", "estimated",
        "believes", "added", "adds", "explained", "explains", "noted", "notes", "wrote", "writes",
        "acknowledged", "acknowledges", "identified", "determined", "indicated", "indicates", "informed",
        "notified", "warned", "reported", "reports", "clarified", "expects", "stressed", "emphasized",
        "maintains", "insisted", "insists", "denied", "denies", "conceded", "concedes", "advised", "found",
        "finds", "sees", "continues", "discovered", "learned", "explained", "committed", "commits",
        // Restating an earlier position is a statement too ("Acme repeated that", "has maintained that").
        "repeated", "repeats", "reiterated", "reiterates", "maintained", "reaffirmed", "reaffirms",
    ]

    /// The speech verbs that make a statement, not a finding ("determined", "found", "learned").
    static let statementVerbs: WordSet = [
        "said", "says", "say", "announced", "announces", "stated", "states", "told", "tells", "wrote", "writes",
        "added", "adds", "explained", "explains", "noted", "notes", "acknowledged", "acknowledges", "admitted",
        "admits", "disclosed", "discloses", "insisted", "insists", "denied", "denies", "clarified", "stressed",
        "emphasized", "maintains", "confirmed", "confirms", "revealed", "reveals", "committed", "commits",
        "estimates", "estimated", "expects", "believes", "repeated", "repeats", "reiterated", "reiterates",
        "maintained", "reaffirmed", "reaffirms",
    ]

    /// The outlet doing its own arithmetic ("by our count"): its statement, not its source's.
    static let ownTally = PhraseSet([
        "by our count", "by our tally", "by our calculation", "by our calculations", "by our estimate",
        "our own count", "our own tally", "according to our count", "according to our analysis",
    ])

    static let channelNouns: WordSet = [
        "statement", "release", "filing", "spokesperson", "spokesman", "spokeswoman", "blog", "website", "notice",
        "announcement", "advisory", "executives", "officials",
    ]

    /// Verbs of learning something from a source: "what we know from the company", "heard from Acme".
    static let learnedFromVerbs: WordSet = ["know", "knows", "known", "heard", "hear", "learned", "learnt"]

    /// Possessives that point back to the speaker already named: "according to their investigation".
    static let backPossessives: WordSet = ["their", "its", "his", "her"]

    static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you", "this", "that"]

    static let passiveAuxiliaries: WordSet = ["was", "were", "been", "being", "is", "are", "be"]

    /// Subjects that stand for the company right before a speech verb ("it said").
    static let pronounSubjects: WordSet = ["it"]

    /// Ways a news story refers to the company it is about.
    static let genericReferences = PhraseSet([
        "the company", "the firm", "the carrier", "the bank", "the retailer", "the credit bureau", "the hotel chain",
        "the hotelier", "the lender", "the insurer", "the operator", "the provider", "the business", "the chain",
        "the giant", "the telecom", "the telco", "the wireless carrier", "the mobile carrier",
        "the agency", "the credit-reporting agency", "the credit reporting agency", "the organization",
        "the organisation", "the platform", "the hospital",
        "the health system", "the university", "the school", "the developer", "the publisher", "the airline",
        "the registrant", "the corporation", "the conglomerate", "nyse", "nasdaq", "company officials",
        "company spokesperson", "company spokesman", "company spokeswoman", "executives",
    ])

    /// Channels only the company speaks through.
    static let companyChannels = PhraseSet([
        "a spokesperson", "a spokesman", "a spokeswoman", "the spokesperson", "the spokesman", "spokeswoman",
        "spokesperson", "spokesman", "in a statement", "the statement said", "the statement says",
        "statement said", "the statement", "its statement", "press release", "the release", "news release",
        "media release", "a release", "the release states", "according to the release", "according to the filing",
        "according to filing", "according to the 8-k", "according to the 8-k filing", "the 8-k", "8-k filing",
        "sec filing", "the filing", "in a filing", "regulatory filing", "securities filing", "its filing",
        "in its filing", "filing with the", "its website", "its blog", "the notice", "notification letter",
        "letter to customers", "the letter", "ceo", "chief executive", "chief executive officer",
        "chief information security officer", "ciso", "president and ceo", "testimony", "the announcement",
        "the company's statement", "in an email", "in an emailed statement", "faq",
    ])

    static let accordingTo = PhraseSet(["according to", "according to the", "per"])

    /// Channels and roles of the attacker's own statements.
    static let attackerPhrases = PhraseSet([
        "forum post", "the forum post", "the original forum post", "hacking forum", "hacker forum", "for sale",
        "offered for sale", "up for sale", "is selling", "was selling", "were selling", "are selling",
        "selling the data", "the seller", "the sellers", "the person selling", "the people selling",
        "dark web", "darknet", "leak site", "ransom note", "claimed responsibility", "claims responsibility",
        "claims to have", "claimed to have", "claiming to have", "claiming to possess", "claims to possess",
        "claimed to possess", "claim to have", "the ringleader", "in a telegram", "on telegram", "the hacker said",
        "the hacker claims", "the hacker claimed", "the hacker told", "hackers claim", "hackers claimed",
        "threat actor claims", "threat actor claimed", "one member writes", "one member wrote",
        // A sale listing or advertisement is the seller's own statement ("According to the listing, ...").
        "according to the listing", "according to the sale listing", "according to the advertisement",
        "according to the ad", "the listing says", "the listing said", "the listing claims", "the listing claimed",
    ])

    static let attackerNouns: WordSet = [
        "hacker", "hackers", "attacker", "attackers", "seller", "sellers", "ringleader", "cybercriminal",
        "cybercriminals", "actor", "actors", "gang", "intruder", "intruders", "perpetrator", "perpetrators",
    ]

    static let claimVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "claimed", "claims", "claim", "claiming", "wrote", "writes",
        "boasted", "boasts", "bragged", "posted", "listed", "shared", "offered", "offering", "alleged",
        "spoke", "insisted", "threatened", "demanded",
    ]

    static let courtPhrases = PhraseSet([
        "court documents", "court records", "court filings", "court filing", "court papers", "the court said",
        "the court ruled", "the court found", "the judge", "judge", "the complaint", "criminal complaint",
        "the indictment", "indictment", "indicted", "prosecutors", "prosecutor", "the lawsuit alleges",
        "the suit alleges", "plaintiffs allege", "plaintiffs alleged", "according to the complaint",
        "charging documents", "plea agreement", "the jury", "sentenced", "settlement papers",
        "settlement documents", "settlement filings", "court-filed",
    ])

    static let regulatorPhrases = PhraseSet([
        // A bare agency name ("the ICO", "regulators'") is no cue: a sentence may merely mention it
        // ("settle regulators' claims", "the penalty the agency first proposed"); `regulatorSpeaks`
        // takes an agency that acts.
        "attorney general", "attorneys general",
        "information commissioner", "data protection authority", "data protection authorities",
        "supervisory authority", "the order", "consent order", "federal trade commission",
        "sec charges", "sec charged", "the sec's order", "settle sec charges",
        "enforcement action", "office of the comptroller",
    ])

    static let agencies: WordSet = [
        "sec", "commission", "ftc", "ico", "cfpb", "occ", "fcc", "regulator", "regulators", "watchdog",
    ]

    static let agencyActions: WordSet = [
        "said", "says", "charged", "charges", "alleged", "alleges", "found", "finds", "order", "ordered",
        "fined", "fines", "announced", "has", "stated", "determined", "concluded", "imposed", "issued",
    ]

    static let researcherPhrases = PhraseSet([
        "researcher", "researchers", "security researcher", "security researchers", "security firm",
        "cybersecurity firm", "security company", "cybersecurity company", "threat intelligence firm",
        "analysts at", "researchers at", "research team",
    ])

    static let reportVerbs: WordSet = ["reported", "reports", "reporting", "wrote", "writes"]
}
