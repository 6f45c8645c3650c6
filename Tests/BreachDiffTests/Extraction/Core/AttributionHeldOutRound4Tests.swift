import Testing
@testable import BreachDiff

/// Speaker, stance and unit rules found missing on the session-4 held-out case, pinned with
/// invented companies whose names hold an ampersand ("Q&Z", "M&R Mobile") and invented sentences.
@Suite struct AttributionHeldOutRound4Tests {
    static func attribution(_ text: String, of phrase: String, company: String? = "Q&Z Inc.",
                            kind: DocumentKind = .news) throws -> Attribution {
        let document = CoreTestSupport.document(text, kind: kind, company: company)
        return try #require(CoreTestSupport.attribution(of: phrase, in: document))
    }

    @Test("An ampersand between letters joins one word", arguments: [
        ("Q&Z said", ["q&z", "said"]),
        ("M&R Mobile", ["m&r", "mobile"]),
        // Spaced out, it is no joiner: two names.
        ("Smith & Sons", ["smith", "sons"]),
        ("names & addresses", ["names", "addresses"]),
    ])
    func ampersandToken(text: String, words: [String]) {
        #expect(CueTokenizer.tokens(of: text).map(\.word) == words)
    }

    /// A registrant name with an ampersand gives its anchor; so does the prose when the reader found
    /// no company, even against a capitalised wire header repeated in the first block.
    @Test("A company named with an ampersand is found", arguments: [
        ("Q&Z Inc.", "q&z"),
        ("M&R Mobile Corp.", "m&r"),
    ])
    func registrantAnchor(company: String, anchor: String) {
        #expect(CompanyNames.anchor(of: company) == anchor)
    }

    @Test("A short ampersand name in the prose beats a wire header", arguments: [
        "NORTHERN POLICY WIRE -- BRIEFS\nJuly 2, 2025\n\nQ&Z SETTLES CLAIMS OVER TWO LEAKS\n\nBOSTON -- Q&Z Inc. will pay to end two lawsuits over stolen data.\n\nThe fund is for people whose records were leaked, which Q&Z said involved about 4 million customers.\n\nQ&Z did not admit any wrongdoing in the deal.\n\n(Reporting by the Northern Policy Wire desk)",
    ])
    func proseAnchor(text: String) throws {
        let attribution = try Self.attribution(text, of: "which Q&Z said", company: nil)
        #expect(attribution.source == .company)
    }

    /// Reported company speech with the name spelled with an ampersand, in a news page.
    static let reportedSpeech: [(String, String, SourceRole)] = [
        ("In May, Q&Z said personal data of about 5 million customers had been posted online.", "posted online", .company),
        ("Q&Z denied that the files of 9 million customers came from its own servers.", "own servers", .company),
        ("The fund is for people in the leaked set, which Q&Z said involved about 4 million customers.", "leaked set", .company),
    ]

    @Test("Reported speech of an ampersand-named company is the company's", arguments: reportedSpeech)
    func reported(text: String, phrase: String, expected: SourceRole) throws {
        #expect(try Self.attribution(text, of: phrase).source == expected)
    }

    /// A participle after a noun names a past event, not a statement by the sentence's subject.
    static let participles: [(String, String, SourceRole)] = [
        ("Separately, Acme is still dealing with the leak disclosed in May, when records of 2 million customers appeared online.",
         "appeared online", .media),
        ("Acme is also facing suits over a breach announced last year that touched 3 million people.", "touched", .media),
        // Still the company's statement: the verb follows the company or a conjunction, not a noun.
        ("Acme is reviewing the files and disclosed that 2 million customers were affected.", "were affected", .company),
        ("Acme, after weeks of silence, said that the intruders left in June.", "left in June", .company),
    ]

    @Test("A participle after a noun is no statement of the subject", arguments: participles)
    func participle(text: String, phrase: String, expected: SourceRole) throws {
        #expect(try Self.attribution(text, of: phrase, company: "Acme Corp").source == expected)
    }

    /// Goods named in the offerer's words: a relayed claim.
    @Test("'What it describes as' relays the offerer's claim", arguments: [
        "A crew known for past leaks is offering what it describes as the records of 9 million Acme customers.",
        "Two sellers are pushing what they describe as a full copy of the loyalty database.",
    ])
    func describesAs(text: String) throws {
        let attribution = try Self.attribution(text, of: "describe", company: "Acme Corp")
        #expect(attribution.source == .attacker)
        #expect(attribution.stance == .claimed)
    }

    /// A name joined by an ampersand between the figure and its noun is a modifier.
    @Test("The unit after an ampersand name", arguments: [
        ("The seller lists 40 million Q&Z customers in the file.", Int64(40_000_000), "customers"),
        ("Logs of about 8 million M&R wireless accounts were copied.", Int64(8_000_000), "accounts"),
    ])
    func unitAfterName(text: String, value: Int64, unit: String) {
        let found = CountExtractorTests.counts(text)
        #expect(found.contains { $0.value == value && $0.unit == unit }, "\(found)")
    }
}
