import Testing
@testable import BreachDiff

/// Runs the date extraction on one made-up sentence.
func dateFacts(_ text: String, published: String? = "2023-03-15") -> [DateFact] {
    DateExtractor.linkedDates(scalars: Array(text.unicodeScalars), published: published.flatMap(PartialDate.init(iso:)))
        .map(\.fact)
}

@Suite struct DateSpellingTests {
    static let spellings: [(String, String)] = [
        ("The intruders first accessed the network on November 25, 2022.", "2022-11-25"),
        ("The intruders first accessed the network on Nov. 25, 2022.", "2022-11-25"),
        ("The intruders first accessed the network on Nov 25 2022.", "2022-11-25"),
        ("The intruders first accessed the network on 25 November 2022.", "2022-11-25"),
        ("The intruders first accessed the network on 11/25/2022.", "2022-11-25"),
        ("The intruders first accessed the network on 2022-11-25.", "2022-11-25"),
        ("The intruders first accessed the network on November 25th, 2022.", "2022-11-25"),
        ("The intruders first accessed the network in late November 2022.", "2022-11"),
        ("The intruders first accessed the network in November 2022.", "2022-11"),
        ("The intruders first accessed the network in 2021.", "2021"),
        ("The intruders first accessed the network in early 2023.", "2023"),
        ("The intruders first accessed the network in mid-2014.", "2014"),
        ("The intruders first accessed the network in late 2014.", "2014"),
        ("The intruders first accessed the network in the fourth quarter of 2022.", "2022"),
        ("The shop chain discovered the intrusion on Sept. 3, 2020 and said nothing.", "2020-09-03"),
    ]

    @Test("Absolute spellings", arguments: spellings)
    func spelling(text: String, expected: String) throws {
        let fact = try #require(dateFacts(text).first)
        #expect(fact.value?.description == expected)
        #expect(fact.relative == false)
    }

    static let qualifiers: [(String, DateQualifier)] = [
        ("Someone gained access on or around June 2, 2021.", .onOrAround),
        ("Someone gained access on or about June 2, 2021.", .onOrAround),
        ("Someone gained access prior to June 2, 2021.", .before),
        ("Someone gained access before June 2, 2021.", .before),
        ("Someone gained access after June 2, 2021.", .after),
        ("Someone gained access since June 2021.", .after),
        ("Someone gained access in mid-June 2021.", .onOrAround),
        ("Someone gained access on June 2, 2021.", .exact),
    ]

    @Test("Qualifiers", arguments: qualifiers)
    func qualifier(text: String, expected: DateQualifier) throws {
        let fact = try #require(dateFacts(text).first)
        #expect(fact.qualifier == expected)
    }

    static let ranges: [(String, String, String)] = [
        ("Records were accessed between November 25, 2022 and January 5, 2023.", "2022-11-25", "2023-01-05"),
        ("Records were accessed from May 3, 2020 through June 9, 2020.", "2020-05-03", "2020-06-09"),
        ("The intrusion occurred on April 4 and 5, 2018.", "2018-04-04", "2018-04-05"),
        ("The intrusion occurred from mid-April through June 2016.", "2016-04", "2016-06"),
        ("The intrusion occurred between 2011 and 2013.", "2011", "2013"),
    ]

    @Test("Ranges and pairs give a start and an end", arguments: ranges)
    func range(text: String, start: String, end: String) throws {
        let facts = dateFacts(text)
        let first = try #require(facts.first { $0.event == .intrusionStart })
        let last = try #require(facts.first { $0.event == .intrusionEnd })
        #expect(first.value?.description == start)
        #expect(last.value?.description == end)
    }

    @Test func wireDatelineIsTheDisclosure() throws {
        let text = "Acme Posts Update\nSPRINGFIELD, Ill., March 2, 2021 /PRNewswire/ -- Acme Corp said its outlook is steady."
        let fact = try #require(dateFacts(text).first)
        #expect(fact.event == .disclosed)
        #expect(fact.value?.description == "2021-03-02")
    }

    @Test func withinHoursOfADateIsContainment() throws {
        let facts = dateFacts("We detected the intrusion on May 1, 2022 and shut it down within 24 hours.")
        let contained = try #require(facts.first { $0.event == .contained })
        #expect(contained.value?.description == "2022-05-02")
        #expect(contained.qualifier == .before)
        #expect(contained.relative)
    }
}
