import Testing
@testable import BreachDiff

/// Count rules found missing on the session-3 held-out cases, pinned with invented sentences.
@Suite struct CountHeldOutRound3Tests {
    static func counts(_ text: String) -> [CountFact] { CountExtractorTests.counts(text) }

    /// No stated figure: the company's size, a sum of money, a level.
    static let notCounts: [String] = [
        "With nearly 45 million members served by its plans, Globex is a large insurer.",
        "Some 20 million people insured by the group use the portal every month.",
        "The fine should have been 10 million at least.",
        "The penalty was 2 million, a reader noted.",
        "Markets: the index closes at record 31,250 on strong earnings.",
        "Shares closed at 1,204 after the disclosure.",
    ]

    @Test("Company sizes, bare sums and levels are no counts", arguments: notCounts)
    func notACount(text: String) {
        #expect(Self.counts(text).isEmpty, "\(Self.counts(text))")
    }

    @Test func estimateOfABareFigureCounts() {
        let found = Self.counts("The firm now says 7.9 million people were affected, down from an earlier estimate of up to 9 million.")
        #expect(found.contains { $0.value == 7_900_000 })
        #expect(found.contains { $0.value == 9_000_000 && $0.qualifier == .upTo })
    }

    /// Populations named by what they do.
    static let populations: [(String, String)] = [
        ("The breach exposed data on 3 million riders.", "riders"),
        ("Files on 40,000 tenants were left open.", "tenants"),
        ("Records of 12,000 retirees were copied.", "retirees"),
    ]

    @Test("Riders, tenants and retirees are counted", arguments: populations)
    func population(text: String, unit: String) {
        #expect(Self.counts(text).contains { $0.unit == unit })
    }
}
