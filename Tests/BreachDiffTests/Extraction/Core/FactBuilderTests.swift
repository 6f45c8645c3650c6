import Testing
@testable import BreachDiff

/// The fact builder of `FactExtractor`: quoting, clause stance, deduplication, order, hints.
@Suite struct FactBuilderTests {
    func facts(_ text: String, phrase: String, kind: DocumentKind = .news, published: PartialDate? = PartialDate(year: 2024)) -> [Fact] {
        let document = CoreTestSupport.document(text, kind: kind, published: published)
        return FactExtractor(extractors: [PhraseCountExtractor(phrase: phrase)]).extract(from: document)
    }

    @Test("A denial in another clause does not reach the fact")
    func clauseStance() throws {
        let text = "Acme said 2 million cards were exposed, but there is no evidence that they were used."
        let fact = try #require(facts(text, phrase: "2 million cards").first)
        #expect(fact.stance == .confirmed && fact.source == .company)
        let denied = try #require(facts(text, phrase: "no evidence").first)
        #expect(denied.stance == .denied)
    }

    @Test("Quotes are trimmed of spaces and quotation marks and equal the text span")
    func quoteTrimming() throws {
        let document = CoreTestSupport.verbatim("Acme wrote \u{201C} 400 accounts \u{201D} in the notice.")
        let facts = FactExtractor(extractors: [PhraseCountExtractor(phrase: "\u{201C} 400 accounts \u{201D}")]).extract(from: document)
        let fact = try #require(facts.first)
        #expect(fact.quote == "400 accounts")
        let scalars = Array(document.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[fact.start..<fact.end])) == fact.quote)
    }

    @Test("Identical candidates become one fact, and the order is by offset")
    func dedupeAndOrder() {
        let document = CoreTestSupport.document("Acme said 5 users and 6 users were hit. Later 5 users more.")
        let extractors: [any TypeExtractor] = [
            PhraseCountExtractor(phrase: "6 users"), PhraseCountExtractor(phrase: "5 users"), PhraseCountExtractor(phrase: "5 users"),
        ]
        let facts = FactExtractor(extractors: extractors).extract(from: document)
        #expect(facts.count == 3)
        #expect(facts.map(\.start) == facts.map(\.start).sorted())
        #expect(facts == FactExtractor(extractors: extractors).extract(from: document))
    }

    static let hintCases: [(String, String?)] = [
        ("It paid 9 million dollars over a 2021 data breach that hit many people.", "2021"),
        ("Unlike in the 2019 incident, 9 million dollars went to victims.", "2019"),
        ("Costs from last year's breach reached 9 million dollars.", "2023"),
        ("The previous breach cost 9 million dollars.", "previous"),
        ("In May 2020 a crew of teenagers breached the firm and took 9 million dollars.", "2020"),
        ("The intrusion, discovered on July 4, 2023, cost 9 million dollars.", nil),
        ("In 2023 the firm spent 9 million dollars on audits.", nil),
    ]

    @Test("An incident hint needs a reference to another breach, not just a date", arguments: hintCases)
    func incidentHints(sentence: String, expected: String?) throws {
        let fact = try #require(facts(sentence, phrase: "9 million dollars").first)
        #expect(fact.incidentHint == expected)
    }

    @Test("A hint applies to its clause only")
    func hintScope() throws {
        let text = "Thieves took 9 million dollars from accounts -- months after it settled a 2021 breach for 4 million dollars."
        #expect(try #require(facts(text, phrase: "9 million dollars").first).incidentHint == nil)
        #expect(try #require(facts(text, phrase: "4 million dollars").first).incidentHint == "2021")
    }
}
