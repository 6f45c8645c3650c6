import Testing
@testable import BreachDiff

/// Round-two rules on how a figure is read (which claim it bears out, which population and slot
/// it belongs to), each on a small case of our own.
@Suite struct FigureReadingTests {
    typealias F = ComparisonFixtures

    static let documents = [
        F.document("a.txt", "2050-02-01"), F.document("b.txt", "2050-02-02"), F.document("c.txt", "2050-02-03"),
        F.document("d.txt", "2050-02-04"), F.document("e.txt", "2050-05-10"),
    ]

    static func compare(_ facts: [Fact], documents: [DocumentInfo] = documents) -> Comparison {
        Comparator().compare(documents: documents, facts: facts)
    }

    @Test("an order-of-magnitude range does not bear out a seller's figure")
    func vagueRangeIsNoConfirmation() {
        var vague = F.count("c.txt", 100_000_000, unit: "accounts", qualifier: .range, source: .regulator,
                            quote: "tens to hundreds of millions of accounts")
        if case .count(var count) = vague.payload {
            count.low = 100_000_000
            count.high = 999_000_000
            vague.payload = .count(count)
        }
        let facts = [
            F.count("a.txt", 250_000_000, unit: "accounts", source: .attacker, stance: .claimed),
            F.count("b.txt", 700_000_000, unit: "accounts", qualifier: .atLeast),
            vague,
        ]
        #expect(F.kinds(Self.compare(facts), slot: "count").contains(.claimedVsConfirmed))
    }

    @Test("a figure hedged with a modal is neither a confirmation nor compared")
    func hedgedFigure() {
        let facts = [
            F.count("a.txt", 90_000_000, unit: "users", source: .attacker, stance: .claimed),
            F.count("b.txt", 90_000_000, unit: "users", qualifier: .moreThan, quote: "an intrusion that might touch more than 90 million users"),
            F.count("c.txt", 30_000_000, unit: "users"),
        ]
        let comparison = Self.compare(facts)
        #expect(F.kinds(comparison, slot: "count") == [.claimedVsConfirmed])
        #expect(FigureCues.isHedged("a breach that may affect 5 million people"))
        #expect(!FigureCues.isHedged("in May 5 million people were told"))
    }

    @Test("a conflict between authorities shows every document of the other's current figure")
    func authorityConflictShowsEarlierStatements() throws {
        let facts = [
            F.count("a.txt", 400_000_000, unit: "accounts", qualifier: .atLeast),
            F.count("b.txt", 400_000_000, unit: "accounts", qualifier: .moreThan),
            F.count("e.txt", 75_000_000, unit: "accounts", qualifier: .atLeast, source: .regulator),
        ]
        let conflict = try #require(Self.compare(facts).discrepancies.first { $0.kind == .conflict })
        #expect(Set(conflict.values.map(\.file)) == ["a.txt", "b.txt", "e.txt"])
    }

    @Test("a media figure between an authority's successive figures belongs to the revision")
    func mediaFigureInsideRevision() throws {
        let facts = [
            F.count("a.txt", 50_000, unit: "people"),
            F.count("e.txt", 12_000, unit: "people"),
            F.count("c.txt", 31_000, unit: "people", source: .media),
        ]
        let comparison = Self.compare(facts)
        #expect(F.kinds(comparison, slot: "count") == [.revised])
        let revised = try #require(comparison.discrepancies.first)
        #expect(revised.values.contains { $0.file == "c.txt" })
    }

    @Test("records of people and former or prospective customers are people", arguments: [
        ("20 million records of former or prospective customers", "records"),
        ("20 million former or prospective customers", "customers"),
    ])
    func peopleUnderOtherNouns(quote: String, unit: String) {
        let facts = [
            F.count("a.txt", 20_000_000, unit: unit, quote: quote),
            F.count("b.txt", 20_000_000, unit: "people", source: .media, quote: "20 million people"),
        ]
        #expect(!F.kinds(Self.compare(facts)).contains(.unitMismatch))
    }

    @Test("each figure of a quote takes its own status words")
    func perFigureStatuses() {
        let quote = "about 3.1 million unencrypted passport numbers and 7.2 million encrypted card numbers"
        #expect(FigureCues.statuses(of: 3_100_000, in: quote) == ["unencrypted"])
        #expect(FigureCues.statuses(of: 7_200_000, in: quote) == ["encrypted"])
        #expect(FigureCues.statuses(of: 3_100_000, in: "3.1 million unencrypted passport numbers") == nil)
    }

    @Test("an item named after another figure is not what this figure counts")
    func itemBelongsToNearestFigure() {
        let quote = "the personal data of four million Canadians and two million social insurance numbers"
        #expect(DataItemCues.dataItem(in: quote, value: 4_000_000) == nil)
        #expect(DataItemCues.dataItem(in: quote, value: 2_000_000) == .governmentId)
    }

    @Test("a figure after a list of several items counts the people, not the last item")
    func listedItemsCountPeople() {
        let sentence = "names, birth dates, addresses and in some cases passport numbers of 40 million travellers"
        let countQuote = "passport numbers of 40 million travellers"
        let offset = sentence.unicodeScalars.count - countQuote.unicodeScalars.count
        let facts = [DataTypeKey.name, .dateOfBirth, .postalAddress, .passport].map { F.status("a.txt", $0, .exposed, quote: sentence) }
            + [F.count("a.txt", 40_000_000, unit: "people", quote: countQuote, start: offset),
               F.count("b.txt", 40_000_000, unit: "people", source: .media)]
        let entries = SlotEntries.build(facts: facts, incidentOf: facts.map { _ in "x" },
                                        documents: Dictionary(uniqueKeysWithValues: Self.documents.map { ($0.file, $0) }))
        #expect(entries.filter { $0.number != nil }.allSatisfy { $0.slot == "count" })
    }

    @Test("a data-type statement of a document naming no country is about the incident's main country")
    func statusesTakeTheIncidentCountry() {
        let facts = [
            F.count("a.txt", 9_000_000, unit: "people", quote: "9 million U.S. consumers"),
            F.count("b.txt", 9_000_000, unit: "people", quote: "9 million Americans"),
            F.status("c.txt", .postalAddress, .exposed),
            F.count("d.txt", 200_000, unit: "people", quote: "200,000 UK consumers"),
            F.status("d.txt", .postalAddress, .notExposed),
        ]
        #expect(!F.kinds(Self.compare(facts)).contains(.exposedVsDenied))
    }

    @Test("a writer's unverified figure a thousand times too small is a unit slip")
    func unverifiedScaleSlip() {
        let facts = [
            F.count("a.txt", 300_000_000, unit: "accounts", qualifier: .atLeast),
            F.count("c.txt", 300_000, unit: "accounts", qualifier: .atLeast, source: .media, stance: .unverified),
        ]
        #expect(F.kinds(Self.compare(facts), slot: "count") == [.unitMismatch])
    }

    @Test("of several back references before a fact, the nearest dates it")
    func nearestPrecedingReference() {
        let tokens = CueTokenizer.tokens(of: "Word of the 2030 intrusion follows a 2031 breach, disclosed in spring, which touched 700,000 accounts")
        let finder = IncidentHintFinder(published: PartialDate(year: 2033))
        let fact = tokens.indices.filter { tokens[$0].word.hasPrefix("700") }
        #expect(finder.hint(tokens: tokens, clause: 0..<tokens.count, fact: fact[0]..<tokens.count) == "2031")
        #expect(finder.hint(tokens: tokens, clause: 0..<tokens.count) == "2030")
    }
}
