/// The trigger words of every date event and the words that claim a date for something else.
///
/// General English only: verbs and nouns of breach timelines, no company or case wording.
enum TriggerLexicon {
    static let noun = 3

    static let triggers: [EventTrigger] = [
        // Intrusion: verbs that need a breach word nearby, because "began" and "occurred" alone say nothing.
        .init("occurred", .intrusionStart, .breachNearby), .init("occurring", .intrusionStart, .breachNearby),
        .init("took place", .intrusionStart, .breachNearby), .init("happened", .intrusionStart, .breachNearby),
        .init("happening", .intrusionStart, .breachNearby), .init("began", .intrusionStart, .breachNearby),
        .init("begun", .intrusionStart, .breachNearby), .init("started", .intrusionStart, .breachNearby),
        .init("starting", .intrusionStart, .breachNearby), .init("start", .intrusionStart, .breachNearby),
        .init("commenced", .intrusionStart, .breachNearby), .init("starts", .intrusionStart, .breachNearby),
        .init("begins", .intrusionStart, .breachNearby), .init("begin", .intrusionStart, .breachNearby),
        // Presence verbs of a period of access ("had access from X through Y", "were inside from X
        // until Y", "lurked in the network since X"): the period is the intrusion's.
        .init("had access", .intrusionStart), .init("has had access", .intrusionStart),
        .init("have had access", .intrusionStart), .init("had been inside", .intrusionStart),
        .init("maintained access", .intrusionStart), .init("retained access", .intrusionStart),
        .init("were inside", .intrusionStart), .init("was inside", .intrusionStart),
        .init("been inside", .intrusionStart), .init("remained inside", .intrusionStart),
        .init("stayed inside", .intrusionStart), .init("lurked", .intrusionStart), .init("lurking", .intrusionStart),
        // "the intruders had been in its systems since early December": presence needs the intruder.
        .init("been in", .intrusionStart, .breachNearby),
        // A period of access that went on: "their access continued until X", "the intrusion lasted
        // until X" (an end boundary makes it the intrusion's end).
        .init("continued", .intrusionStart, .breachNearby), .init("lasted", .intrusionStart, .breachNearby),
        // "hackers reached the data in October": reaching is access only when the intruder reaches.
        .init("reached", .intrusionStart, .agentBefore),
        // "used those credentials to reach a storage bucket": reaching with stolen credentials.
        .init("reach", .intrusionStart, .credentialsBefore), .init("access", .intrusionStart, .credentialsBefore),
        .init("log in", .intrusionStart, .credentialsBefore), .init("log into", .intrusionStart, .credentialsBefore),
        .init("logged in", .intrusionStart, .credentialsBefore), .init("logged into", .intrusionStart, .credentialsBefore),
        // "the theft began on X and ran until Y"; "the data was taken from cards swiped ...".
        .init("ran", .intrusionStart, .periodAfter), .init("went on", .intrusionStart, .periodAfter),
        .init("was taken", .intrusionStart, .dataSubject), .init("were taken", .intrusionStart, .dataSubject),
        .init("been taken", .intrusionStart, .dataSubject), .init("captured", .intrusionStart, .dataSubject),
        .init("got in", .intrusionStart), .init("got into", .intrusionStart), .init("broke in", .intrusionStart),
        .init("broke into", .intrusionStart), .init("gained entry", .intrusionStart),
        .init("were present", .intrusionStart, .breachNearby), .init("was present", .intrusionStart, .breachNearby),
        .init("first accessed", .intrusionStart), .init("gained access", .intrusionStart),
        .init("gain access", .intrusionStart), .init("gained unauthorized access", .intrusionStart),
        .init("accessed", .intrusionStart), .init("breached", .intrusionStart), .init("hacked", .intrusionStart),
        .init("compromised", .intrusionStart), .init("stole", .intrusionStart), .init("stolen", .intrusionStart),
        .init("exfiltrated", .intrusionStart), .init("infiltrated", .intrusionStart),
        // "a criminal had copied data out of the network": copying is theft with an intruder as
        // subject; "the data was copied" with the data as subject. Not "copied the regulator".
        .init("copied", .intrusionStart, .agentBefore), .init("was copied", .intrusionStart, .dataSubject),
        .init("were copied", .intrusionStart, .dataSubject),
        .init("penetrated", .intrusionStart), .init("attacked", .intrusionStart),
        .init("retrieved data", .intrusionStart), .init("obtained data", .intrusionStart),
        .init("obtain", .intrusionStart, weight: 1), .init("obtained", .intrusionStart, weight: 1),
        .init("affecting", .intrusionStart, weight: 1), .init("affected", .intrusionStart, weight: 2),
        .init("unauthorized access", .intrusionStart, weight: 1),
        .init("compromised date", .intrusionStart),
        .init("breach", .intrusionStart, weight: noun), .init("hack", .intrusionStart, weight: noun),
        .init("attack", .intrusionStart, weight: noun), .init("cyberattack", .intrusionStart, weight: noun),
        .init("intrusion", .intrusionStart, weight: noun), .init("theft", .intrusionStart, weight: noun),
        .init("last accessed", .intrusionEnd), .init("ended", .intrusionEnd, .breachNearby),
        .init("ceased", .intrusionEnd, .breachNearby),
        // Discovery
        .init("discovered", .discovered, .discoveryObject), .init("discover", .discovered, .discoveryObject),
        .init("discovery", .discovered), .init("detected", .discovered, .discoveryObject),
        .init("detected date", .discovered), .init("undetected", .discovered),
        .init("identified", .discovered, .discoveryObject), .init("learned", .discovered, .discoveryObject),
        .init("became aware", .discovered), .init("become aware", .discovered), .init("aware of", .discovered),
        .init("alerted", .discovered), .init("alert", .discovered, weight: 1), .init("noticed", .discovered, .discoveryObject),
        .init("verified", .discovered, .discoveryObject),
        // The rest of the family of seeing something: each needs what was seen ("spotted the
        // unauthorized access", "observed suspicious traffic", "flagged unusual activity").
        .init("spotted", .discovered, .discoveryObject), .init("observed", .discovered, .discoveryObject),
        .init("flagged", .discovered, .discoveryObject), .init("uncovered", .discovered, .discoveryObject),
        .init("noticing", .discovered, .discoveryObject), .init("spotting", .discovered, .discoveryObject),
        .init("detecting", .discovered, .discoveryObject),
        .init("learned of", .discovered), .init("learnt of", .discovered), .init("heard of", .discovered),
        .init("heard about", .discovered), .init("first noticed", .discovered, .discoveryObject),
        .init("determined", .discovered, .breachAfter), .init("informed of", .discovered),
        // The intruder getting in touch: "when hackers contacted the firm in mid-November".
        .init("contacted", .discovered, .intruderContact), .init("emailed", .discovered, .intruderContact),
        .init("messaged", .discovered, .intruderContact),
        .init("approached", .discovered, .intruderContact), .init("reached out", .discovered, .intruderContact),
        .init("wrote to", .discovered, .intruderContact), .init("extorted", .discovered, .intruderContact),
        // Containment
        .init("contained", .contained, .breachBefore), .init("stopped", .contained, .breachNearby),
        .init("shut down", .contained), .init("shut it down", .contained), .init("blocked", .contained, .breachNearby),
        .init("closed", .contained, .accessObject), .init("put a stop", .contained), .init("cut off", .contained, .breachNearby),
        .init("contained date", .contained),
        // Materiality
        .init("was material", .materialityDetermined), .init("be material", .materialityDetermined),
        .init("is material", .materialityDetermined),
        // Disclosure
        .init("announced", .disclosed), .init("announce", .disclosed), .init("announcement", .disclosed, weight: 1),
        .init("disclosed", .disclosed), .init("disclose", .disclosed), .init("disclosure date", .disclosed),
        .init("revealed", .disclosed), .init("made public", .disclosed), .init("went public", .disclosed),
        .init("posted the following statement", .disclosed), .init("publicly", .disclosed, weight: 1),
        // A company putting out its own text: "posted an update", "issued a statement".
        .init("posted an update", .disclosed), .init("posted a statement", .disclosed), .init("posted a notice", .disclosed),
        .init("published an update", .disclosed), .init("published a statement", .disclosed),
        .init("published a notice", .disclosed), .init("issued a statement", .disclosed),
        .init("issued a press release", .disclosed), .init("issued a news release", .disclosed),
        .init("put out a press release", .disclosed), .init("put out a news release", .disclosed),
        .init("put out a statement", .disclosed), .init("released a statement", .disclosed),
        .init("released a press release", .disclosed), .init("released an update", .disclosed),
        .init("released a notice", .disclosed),
        // Filing
        .init("filed", .filed, .filingNearby), .init("filing", .filed, .filingNearby, weight: 1),
        .init("date of report", .filed), .init("date of earliest event reported", .filed),
        .init("dated", .filed, .filingNearby),
        // Notification
        // "the agency notified the company of suspicious card activity": told by an outside party.
        .init("notified", .discovered, .toldOfBreach), .init("notified", .notified, .peopleIfPassive), .init("notifying", .notified), .init("notify", .notified),
        .init("notification", .notified, weight: 1), .init("notifications", .notified, weight: 1),
        .init("sending letters", .notified), .init("sending notices", .notified), .init("mailed", .notified),
        .init("informed", .notified, .peopleAfter), .init("informing", .notified, .peopleAfter),
        // Settlement
        .init("settled", .settled), .init("settle", .settled), .init("settlement", .settled, weight: 1),
        .init("approved", .settled, .settlementAfter),
        // "In October 2018 it paid the regulator's office $16 million": paying a claimant.
        .init("paid", .settled, .payee),
        // Dates of other happenings: no breach fact.
        .init("said", nil), .init("says", nil), .init("told", nil), .init("wrote", nil), .init("stated", nil),
        .init("arrested", nil), .init("arrest", nil), .init("charged", nil), .init("convicted", nil),
        .init("sentenced", nil), .init("guilty", nil), .init("acquired", nil), .init("acquisition", nil),
        .init("acquiring", nil), .init("merger", nil), .init("applied", nil), .init("updated", nil),
        .init("update", nil), .init("stored", nil), .init("dating", nil), .init("born", nil), .init("founded", nil),
        .init("cost", nil), .init("costs", nil), .init("revenue", nil), .init("expects", nil), .init("expected", nil),
        .init("reservations", nil), .init("existing", nil), .init("existence", nil), .init("photo", nil),
        .init("published", nil), .init("proposed", nil), .init("fined", nil), .init("lawsuit", nil),
        .init("changed", nil), .init("registered", nil), .init("negotiations", nil), .init("completed", nil),
        .init("spend", nil), .init("invest", nil), .init("sued", nil), .init("pay", nil),
        .init("patch", nil), .init("reported", nil), .init("released", nil),
        // Data coverage, not access: "customers who signed up between 2014 and 2016".
        .init("signed up", nil), .init("enrolled", nil), .init("joined", nil), .init("opened", nil), .init("going back", nil), .init("far back", nil),
        // A date right after the word "date" is a label of the page ("date 2019-07-30", "Date: July 29"),
        // unless a longer phrase names the event ("Disclosure Date:", "Date of Report").
        .init("date", nil),
    ]

