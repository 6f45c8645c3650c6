/// Who issues a release: the company, or a regulator announcing its own action.
///
/// A press release is the company's statement throughout, unless an attorney general's office or
/// an agency issues it ("Attorney General Jane Roe today announced ...", "The Federal Trade
/// Commission said Tuesday ..."). Then the release is the regulator's account: its uncued
/// sentences are the regulator's, and what it quotes of the company ("Acme said it cooperated")
/// stays the company's.
enum DocumentIssuer {
    /// Whether the title or one of the first body sentences opens with a regulator announcing
    /// something: a regulator phrase in its first words, followed closely by an issuing verb, and
    /// no company name before it ("Acme welcomes the Attorney General's announcement" is the company's).
    static func regulatorIssues(title: [CueToken]?, opening: [[CueToken]], company: CompanyNames) -> Bool {
        if let title, announces(title, company: company) || namesOffice(title) { return true }
        return opening.contains { announces($0, company: company) }
    }

    /// How many sentences of the body may hold the announcement (a dateline and a byline come first).
    static let openingSentences = 3

    /// A regulator subject among the first `subjectWindow` words, an issuing verb within
    /// `verbWindow` words after it.
    static let subjectWindow = 8
    static let verbWindow = 5

    static func announces(_ tokens: [CueToken], company: CompanyNames) -> Bool {
        let limit = min(tokens.count, subjectWindow)
        for index in 0..<limit {
            guard let length = regulatorSubject(tokens, at: index) else {
                if company.names(tokens[index]) { return false }
                continue
            }
            let after = (index + length)..<min(tokens.count, index + length + verbWindow)
            guard let verb = after.first(where: { issuingVerbs.contains(tokens[$0]) }) else { return false }
            // "The Attorney General said Acme announced": the company named before the verb is its subject.
            return !((index + length)..<verb).contains { company.names(tokens[$0]) }
        }
        return false
    }

    /// The length of a regulator phrase at `index`, or nil.
    static func regulatorSubject(_ tokens: [CueToken], at index: Int) -> Int? {
        for phrase in subjectPhrases where PhraseSet.matches(phrase, tokens, at: index) { return phrase.count }
        return SpeakerCues.agencies.contains(tokens[index]) && tokens[index].capitalised ? 1 : nil
    }

    /// Whether the word at `index` belongs to a regulator's title ("Attorney General", "Federal
    /// Trade Commission"): an agency's release names its office more often than the company, and
    /// such words never name the company.
    static func isRegulatorWord(_ tokens: [CueToken], at index: Int) -> Bool {
        guard subjectWords.contains(tokens[index]) else { return false }
        // Built once: a token keeps no string, and building it per phrase word cost more than the rest.
        let word = tokens[index].word
        for phrase in subjectPhrases {
            for offset in phrase.indices where offset <= index && word == phrase[offset] {
                if PhraseSet.matches(phrase, tokens, at: index - offset) { return true }
            }
        }
        return false
    }

    /// "Office of the Attorney General" in a title: the page belongs to that office.
    static func namesOffice(_ tokens: [CueToken]) -> Bool {
        for index in tokens.indices where tokens[index].isWord("office") && index + 3 < tokens.count {
            if tokens[index + 1].isWord("of"), regulatorSubject(tokens, at: index + 2) != nil
                || (tokens[index + 2].isWord("the") && regulatorSubject(tokens, at: index + 3) != nil) {
                return true
            }
        }
        return false
    }

    static let subjectPhrases: [[String]] = [
        ["attorney", "general"], ["attorneys", "general"], ["information", "commissioner"],
        ["data", "protection", "authority"], ["department", "of", "justice"], ["justice", "department"],
        ["federal", "trade", "commission"], ["securities", "and", "exchange", "commission"],
        ["consumer", "financial", "protection", "bureau"],
    ]

    static let subjectWords = WordSet(subjectPhrases.joined())

    /// What a regulator does when it issues a release about its own action.
    static let issuingVerbs: WordSet = [
        "announced", "announces", "announce", "said", "says", "secured", "secures", "reached", "reaches",
        "obtained", "obtains", "filed", "files", "fined", "fines", "ordered", "orders", "charged", "charges",
        "sued", "sues", "settled", "settles", "imposed", "imposes", "issued", "issues", "joined", "joins",
        "led", "leads",
    ]
}

extension AttributionResolver {
    /// Whether a press release or notice is issued by a regulator (`DocumentIssuer`); filings and
    /// news never are (a news story opening "The FTC said" is still the outlet's story).
    static func issuedByRegulator(_ document: ParsedDocument, tokens: [[CueToken]], company: CompanyNames) -> Bool {
        guard document.kind == .pressRelease || document.kind == .companyNotice else { return false }
        let title = document.title.map { CueTokenizer.tokens(of: $0) }
        return DocumentIssuer.regulatorIssues(title: title, opening: Array(tokens.prefix(DocumentIssuer.openingSentences)),
                                              company: company)
    }
}
