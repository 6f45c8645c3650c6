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

    @Test("An attribution carries over the rest of its paragraph")
    func paragraphCarryOver() throws {
        let document = CoreTestSupport.document(
            "Acme said on Monday that the intrusion was contained. The attackers took names and emails.\n\nTraffic was normal on Friday.")
        #expect(try #require(CoreTestSupport.attribution(of: "took names", in: document)).source == .company)
        #expect(try #require(CoreTestSupport.attribution(of: "Traffic", in: document)).source == .media)
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
