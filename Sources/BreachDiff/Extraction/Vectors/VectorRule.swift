/// How one attack vector is recognised in a sentence.
///
/// Either a phrase that names the vector outright ("credential stuffing", "misconfigured"), or an
/// anchor word with a trigger nearby ("abused" within four words of "API", "exploited" near
/// "vulnerability"), so "an API" alone or "a vulnerability disclosure program" is not a vector.
public struct VectorRule: Sendable {
    /// The vector key (`FactPayload.vector`).
    public var key: String
    public var phrases: PhraseSet
    public var anchors: WordSet
    public var triggers: WordSet
    public var window: Int
    /// Words that, right before an anchor, make it something else ("configuration vulnerability").
    public var blockers: WordSet

    public init(key: String, phrases: [String], anchors: WordSet = [], triggers: WordSet = [], window: Int = 4,
                blockers: WordSet = []) {
        self.blockers = blockers
        self.key = key
        self.phrases = PhraseSet(phrases)
        self.anchors = anchors
        self.triggers = triggers
        self.window = window
    }

    /// The words that can start a match: every phrase's first word and every anchor. A sentence
    /// without one of them (nor a token matching a `*` prefix phrase) cannot match this rule.
    var cueWords: [String] { phrases.firstWordList + anchors.words }

    /// Whether some phrase of the rule starts with a `*` prefix word (matched at every token).
    var hasPrefixPhrases: Bool { phrases.hasPrefixPhrases }

    /// Token indexes where the vector is named in `tokens`.
    public func matches(in tokens: [CueToken]) -> [Int] {
        var result = phrases.matches(in: tokens).map(\.token)
        guard !anchors.isEmpty else { return result }
        for (index, token) in tokens.enumerated() where anchors.contains(token) {
            if index > 0, blockers.contains(tokens[index - 1]) { continue }
            let range = max(0, index - window)..<min(tokens.count, index + window + 1)
            if range.contains(where: { $0 != index && triggers.contains(tokens[$0]) }) { result.append(index) }
        }
        return result.sorted()
    }

    /// The vectors BreachDiff knows, in output order.
    public static let standard: [VectorRule] = [
        VectorRule(key: "api_abuse", phrases: ["api abuse", "application programming interface", "api scraping"],
                   anchors: ["api", "apis"],
                   triggers: ["abuse", "abused", "abusing", "misuse", "misused", "exploited", "exploiting", "through", "via",
                              "scraped", "scraping", "impacted", "pull", "pulled", "obtained", "retrieved", "queried", "leveraged"]),
        VectorRule(key: "stolen_credentials",
                   phrases: ["stolen credentials", "compromised credentials", "stolen password", "stolen passwords",
                             "stolen login", "stolen logins", "leaked credentials", "valid credentials", "purchased credentials",
                             "credentials were stolen", "stolen vpn credentials"],
                   anchors: ["credentials", "credential", "login", "logins"],
                   triggers: ["stolen", "compromised", "leaked", "bought", "buy", "purchased", "phished", "valid", "reused"]),
        VectorRule(key: "credential_stuffing",
                   phrases: ["credential stuffing", "credential-stuffing", "password reuse", "reused passwords", "reused credentials"]),
        VectorRule(key: "ransomware", phrases: ["ransomware"]),
        VectorRule(key: "phishing", phrases: ["phishing", "spear-phishing", "spearphishing", "smishing", "vishing", "phished"]),
        VectorRule(key: "misconfiguration",
                   phrases: ["misconfigured", "misconfiguration", "mis-configured", "misconfigurations", "improperly configured",
                             "configuration vulnerability", "configuration error", "exposed database", "unsecured database",
                             "unprotected database", "unsecured server", "publicly accessible database", "unsecured bucket",
                             "publicly exposed database", "left exposed", "left unsecured"]),
        VectorRule(key: "insider",
                   phrases: ["insider", "insiders", "rogue employee", "disgruntled employee", "malicious employee",
                             "a former employee", "an employee stole", "insider threat"]),
        VectorRule(key: "vulnerability_exploit",
                   phrases: ["apache struts", "unpatched", "zero-day", "zero day", "0-day", "known vulnerability",
                             "security flaw", "software flaw", "exploited a", "remote code execution"],
                   anchors: ["vulnerability", "vulnerabilities", "flaw", "flaws", "bug", "weakness"],
                   triggers: ["exploited", "exploit", "exploiting", "exploits", "leveraged", "abused", "through", "via", "patched"],
                   blockers: ["configuration", "api"]),
        VectorRule(key: "malware",
                   phrases: ["malware", "malicious software", "trojan", "keylogger", "backdoor", "spyware", "infostealer",
                             "info-stealer", "web shell", "webshell", "malicious code", "skimming code", "card skimmer"]),
        VectorRule(key: "sql_injection", phrases: ["sql injection", "sql-injection", "sqli", "sql injections"]),
        VectorRule(key: "social_engineering",
                   phrases: ["social engineering", "social-engineering", "socially engineered", "sim swap", "sim-swap",
                             "sim swapping", "sim-swapping", "pretexting", "mfa fatigue", "mfa bombing", "push bombing",
                             "impersonating", "impersonated", "posed as", "posing as"]),
        VectorRule(key: "brute_force",
                   phrases: ["brute force", "brute-force", "brute-forced", "brute forcing", "brute-forcing", "password spraying",
                             "password-spraying"]),
    ]
}
