import Testing
@testable import BreachDiff

/// Speaker rules found missing on the session-4 held-out cases (a state's release, settlement
/// news, a blog), pinned with invented companies, agencies and sentences.
@Suite struct AttributionHeldOutRound5Tests {
    static func source(_ text: String, of phrase: String, kind: DocumentKind = .news,
                       company: String? = "Acme Corp") throws -> SourceRole {
        let document = CoreTestSupport.document(text, kind: kind, company: company)
        return try #require(CoreTestSupport.attribution(of: phrase, in: document)).source
    }

    /// A release issued by an attorney general or an agency is the regulator's account; what it
    /// quotes of the company stays the company's; a company's release that mentions a regulator
    /// stays the company's.
    static let releases: [(String, String, DocumentKind, String?, SourceRole)] = [
        ("Attorney General Dana Whitfield today announced a $4 million settlement with Acme Corp over a 2021 breach.\n\nThe breach exposed the records of 2 million residents.",
         "exposed the records", .pressRelease, "Acme Corp", .regulator),
        ("WASHINGTON -- The Federal Trade Commission said Tuesday that Acme will pay $9 million.\n\nThe intruders took card numbers of 500,000 shoppers.\n\nAcme said in a statement that it has improved its defences.",
         "intruders took", .pressRelease, "Acme Corp", .regulator),
        ("WASHINGTON -- The Federal Trade Commission said Tuesday that Acme will pay $9 million.\n\nThe intruders took card numbers of 500,000 shoppers.\n\nAcme said in a statement that it has improved its defences.",
         "improved its defences", .pressRelease, "Acme Corp", .company),
        // The reader found no company: the office's title must not become the company's name.
        ("Attorney General Announces Settlement With Acme Over Card Theft\n\nThe Attorney General today announced a settlement with Acme, a grocery chain, and 30 other states. The Attorney General said the theft touched 3 million shoppers. The malware copied the card numbers of 3 million shoppers.",
         "malware copied", .pressRelease, nil, .regulator),
        ("WASHINGTON, D.C. -- The U.S. Securities and Exchange Commission today charged Acme Corp with misleading investors.\n\nThe intruders sold the stolen records of 4 million users.",
         "intruders sold", .pressRelease, "Acme Corp", .regulator),
        // Negative: the company issues the release and names the regulator.
        ("Acme Corp today announced an agreement with the Attorney General of Ohio.\n\nThe incident affected 2 million customers.",
         "incident affected", .pressRelease, "Acme Corp", .company),
        ("Acme welcomes the Federal Trade Commission decision to close its inquiry.\n\nThe incident affected 2 million customers.",
         "incident affected", .pressRelease, "Acme Corp", .company),
        // Negative: a news story opening with an agency is still the outlet's story.
        ("The Federal Trade Commission said Tuesday that Acme will pay $9 million.\n\nThe intruders took card numbers of 500,000 shoppers.",
         "intruders took", .news, "Acme Corp", .media),
    ]

    @Test("A regulator's release speaks for the regulator", arguments: releases)
    func release(text: String, phrase: String, kind: DocumentKind, company: String?, expected: SourceRole) throws {
        #expect(try Self.source(text, of: phrase, kind: kind, company: company) == expected)
    }

    @Test("Regulator title words never name the company", arguments: [
        ("The Attorney General said the Attorney General would act", 1, true),
        ("The Attorney General said the Attorney General would act", 2, true),
        ("General Widgets said it would act", 0, false),
        ("The Federal Trade Commission fined Acme", 3, true),
    ])
    func regulatorWord(text: String, index: Int, expected: Bool) {
        #expect(DocumentIssuer.isRegulatorWord(CueTokenizer.tokens(of: text), at: index) == expected)
    }

    /// News frames: a disclosure aside is no statement, a described company speaks, a headline
    /// drops the article, the outlet adds up figures itself, court papers are the court's.
    static let frames: [(String, String, SourceRole)] = [
        ("The leak, which Acme disclosed in early May, exposed card data for about 3 million accounts.", "exposed card data", .media),
        ("The theft, when the company first revealed it last spring, touched 2 million people.", "touched 2 million", .media),
        // Negative: "said" reports content, and "disclosed that" introduces it.
        ("The fund is for the leaked set, which Acme said involved about 4 million customers.", "leaked set", .company),
        ("Acme disclosed that the intruders took card data of 2 million shoppers.", "intruders took", .company),
        ("The Ohio retailer said the intrusion began in early May.", "intrusion began", .company),
        ("Officials noted that the Dallas-based carrier confirmed the theft of 9 million records.", "theft of", .company),
        ("Retailer says intruders also took names and emails", "intruders also took", .company),
        ("Bank confirms theft of 2 million card numbers", "theft of", .company),
        // Negative: a capitalised word between article and noun that is the noun of a street name.
        ("The Ohio retailer opened 30 stores in the year of the theft.", "opened 30 stores", .media),
        ("Taken together, the two leaks may have touched 9 million people.", "two leaks", .media),
        ("All told, about 5 million records were exposed.", "records were exposed", .media),
        ("By the end of the year, the company had booked $12 million in costs, according to its annual report.", "booked", .company),
        ("Acme agreed to pay $3 million to settle claims from lenders, according to papers filed in federal court on Monday.",
         "settle claims", .court),
        ("The count has not changed since spring: about 6 million accounts and 2 million emails.", "6 million", .company),
        ("The official tally still stands at 8 million customers.", "8 million", .company),
        // Negative: a tally the outlet makes or that moved is the outlet's.
        ("The tally rose again in June, to 9 million customers.", "9 million", .media),
        ("The numbers suggest about 4 million people were touched.", "4 million", .media),
        // Negative: a court named without its papers is no court cue here.
        ("Acme said it will ask the court to dismiss the suit.", "dismiss the suit", .company),
    ]

    @Test("News reporting frames decide the speaker", arguments: frames)
    func frame(text: String, phrase: String, expected: SourceRole) throws {
        #expect(try Self.source(text, of: phrase) == expected)
    }
}
