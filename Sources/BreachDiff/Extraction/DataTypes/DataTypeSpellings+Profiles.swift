/// Spellings of the data a user profile holds, as consumer services (genealogy, dating, social and
/// fitness sites) describe it: the profile's shown name, a birth year instead of a full date, a
/// place the user typed in, and results derived from a DNA test.
///
/// Kept apart from `DataTypeSpellings.table` so the profile vocabulary can be read (and reviewed)
/// on its own; `DataTypeLexicon.standard` loads both with the same markers.
extension DataTypeSpellings {
    static let profileTable: [(DataTypeKey, [String])] = [
        // A display name is the name a user shows others; on most services it is the real name.
        (.name, ["display name", "profile name"]),
        // A birth year narrows identity the way a birth date does, and breach notices list it in
        // its place ("birth years and locations").
        (.dateOfBirth, ["birth year", "year of birth"]),
        // "locations" alone has a non-data sense (store locations), so it needs a list or a verb.
        (.location, [
            "~location", "self reported location", "city and country", "city and state", "city of residence",
        ]),
        // Ancestry results are computed from the genome: they are genetic data even when the raw
        // genotype file is not taken.
        (.geneticInfo, [
            "ancestry information", "ancestry report", "ancestry result", "ancestry percentage",
            "ancestry breakdown", "ancestry composition", "genetic ancestry", "raw dna data", "dna file",
        ]),
        // Reports or information "based on" someone's health, including genetic health reports.
        (.healthInfo, ["health related information", "health related data", "health report"]),
    ]

    /// Every spelling table, in the order the lexicon loads them.
    static var allTables: [(DataTypeKey, [String])] { table + profileTable }
}
