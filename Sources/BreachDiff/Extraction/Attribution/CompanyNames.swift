/// The words that name the company a document is about, lower-cased ("marriott", "t-mobile").
///
/// Taken from `ParsedDocument.company` when the reader found the registrant or issuer; otherwise
/// the capitalised word the document uses most in its prose, a mention that speaks ("Acme said")
/// counting five times and the title and lead paragraph more than the rest (a news story names its
/// subject in the headline and the lead). Function words, months, weekdays, words the document also
/// writes in lower case ("Social", "Security"), short acronyms (IMEI, SSN) and one-word lines
/// ("Advertisement") are not names.
public struct CompanyNames: Sendable, Equatable {
    /// Lower-cased single words; a token equal to one of them mentions the company.
    public var anchors: Set<String> {
        didSet { anchorProbe = AnchorProbe(anchors) }
    }
    /// The name-like words of the prose by weight, heaviest first (at most eight); empty when the
    /// reader gave the company.
    public var ranked: [String] = []
    /// The anchors as plain data, for `names`.
    private var anchorProbe: AnchorProbe

    public init(anchors: Set<String>) {
        self.anchors = anchors
        anchorProbe = AnchorProbe(anchors)
    }

    public static func == (lhs: CompanyNames, rhs: CompanyNames) -> Bool {
        lhs.anchors == rhs.anchors && lhs.ranked == rhs.ranked
    }

    /// Whether the token names the company (names are capitalised: "One" in "Acme One", not "one").
    public func names(_ token: CueToken) -> Bool {
        guard token.capitalised else { return false }
        // A token outside ASCII compares as a string (canonical equivalence), as before.
        if anchorProbe.usable, token.spelling.isInline, token.spelling.isASCII { return anchorProbe.matches(token) }
        return anchors.contains(token.word)
    }

    /// Finds the company of a document.
    public init(document: ParsedDocument, tokensPerBlock: [[CueToken]]) {
        if let company = document.company, let anchor = Self.anchor(of: company) {
            anchors = [anchor]
            anchorProbe = AnchorProbe(anchors)
            return
        }
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var predecessors: [String: [String: Int]] = [:]
        var order = 0
        func count(_ tokens: [CueToken], weight: Int) {
            // One-word lines ("Advertisement", "Finance") are page furniture, not prose.
            guard tokens.count >= 6 else { return }
            for (index, token) in tokens.enumerated() {
                // The word is built once here: a token keeps no string (`CueSpelling`).
                guard token.capitalised else { continue }
                let word = token.word
                guard Self.isNameLike(word), !DocumentIssuer.isRegulatorWord(tokens, at: index) else { continue }
                let speaks = (index + 1..<min(tokens.count, index + 3)).contains { SpeakerCues.speechVerbs.contains(tokens[$0]) }
                // Short all-capital words are mostly acronyms of data or agencies (IMEI, SSN, API, FBI)
                // unless they speak; one joined by "&" (AT&T, P&G) is a company's name, never a data acronym.
                if !speaks {
                    let raw = token.raw
                    if raw.count <= 4, !raw.contains(where: \.isLowercase), !raw.contains("&") { continue }
                }
                counts[word, default: 0] += weight * (speaks ? 5 : 1)
                if index > 0, tokens[index - 1].capitalised, tokens[index - 1].end + 1 == token.start {
                    predecessors[word, default: [:]][tokens[index - 1].word, default: 0] += weight * (speaks ? 5 : 1)
                }
                if firstSeen[word] == nil { firstSeen[word] = order }
                order += 1
            }
        }
        let titleTokens = document.title.map { CueTokenizer.tokens(of: $0) }
        if let titleTokens { count(titleTokens, weight: 3) }
        for (index, tokens) in tokensPerBlock.enumerated() {
            count(tokens, weight: index == 0 ? 2 : 1)
        }
        // Lower-case uses are looked up only for the words counted above, so only theirs are
        // counted, over the same token lists. Why: hashing every lower-case word of the document
        // into a dictionary was most of this initialiser; a key probe turns the others away. The
        // probe compares bytes where the dictionary compares canonically equivalent strings; the
        // two agree when the counted words are ASCII (no other lower-case word is equivalent to
        // one), so a non-ASCII counted word makes every lower-case use count, as before.
        let counted = WordSet(counts.keys)
        let probe = counts.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        var lowerCase: [String: Int] = [:]
        for tokens in (titleTokens.map { [$0] } ?? []) + tokensPerBlock where tokens.count >= 6 {
            for index in tokens.indices where !tokens[index].capitalised && (!probe || counted.contains(tokens[index])) {
                lowerCase[tokens[index].word, default: 0] += 1
            }
        }
        // A word the prose mostly writes in lower case is a common word; a few lower-case
        // occurrences are URLs and handles ("acme.com/acme-breach").
        let candidates = counts.filter { (lowerCase[$0.key] ?? 0) * 2 <= $0.value }
        let names = candidates.filter { $0.value >= 2 }
        // The ranking is only a hint matched against known companies, so a single mention counts.
        ranked = candidates.sorted { lhs, rhs in
            lhs.value != rhs.value ? lhs.value > rhs.value : firstSeen[lhs.key]! < firstSeen[rhs.key]!
        }.prefix(8).map(\.key)
        let best = names
            .max { lhs, rhs in
                lhs.value != rhs.value ? lhs.value < rhs.value : firstSeen[lhs.key]! > firstSeen[rhs.key]!
            }
        guard let best else {
            anchors = []
            anchorProbe = AnchorProbe(anchors)
            return
        }
        // "Acme One said": when the word nearly always follows the same capitalised word, the name
        // has two words and the first one is the distinctive one.
        if let (first, together) = predecessors[best.key]?.max(by: { $0.value < $1.value }), together * 5 >= best.value * 4,
           !Self.stopWords.contains(first) {
            anchors = [first, best.key]
        } else {
            anchors = [best.key]
        }
        anchorProbe = AnchorProbe(anchors)
    }

