import Testing
@testable import BreachDiff

/// Numbers as written, read by the shared parser.
@Suite struct NumberParserTests {
    static func values(_ text: String) -> [Int64] {
        NumberParser.mentions(in: TextTokenizer.tokens(of: text)).map(\.value)
    }

    @Test("number forms", arguments: zip([
        "37,000,000", "693,665", "37M", "37 million", "1.5 billion", "3bn", "30k", "15.2m", "thirty-seven million",
        "one billion", "half a million", "a million", "145.5 million", "20.3 million", "five hundred thousand",
    ], [
        37_000_000, 693_665, 37_000_000, 37_000_000, 1_500_000_000, 3_000_000_000, 30_000, 15_200_000, 37_000_000,
        1_000_000_000, 500_000, 1_000_000, 145_500_000, 20_300_000, 500_000,
    ] as [Int64]))
    func form(text: String, value: Int64) {
        #expect(Self.values(text) == [value])
    }

    @Test("spelled numbers need a scale and malformed digits are not numbers", arguments: [
        "seven days", "four times", "1,23", "1.2.3",
    ])
    func notNumbers(text: String) {
        #expect(Self.values(text).isEmpty)
    }

    @Test("abbreviations stay one word")
    func abbreviation() {
        let tokens = TextTokenizer.tokens(of: "9 million U.S. consumers")
        #expect(tokens.map(\.text) == ["9", "million", "u.s.", "consumers"])
    }
}
