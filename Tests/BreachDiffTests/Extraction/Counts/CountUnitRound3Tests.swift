import Testing
@testable import BreachDiff

/// Units of coordinated heads and of "are <noun>" after a figure (session-3 attribution round),
/// pinned with invented sentences.
@Suite struct CountUnitRound3Tests {
    static let units: [(String, Int64, String)] = [
        // Both sides of a marketplace are its users.
        ("Hackers took the details of 12 million buyers and sellers.", 12_000_000, "users"),
        ("The leak covered 3 million riders and drivers worldwide.", 3_000_000, "users"),
        // Staff next to customers: people.
        ("Records on 9 million current and former customers and employees were copied.", 9_000_000, "people"),
        ("The files held data on 40,000 patients and employees.", 40_000, "people"),
        // A group and its prospects keep the first noun.
        ("About 2 million card customers and applicants were affected.", 2_000_000, "customers"),
        // Things next to people keep the first noun.
        ("The dump lists 5 million accounts and users.", 5_000_000, "accounts"),
        // The verb names the unit of a bare figure.
        ("Of the total, 4 million are current or former Acme members.", 4_000_000, "members"),
        ("The other 1.5 million were customers of partner plans.", 1_500_000, "customers"),
        // A partitive after a quoted vague figure.
        ("The notice spoke only of \u{201C}tens of millions\u{201D} of records.", 10_000_000, "records"),
    ]

    @Test("Coordinated heads, 'are <noun>' and quoted partitives give the unit", arguments: units)
    func unit(text: String, value: Int64, unit: String) {
        let found = CountExtractorTests.counts(text)
        #expect(found.contains { $0.value == value && $0.unit == unit }, "\(found)")
    }
}
