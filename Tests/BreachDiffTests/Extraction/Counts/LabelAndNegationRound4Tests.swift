import Testing
@testable import BreachDiff

/// Two readings found wrong on the session-4 held-out case, pinned with invented sentences: a
/// number after a section sign is a rule's label, not a count, and a negated infinitive ("asked
/// not to be named") denies no data.
@Suite struct LabelAndNegationRound4Tests {
    @Test("A section reference is no count", arguments: [
        "The registrant is not a shell company as defined in Rule 12b-2 (\u{00A7}240.12b-2 of this chapter).",
        "Filings under \u{00A7} 230.425 of the rules are listed on the cover page.",
        "See \u{00A7}14 of the agreement for the 30 day notice period.",
    ])
    func sectionReference(text: String) {
        let found = CountExtractorTests.counts(text)
        #expect(!found.contains { $0.value > 100 }, "\(found)")
    }

    @Test("A figure of people next to a section sign still counts when it has its own noun")
    func countBesideSection() {
        let found = CountExtractorTests.counts("Under \u{00A7}5 of the order, 2 million customers must be told.")
        #expect(found.contains { $0.value == 2_000_000 && $0.unit == "customers" }, "\(found)")
    }

    /// What the sentence says about the data; the negated infinitive is about a person.
    static let infinitives: [(String, String)] = [
        ("A researcher who asked not to be named said the names and email addresses in the sample were real.", "name"),
        ("The analyst, who chose not to be identified, said the file held home addresses of customers.", "postal_address"),
    ]

    @Test("A negated infinitive denies no data", arguments: infinitives)
    func negatedInfinitive(text: String, key: String) {
        let statuses = DataTypeTestSupport.statuses(text)
        #expect(!statuses.contains("\(key) not_exposed"), "\(statuses)")
    }

    @Test("A plain negation still denies")
    func plainNegation() {
        let statuses = DataTypeTestSupport.statuses("The company said email addresses were not accessed.")
        #expect(statuses.contains("email not_exposed"), "\(statuses)")
    }
}