    /// Triggers by the hash of their first word, longest phrase first.
    static let byFirstWord: [UInt64: [EventTrigger]] = {
        var table: [UInt64: [EventTrigger]] = [:]
        for trigger in triggers { table[trigger.words[0], default: []].append(trigger) }
        return table.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()

    /// The keys of `byFirstWord` as a bit filter: most words of a sentence start no trigger, and
    /// one bit test says so where a dictionary probe hashed the key (`KeyBitFilter`).
    static let firstWords = KeyBitFilter(byFirstWord.keys)

    /// Words that make a clause about the breach itself. ("leak" is not one: "the leak happened in
    /// mid-March" dates the data's release online, not the break-in.)
    static let breachWords: Set<UInt64> = Set([
        "breach", "breaches", "incident", "intrusion", "hack", "hacked", "hackers", "hacker", "attack", "attacks",
        "cyberattack", "access", "accessed", "activity", "download", "downloads", "theft", "compromise", "compromised", "unauthorized",
        "malicious", "actor", "attacker", "attackers", "it", "this", "issue", "stolen", "stole", "data",
        "intruder", "intruders", "criminals", "cybersecurity", "infiltration", "exposure",
        // "its own timeline still starts in mid-May": the incident's timeline.
        "timeline",
    ].map(DateTokenizer.hash))

    static let filingWords: Set<UInt64> = Set([
        "k", "form", "sec", "securities", "commission", "filing", "report", "q", "edgar",
    ].map(DateTokenizer.hash))

    static let peopleWords: Set<UInt64> = Set([
        "customers", "users", "consumers", "individuals", "members", "guests", "clients", "patients",
        "employees", "affected", "impacted", "people", "account", "holders", "regulators", "authorities",
        "them", "those", "you",
    ].map(DateTokenizer.hash))

    static let accessWords: Set<UInt64> = Set([
        "access", "entry", "point", "points", "vulnerability", "gap", "hole", "egress", "off",
    ].map(DateTokenizer.hash))

    /// "identified that", "learned of", "noticed the volume until": what a discovery verb takes.
    /// "until" dates the discovery of a denied one ("nobody noticed it until X").
    /// Signs of an intruder are objects too ("noticed suspicious network traffic", "spotted unusual
    /// activity", "observed indicators of compromise").
    static let discoveryObjects: Set<UInt64> = Set([
        "that", "of", "about", "until", "suspicious", "unusual", "anomalous", "abnormal", "irregular", "traffic",
        "signs", "evidence", "indicators", "indications", "anomalies",
    ].map(DateTokenizer.hash)).union(breachWords)

    /// "noticed them", "spotted him": a discovery verb whose object is a person named earlier.
    static let personObjects: Set<UInt64> = Set(["them", "him", "her"].map(DateTokenizer.hash))

    /// Who breaks in: "a malicious actor ... started" is the intrusion however far the verb is.
    static let agentWords: Set<UInt64> = Set([
        "actor", "actors", "attacker", "attackers", "hacker", "hackers", "intruder", "intruders", "thief", "thieves",
        "criminals", "criminal", "cybercriminal", "cybercriminals",
    ].map(DateTokenizer.hash))

    /// "was notified", "were first notified": a passive whose subject received the notice.
    static let passiveAuxiliaries: Set<UInt64> = Set(["was", "were", "been", "being", "is", "are", "be"].map(DateTokenizer.hash))

    /// Words that open a period right after a verb of going on ("ran until", "went on from").
    static let periodWords: Set<UInt64> = Set(["until", "till", "through", "from", "between"].map(DateTokenizer.hash))

    /// "filed in federal court", "filed with the court": a court record, not an SEC filing.
    static let courtWords: Set<UInt64> = Set(["court", "courts", "judge", "docket"].map(DateTokenizer.hash))

    /// What is reached when reaching is no access: "reached an agreement", "reached a verdict".
    static let outcomeWords: Set<UInt64> = Set([
        "agreement", "settlement", "deal", "accord", "compromise", "conclusion", "verdict", "decision", "out",
        "consensus", "record", "peak", "high", "low", "level", "total",
    ].map(DateTokenizer.hash))

    /// "used those credentials", "with a stolen password": the means of a log-in.
    static let credentialWords: Set<UInt64> = Set([
        "credentials", "credential", "password", "passwords", "login", "logins", "token", "tokens", "keys",
    ].map(DateTokenizer.hash))

    /// Words before the credentials that make them the means ("used", "using", "with").
    static let meansWords: Set<UInt64> = Set(["used", "using", "use", "with"].map(DateTokenizer.hash))

    /// Whom an intruder writes to when the contact is no discovery: the public, the press, victims.
    static let nonCompanyAddressees: Set<UInt64> = Set([
        "reporters", "reporter", "journalists", "journalist", "media", "press", "news", "customers", "customer",
        "users", "victims", "employees", "staff", "people", "members", "patients", "clients", "individuals",
        "workers", "researchers",
    ].map(DateTokenizer.hash))

    /// Who is paid to end a claim: regulators, their offices, attorneys general, plaintiffs, a class.
    /// ("court", "state" and "SEC" are left out: "paid court costs", "paid state taxes", "paid ...,
    /// it said in an SEC filing" are no settlements.)
    static let payeeWords: Set<UInt64> = Set([
        "office", "commission", "department", "regulator", "regulators", "agency", "agencies", "attorney",
        "attorneys", "plaintiffs", "class", "authority", "authorities", "commissioner", "treasury", "ftc",
        "ico", "cfpb", "hhs", "ocr", "occ",
    ].map(DateTokenizer.hash))

    /// Words that make a payment a ransom or a bribe to the intruders, never a settlement.
    static let ransomWords: Set<UInt64> = Set([
        "ransom", "ransoms", "ransomware", "extortion", "extortionist", "extortionists", "bitcoin", "bounty",
        "hush", "decryptor", "decryption",
    ].map(DateTokenizer.hash)).union(agentWords)

    /// "to settle", "a settlement", "to resolve claims": an agreement that ends a dispute.
    static let settlementWords: Set<UInt64> = Set([
        "settlement", "settle", "settlements", "resolve",
    ].map(DateTokenizer.hash))

    /// Words that separate clauses: a date on one side rarely belongs to a verb on the other.
    /// "before" and "after" between a date and a verb open a clause of time ("inside for weeks,
    /// beginning in December 2014, before the company noticed them"); written before the date
    /// they are its qualifier and never stand between.
    static let clauseBreaks: Set<UInt64> = Set([
        "that", "which", "who", "whose", "but", "while", "although", "though", "because", "however", "whereas",
        "where", "when", "according", "before", "after",
    ].map(DateTokenizer.hash))

    /// Words before a trigger that make it not (yet) have happened. "if" and "whether" open a
    /// condition or a question ("if this had happened after May 2018", "looking into whether the
    /// intruders got in before March"): nothing is asserted to have happened then.
    static let irrealis: Set<UInt64> = Set([
        "will", "would", "ll", "plans", "plan", "intends", "expects", "not", "t", "never", "yet", "could", "should",
        "might", "if", "whether",
    ].map(DateTokenizer.hash))

    static let may = DateTokenizer.hash("may")

    /// Words after "may" that make it the modal ("may have been", "may be"), not the month.
    static let modalFollowers: Set<UInt64> = Set([
        "have", "be", "not", "also", "well", "still", "already", "never", "affect", "include",
    ].map(DateTokenizer.hash))

    /// Irrealis words that count only written against an apostrophe ("didn't", "we'll").
    static let contractions: Set<UInt64> = Set(["t", "ll"].map(DateTokenizer.hash))
}