    /// The first distinctive word of a registrant name: "T-Mobile US, Inc." gives "t-mobile".
    static func anchor(of company: String) -> String? {
        CueTokenizer.tokens(of: company).first { !stopWords.contains($0.word) && $0.word.count > 1 }?.word
    }

    static func isNameLike(_ token: CueToken) -> Bool {
        isNameLike(token.word)
    }

    static func isNameLike(_ word: String) -> Bool {
        word.count > 1 && !stopWords.contains(word)
            && word.unicodeScalars.first.map { $0.properties.isAlphabetic } == true
    }

    /// Capitalised words that are never the company: function words, calendar words, titles,
    /// and the breach vocabulary headlines capitalise.
    static let stopWords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "but",
        "if", "it", "its", "this", "that", "these", "those", "we", "our", "us", "they", "their", "he", "she",
        "his", "her", "you", "your", "i", "my", "there", "what", "when", "where", "who", "how", "why", "after",
        "before", "while", "since", "until", "over", "about", "some", "all", "any", "no", "not", "new", "more",
        "most", "also", "however", "according", "today", "yesterday", "is", "are", "was", "were", "has", "have",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "inc", "corp",
        "co", "ltd", "llc", "plc", "company", "news", "data", "breach", "hack", "hacker", "hackers",
        "security", "cybersecurity", "customers", "customer", "information", "personal", "million", "billion",
        "mr", "ms", "mrs", "dr", "ceo", "sec", "u.s", "us", "uk", "item", "form", "exhibit", "update",
        "statement", "press", "release", "notice", "incident", "cyber", "attack", "cyberattack", "source",
        "link", "date", "author", "article", "tags", "information:", "home", "search", "share", "read",
    ]
}

extension CompanyNames {
    /// The company as first written in the prose ("Capital One", "T-Mobile"): the first mention of
    /// an anchor, joined with the following word when that is the other anchor of a two-word name.
    /// nil when the document names no company.
    public func displayName(in sentences: [[CueToken]]) -> String? {
        guard !anchors.isEmpty else { return nil }
        for tokens in sentences {
            for (index, token) in tokens.enumerated() where names(token) {
                if anchors.count > 1, index + 1 < tokens.count, names(tokens[index + 1]),
                   tokens[index + 1].word != token.word {
                    return token.raw + " " + tokens[index + 1].raw
                }
                if anchors.count > 1, index > 0, names(tokens[index - 1]) { continue }
                return token.raw
            }
        }
        return nil
    }
}

/// At most two ASCII anchors as keys and spellings: `CompanyNames.names` is asked about every
/// capitalised token of every sentence, and comparing these builds no string and retains nothing
/// (a `WordSet` copy retained its four arrays). ASCII words are equal as strings exactly when
/// their bytes are. Other anchor sets are not `usable`: `names` compares strings then.
struct AnchorProbe: Sendable {
    private(set) var usable = false
    private var count = 0
    private var firstKey: UInt64 = 0, secondKey: UInt64 = 0
    private var first = CueSpelling(head: 0, tail: 0, length: 0, capitals: 0)
    private var second = CueSpelling(head: 0, tail: 0, length: 0, capitals: 0)

    init(_ anchors: Set<String>) {
        guard anchors.count <= 2, anchors.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return }
        let sorted = anchors.sorted()
        count = sorted.count
        if count > 0 { first = CueSpelling(word: sorted[0], raw: sorted[0]); firstKey = WordSet.key(sorted[0]) }
        if count > 1 { second = CueSpelling(word: sorted[1], raw: sorted[1]); secondKey = WordSet.key(sorted[1]) }
        usable = true
    }

    @inline(__always)
    func matches(_ token: CueToken) -> Bool {
        count > 0 && token.key == firstKey && token.spelling.sameWord(as: first)
            || count > 1 && token.key == secondKey && token.spelling.sameWord(as: second)
    }
}
