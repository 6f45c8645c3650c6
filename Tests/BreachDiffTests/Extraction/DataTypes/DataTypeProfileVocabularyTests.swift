import Testing
@testable import BreachDiff

/// The data a consumer profile holds (a shown name, a birth year, a typed-in place, DNA-derived
/// results), found missing on the session-5 held-out case; invented sentences and made-up services.
@Suite struct DataTypeProfileVocabularyTests {
    /// A sentence stating that profile data was taken, and one key and status it must yield.
    static let profileData: [(String, String)] = [
        ("The intruders scraped display names and email addresses from the dating app.", "name exposed"),
        ("Stolen profiles list each member's profile name, birth year and city and state.", "date_of_birth exposed"),
        ("Stolen profiles list each member's profile name, birth year and city and state.", "location exposed"),
        ("Attackers copied names, years of birth and self-reported locations of 40,000 runners.", "location exposed"),
        ("The leaked rows hold names, sexes, locations and phone numbers.", "location exposed"),
        ("The hackers accessed ancestry reports and family names of genealogy site members.", "genetic_info exposed"),
        ("For some users the thief also viewed genetic ancestry percentages and health reports.", "health_info exposed"),
        ("The breach exposed health-related information for a subset of the accounts.", "health_info exposed"),
        ("The seller claims the dump includes display names and ancestry breakdowns.", "genetic_info claimed"),
        ("The lab said the attackers did not download raw DNA data or DNA files.", "genetic_info not_exposed"),
    ]

    @Test("Profile vocabulary is read as data", arguments: profileData)
    func profileVocabulary(sentence: String, expected: String) {
        let found = DataTypeTestSupport.statuses(sentence)
        #expect(found.contains(expected), "\(found)")
    }

    /// The same words where nothing says data was taken, or where "location" is a place of
    /// business: no fact.
    static let notData: [String] = [
        "Visit one of our store locations to pick up your kit.",
        "You can change your display name at any time in settings.",
        "Our ancestry reports now cover twelve new regions.",
        "The annual health report of the county was published in May.",
        "The chain opened four new locations in Ohio last year.",
    ]

    @Test("Profile words outside a breach statement give nothing", arguments: notData)
    func outsideBreach(sentence: String) {
        #expect(DataTypeTestSupport.extract(sentence).isEmpty, "\(DataTypeTestSupport.extract(sentence))")
    }
}
