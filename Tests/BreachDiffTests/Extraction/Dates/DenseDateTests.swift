import Testing
@testable import BreachDiff

/// A page of dates without a full stop (a flattened timeline, or a hostile file) must cost its
/// length, not its length squared: the date extractor's own sentences are capped, the distance
/// from a trigger stops at the reach, and the headline test walks at most one short line.
@Suite struct DenseDateTests {
    static func denseText(repeats: Int) -> [Unicode.Scalar] {
        Array(Array(repeating: "on March 3, 2021 hackers accessed", count: repeats).joined(separator: " ").unicodeScalars)
    }

    @Test("Date sentences are capped and still cover every token in order", arguments: [10, 400, 2_000])
    func cappedRanges(repeats: Int) {
        let tokens = DateTokenizer.tokens(of: Self.denseText(repeats: repeats))
        let ranges = TokenSentences.ranges(of: tokens)
        #expect(ranges.allSatisfy { $0.count <= TokenSentences.maximumTokens })
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == tokens.count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test("Every date of a dense page is still linked to its verb")
    func denseDatesLink() {
        let repeats = 1_000
        let located = DateExtractor.linkedDates(scalars: Self.denseText(repeats: repeats), published: nil)
        // Each "on March 3, 2021" is followed by "hackers accessed": one intrusion date per repeat.
        #expect(located.count == repeats)
        #expect(located.allSatisfy { $0.fact.event == .intrusionStart && $0.fact.value?.description == "2021-03-03" })
    }
}
