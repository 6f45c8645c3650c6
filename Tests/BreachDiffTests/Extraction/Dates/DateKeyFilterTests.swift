import Testing
@testable import BreachDiff

/// `DateWords.calendarLeads` sits in front of the month, weekday and ordinal dictionaries of
/// `DateAtomParser.atom(at:)`: it may let a non-key through, never turn a key away.
@Suite struct DateKeyFilterTests {
    @Test("Every month, weekday and ordinal key passes the filter")
    func everyKeyPasses() {
        let keys = Array(DateWords.months.keys) + Array(DateWords.weekdays.keys) + Array(DateWords.ordinals.keys)
        #expect(keys.count > 30)
        for key in keys { #expect(DateWords.calendarLeads.mayContain(key)) }
    }

    @Test("Most ordinary words are turned away")
    func ordinaryWordsRejected() {
        let words = ["the", "company", "data", "breach", "customers", "information", "said", "names",
                     "addresses", "security", "investigation", "notified", "affected", "accounts"]
        let passed = words.filter { DateWords.calendarLeads.mayContain(DateTokenizer.hash($0)) }
        #expect(passed.count < words.count / 2, "\(passed)")
    }

    @Test("A filter built from arbitrary keys keeps each of them")
    func arbitraryKeys() {
        var generator = SystemRandomNumberGenerator()
        let keys = (0..<500).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
        let filter = KeyBitFilter(keys)
        for key in keys { #expect(filter.mayContain(key)) }
        #expect(!KeyBitFilter([UInt64]()).mayContain(keys[0]))
    }

    @Test("Dates are still found after the filter", arguments: [
        ("on March 3, 2021", 1), ("last Friday", 1), ("the first quarter of 2020", 1), ("nothing here", 0),
    ])
    func datesFound(text: String, count: Int) {
        let tokens = DateTokenizer.tokens(of: Array(text.unicodeScalars))
        #expect(DateScanner(tokens: tokens, published: nil).mentions().count == count)
    }
}
