import Testing
@testable import BreachDiff

/// A seller's listing is the attacker's statement, however an outlet relays it; found missing on
/// the session-5 held-out case. Invented companies and sentences.
@Suite struct AttributionSaleListingTests {
    static func source(_ text: String, of phrase: String) throws -> SourceRole {
        let document = CoreTestSupport.document(text, kind: .news, company: "Acme Corp")
        return try #require(CoreTestSupport.attribution(of: phrase, in: document)).source
    }

    static let relayed: [(String, String, SourceRole)] = [
        ("A user of a crime forum put the data up last week.\n\nAccording to the listing, the rows include names, emails and birth dates.",
         "rows include", .attacker),
        ("Acme Corp confirmed an intrusion on Monday.\n\nThe listing says the dump holds card numbers of 300,000 shoppers.",
         "dump holds", .attacker),
        ("Acme Corp confirmed an intrusion on Monday.\n\nAccording to the advertisement, the files cover 2 million members.",
         "files cover", .attacker),
        // Negative: without the listing, the same sentence is the outlet's own reporting.
        ("Acme Corp confirmed an intrusion on Monday.\n\nThe files cover 2 million members, the outlet found.",
         "files cover", .media),
    ]

    @Test("A sale listing speaks for the seller", arguments: relayed)
    func listing(text: String, phrase: String, expected: SourceRole) throws {
        #expect(try Self.source(text, of: phrase) == expected)
    }
}
