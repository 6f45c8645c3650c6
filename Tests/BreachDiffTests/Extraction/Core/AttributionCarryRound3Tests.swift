import Testing
@testable import BreachDiff

/// Speaker rules found missing on the session-3 held-out cases (attribution round), pinned with
/// invented news paragraphs about "Acme". Each case: the paragraph(s), a phrase of the sentence
/// under test, and the speaker it must get.
@Suite struct AttributionCarryRound3Tests {
    static func speaker(_ text: String, of phrase: String, kind: DocumentKind = .news) throws -> SourceRole {
        let document = CoreTestSupport.document(text, kind: kind)
        return try #require(CoreTestSupport.attribution(of: phrase, in: document)).source
    }

    /// Restating an earlier position is a statement.
    static let restatements: [(String, String, SourceRole)] = [
        ("Acme repeated that it had no sign that card numbers were involved.", "card numbers", .company),
        ("Acme has maintained that no banking details were copied.", "banking", .company),
        ("The firm reiterated that only contact details were taken.", "contact details", .company),
        ("The lender reaffirmed that its mobile app was never reached.", "mobile app", .company),
    ]

    /// A pronoun or possessive points back to the speaker just named.
    static let backReferences: [(String, String, SourceRole)] = [
        ("The watchdog said the intrusion reached two million accounts. It said the attack ran for six weeks.",
         "six weeks", .regulator),
        ("Acme said the intruders were gone. It said no payment data was stored on the server.",
         "no payment data", .company),
        ("Nine states settled, the attorneys general said. According to their findings, a phishing email let the intruders in.",
         "phishing email", .regulator),
        ("Nine states settled, the attorneys general said. According to their findings, a phishing email let the intruders in. The stolen files held names and home addresses.",
         "stolen files", .regulator),
    ]

    /// An opening "According to" frames the paragraph; a breakdown's second half continues it.
    static let carries: [(String, String, SourceRole)] = [
        ("According to Acme, the intruders copied names and phone numbers. For about 9,000 couriers, bank details were exposed too.",
         "9,000 couriers", .company),
        ("Of that total, six million are current members, the insurer said. The remaining two million are customers of partner plans.",
         "remaining", .company),
    ]

    /// What the outlet narrates stays the outlet's.
    static let narration: [(String, String, SourceRole)] = [
        ("Acme learned of the breach in May, when a stranger emailed asking for money.", "learned of", .media),
        ("Acme said it was investigating. The attackers had been inside for a month.", "inside for a month", .media),
    ]

    @Test("Restating verbs name the company", arguments: restatements)
    func restatement(text: String, phrase: String, expected: SourceRole) throws {
        #expect(try Self.speaker(text, of: phrase) == expected)
    }

    @Test("'It said' and 'according to their ...' take the speaker just named", arguments: backReferences)
    func backReference(text: String, phrase: String, expected: SourceRole) throws {
        #expect(try Self.speaker(text, of: phrase) == expected)
    }

    @Test("An opening 'According to' and a breakdown carry the speaker", arguments: carries)
    func carry(text: String, phrase: String, expected: SourceRole) throws {
        #expect(try Self.speaker(text, of: phrase) == expected)
    }

    @Test("Narration without a statement stays the outlet's", arguments: narration)
    func narrated(text: String, phrase: String, expected: SourceRole) throws {
        #expect(try Self.speaker(text, of: phrase) == expected)
    }

    /// Channels that name the company as the source.
    static let channels: [(String, String, DocumentKind)] = [
        ("Acme's own statement spoke only of thousands of records.", "thousands", .news),
        ("What we know from the company: the intruders used an administrator's password.", "administrator", .blog),
        ("Here is what we heard from Acme: the intruders used a stolen token.", "stolen token", .blog),
    ]

    @Test("'Acme's own statement' and 'know from the company' name the company", arguments: channels)
    func channel(text: String, phrase: String, kind: DocumentKind) throws {
        #expect(try Self.speaker(text, of: phrase, kind: kind) == .company)
    }

    @Test("A speaker named after a semicolon speaks for that part only, after the outlet's narration")
    func semicolonClause() throws {
        let text = "The intruders stayed for weeks. They took 4 files; Acme has maintained that 3 cards were safe."
        let document = CoreTestSupport.document(text)
        let lead = try #require(FactExtractor(extractors: [PhraseCountExtractor(phrase: "4 files")]).extract(from: document).first)
        let later = try #require(FactExtractor(extractors: [PhraseCountExtractor(phrase: "3 cards")]).extract(from: document).first)
        #expect(lead.source == .media)
        #expect(later.source == .company)
    }

    @Test("A summary line that opens its paragraph keeps the speaker for both clauses")
    func semicolonSummary() throws {
        let text = "Acme hacked again\n\nThe leak exposed 4 files; the company says its network was safe."
        let document = CoreTestSupport.document(text)
        let fact = try #require(FactExtractor(extractors: [PhraseCountExtractor(phrase: "4 files")]).extract(from: document).first)
        #expect(fact.source == .company)
    }
}
