import Testing
@testable import BreachDiff

/// Rules that keep comparisons of extracted facts from tripping over extraction noise: which
/// figure of a quote owns a data item, decimals inside figures, how far a back reference reaches,
/// back references carried into the next sentence, and fines imposed on somebody else.
@Suite struct ExtractionNoiseTests {
    @Test("with several figures in a quote, the item belongs to the figure nearest to it", arguments: [
        (Int64(50_000), true),
        (Int64(30_000), false),
    ])
    func nearestFigureOwnsItem(value: Int64, owns: Bool) {
        let quote = "credit card numbers for about 50,000 clients, and claim files with personal details for about 30,000 clients, were taken"
        #expect(DataItemCues.figureCounts(value, item: .paymentCard, in: quote) == owns)
    }

    @Test("a decimal figure keeps its fraction")
    func decimalFigure() {
        let tokens = FigureCues.tokens("roughly 4.75 million encrypted passport numbers and 9.1 million cards")
        let values = tokens.indices.compactMap { FigureCues.value(at: $0, tokens) }
        #expect(values == [4_750_000, 9_100_000])
    }

    @Test("a back reference far after the fact does not date it")
    func referenceReach() throws {
        let tokens = CueTokenizer.tokens(of: "The intruder pulled names and account numbers from a database the firm said as the news came only a few months after it paid to close a lawsuit over a 2019 breach")
        let finder = IncidentHintFinder(published: PartialDate(year: 2021))
        let all = 0..<tokens.count
        #expect(finder.hint(tokens: tokens, clause: all) == "2019")
        #expect(finder.hint(tokens: tokens, clause: all, fact: 3..<6) == nil)
        #expect(finder.hint(tokens: tokens, clause: all, fact: 20..<24) == "2019")
    }

    @Test("'This breach' takes the year of the sentence before")
    func carriedReference() {
        let previous = CueTokenizer.tokens(of: "In 2020, the retailer suffered a large attack by an extortion crew")
        let current = CueTokenizer.tokens(of: "This breach let them read payroll and banking details")
        let finder = IncidentHintFinder(published: PartialDate(year: 2022))
        let all = 0..<current.count
        #expect(finder.hint(tokens: current, clause: all, fact: 5..<8, previous: previous) == "2020")
        let unrelated = CueTokenizer.tokens(of: "Staff read payroll and banking details")
        #expect(finder.hint(tokens: unrelated, clause: 0..<unrelated.count, fact: 0..<3, previous: previous) == nil)
    }

    @Test("a penalty named as imposed on another firm is found by its target", arguments: [
        ("the watchdog's proposed £20,000,000 fine on Northwind Airlines last week", "northwind"),
        ("a £20,000,000 penalty against Contoso", "contoso"),
        ("a £20,000,000 fine for data failings", nil),
    ] as [(String, String?)])
    func penaltyTarget(sentence: String, target: String?) throws {
        let tokens = TextTokenizer.tokens(of: sentence)
        let amount = try #require(tokens.firstIndex { $0.kind == .number })
        // The amount's tokens: the currency symbol before it and the figure.
        #expect(MoneyExtractor.penaltyTarget(after: (amount - 1)..<(amount + 1), in: tokens) == target)
    }
}
