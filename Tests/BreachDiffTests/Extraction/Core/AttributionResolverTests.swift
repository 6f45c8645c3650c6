import Testing
@testable import BreachDiff

@Suite struct AttributionResolverTests {
    static let speakerCases: [(String, SourceRole)] = [
        ("Acme said that four million customers were affected.", .company),
        ("The company said the intrusion started in March.", .company),
        ("A spokesperson told reporters that the review continues.", .company),
        ("In a statement, officials confirmed the intrusion.", .company),
        ("According to the 8-K filing, the stolen files held names.", .company),
        ("Eleven thousand records were copied, the retailer said.", .company),
        ("According to Acme, the attackers were removed within a day.", .company),
        ("According to the original forum post, the archive holds nine million rows.", .attacker),
        ("The person selling the data told a reporter that it came from a billing server.", .attacker),
        ("The hacker claimed to hold records on twelve million users.", .attacker),
        ("A threat actor claims to have copied the whole customer table.", .attacker),
        ("ZeroCrew says it downloaded the full database last week.", .attacker),
        ("The seller is asking two bitcoin for the dump.", .attacker),
        ("Researchers at a security firm found the bucket open to anyone.", .researcher),
        ("A security researcher spotted the exposed server in May.", .researcher),
        ("The FTC alleged that warnings were ignored for years.", .regulator),
        ("The attorney general announced a multistate settlement.", .regulator),
        ("According to the complaint, the defendant sold the records.", .court),
        ("Court documents show the suspect used a rented server.", .court),
        ("Says card numbers were not kept on the affected servers.", .company),
        ("Believes the second intrusion is unrelated to the first one.", .company),
        ("By our count, the total now reaches nine million customers.", .media),
        ("According to the settlement papers, forty million people qualify for payments.", .court),
        ("The company also committed to spend $20 million on security tooling.", .company),
        ("Acme agreed to pay $5 million to settle regulators' claims about the leak.", .media),
        ("The watchdog fined Acme two million pounds over the lapse.", .regulator),
        ("Acme breach tally climbs again after more accounts are found", .media),
        ("Nine million people were affected by the intrusion.", .media),
        ("The Daily Ledger reported that the figure could rise.", .media),
    ]

    @Test("A cue in the sentence names its speaker", arguments: speakerCases)
    func cueNamesSpeaker(sentence: String, expected: SourceRole) throws {
        let document = CoreTestSupport.document("Acme disclosed a breach this week.\n\n" + sentence)
        let attribution = try #require(CoreTestSupport.attribution(of: String(sentence.prefix(20)), in: document))
        #expect(attribution.source == expected)
    }

    @Test("The document kind gives the default speaker", arguments: [
        (DocumentKind.secFiling, SourceRole.company), (.pressRelease, .company), (.companyNotice, .company),
        (.news, .media), (.blog, .media), (.forum, .attacker),
    ])
    func kindDefault(kind: DocumentKind, expected: SourceRole) throws {
        let document = CoreTestSupport.document("Two million people were affected.", kind: kind)
        #expect(try #require(CoreTestSupport.attribution(of: "Two million", in: document)).source == expected)
    }

    @Test("A company's own document stays the company's even where it reports others")
    func ownDocument() throws {
        let document = CoreTestSupport.document("The regulator announced an inquiry into the outage.", kind: .secFiling)
        #expect(try #require(CoreTestSupport.attribution(of: "regulator", in: document)).source == .company)
    }

    @Test("Outside news, an attribution carries over the rest of its paragraph")
    func paragraphCarryOver() throws {
        let document = CoreTestSupport.document(
            "Acme said on Monday that the intrusion was contained. The attackers took names and emails.\n\nTraffic was normal on Friday.",
            kind: .blog)
        #expect(try #require(CoreTestSupport.attribution(of: "took names", in: document)).source == .company)
        #expect(try #require(CoreTestSupport.attribution(of: "Traffic", in: document)).source == .media)
    }

