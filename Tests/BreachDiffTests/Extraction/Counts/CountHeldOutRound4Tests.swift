import Testing
@testable import BreachDiff

/// Count rules found missing on the session-4 held-out case, pinned with invented sentences.
@Suite struct CountHeldOutRound4Tests {
    /// A singular population noun used as a modifier before a later head noun: the head counts.
    static let laterHeads: [(String, Int64, String)] = [
        ("The intrusion reached more than 12 million customer payment card accounts.", 12_000_000, "accounts"),
        ("Data on 3.5 million member loyalty accounts was copied.", 3_500_000, "accounts"),
        ("About 800,000 patient billing records were exposed.", 800_000, "records"),
    ]

    @Test("A modifier noun before the head does not hide the head", arguments: laterHeads)
    func laterHead(text: String, value: Int64, unit: String) {
        let found = CountExtractorTests.counts(text)
        #expect(found.contains { $0.value == value && $0.unit == unit }, "\(found)")
    }

    /// Without a population head after it, the modifier noun still makes the figure something else.
    static let otherHeads: [String] = [
        "Shoppers filed 41 consumer class-action lawsuits within a month.",
        "The regulator opened 12 customer service inquiries last year.",
    ]

    @Test("A modifier noun before a non-population head is no count", arguments: otherHeads)
    func otherHead(text: String) {
        #expect(CountExtractorTests.counts(text).isEmpty, "\(CountExtractorTests.counts(text))")
    }
}