    static let newsFollowUps: [(String, String, SourceRole)] = [
        // A plain figure after the attributed sentence is the outlet's own reporting again.
        ("Acme said the intruders were removed. About 9,000 records were copied.", "About 9,000", .media),
        // What the outlet cannot know itself, it relays: a denial, a hedge.
        ("Acme said the intruders were removed. No card numbers appear to have been taken.", "No card", .company),
        ("Acme said the intruders were removed. The copied table may have held birth dates.", "The copied", .company),
        // A sentence that adds to the last one keeps its speaker, even in a new paragraph.
        ("Acme said the intruders were removed.\n\nFurther, the tool they used could not reach passwords.", "Further", .company),
        ("Acme said the intruders were removed.\n\nIn addition, its auditors checked every server.", "In addition", .company),
        ("Acme said the intruders were removed.\n\nTraffic was normal on Friday.", "Traffic", .media),
    ]

    @Test("In news, only relayed sentences inherit the previous speaker", arguments: newsFollowUps)
    func newsFollowUp(text: String, phrase: String, expected: SourceRole) throws {
        let document = CoreTestSupport.document(text)
        #expect(try #require(CoreTestSupport.attribution(of: phrase, in: document)).source == expected)
    }

    @Test("A wire brief's bullets speak for the company across hard-wrapped lines")
    func wireBrief() throws {
        let document = CoreTestSupport.document(
            "Acme Corp brief\n\n* Acme believes an outside party, in late\n2022, copied the records of nine million\nusers\n"
                + "* stolen records may have included birth dates and\nphone numbers")
        #expect(try #require(CoreTestSupport.attribution(of: "copied the records", in: document)).source == .company)
        #expect(try #require(CoreTestSupport.attribution(of: "stolen records", in: document)).source == .company)
    }

    @Test("A story about an enforcement action retells the regulator's findings")
    func enforcementStory() throws {
        let document = CoreTestSupport.document(
            "Watchdog fines Acme over leaked records\n\nBy March 2023, the security team at Acme determined that nine million files were copied.\n\n"
                + "Three servers were reached in total.\n\nAcme said it would appeal the decision.")
        #expect(try #require(CoreTestSupport.attribution(of: "By March", in: document)).source == .regulator)
        #expect(try #require(CoreTestSupport.attribution(of: "Three servers", in: document)).source == .regulator)
        #expect(try #require(CoreTestSupport.attribution(of: "would appeal", in: document)).source == .company)
    }

    @Test("A lead ending in a colon attributes the quoted paragraph after it")
    func colonLead() throws {
        let document = CoreTestSupport.document(
            "Acme said in a statement:\n\n\u{201C}Around 300,000 accounts were touched. Nothing else was taken.\u{201D}")
        #expect(try #require(CoreTestSupport.attribution(of: "Nothing else", in: document)).source == .company)
    }

    @Test("A quotation closed by an attribution belongs to that speaker")
    func quotationTail() throws {
        let document = CoreTestSupport.document(
            "Records were copied.\n\n\u{201C}We hold the full table. It has six million rows,\u{201D} the hacker told the outlet.")
        #expect(try #require(CoreTestSupport.attribution(of: "We hold", in: document)).source == .attacker)
    }

    @Test("In news, a first-person plural statement is the company's")
    func weIsCompany() throws {
        let document = CoreTestSupport.document("Acme disclosed a breach.\n\nWe are working with law enforcement on this.")
        #expect(try #require(CoreTestSupport.attribution(of: "We are", in: document)).source == .company)
    }

    @Test("The company is found from the text when the reader gives none")
    func companyFromText() throws {
        let document = CoreTestSupport.document(
            "Globex breach exposes shoppers\n\nGlobex said on Tuesday that hackers entered its network. Globex confirmed the figure later.",
            company: nil)
        #expect(try #require(CoreTestSupport.attribution(of: "hackers entered", in: document)).source == .company)
    }
}
