/// "claim" / "claims" as the noun of insurance and billing ("claims data", "claim numbers",
/// "billing, claims and payment information"), not the verb or noun of an assertion.
///
/// Why: health insurers, clearinghouses and hospitals list "claims" among the data they hold, and
/// a claim word otherwise marks the sentence as relaying an attacker's assertion, which turns a
/// company's own list of exposed data into the attacker's claims. The test looks at the word
/// before (a list joint, "as", or a billing or insurance modifier) and after (a data head noun,
/// directly or after one more list item). "The gang claims data of 2 million patients" keeps the
/// verb: a noun subject before, and "of" after the head.
enum ClaimNoun {
    /// Words before a noun use: list joints and the modifiers of insurance and billing claims.
    static let leads: Set<String> = [
        ",", "and", "or", "&", "/", "as", "of", "billing", "insurance", "medical", "health", "healthcare",
        "pharmacy", "dental", "patient", "patients", "hospital",
    ]

    /// Head nouns a noun use modifies ("claims data", "claim numbers").
    static let heads: Set<String> = [
        "information", "data", "detail", "details", "record", "records", "number", "numbers", "history",
        "histories", "code", "codes", "form", "forms", "file", "files", "processing", "payment", "payments",
    ]

    static let joints: Set<String> = [",", "and", "or", "&", "/"]

    /// The `leads` that modify the noun itself ("billing", "insurance"), not joints or "as".
    static let modifiers: Set<String> = leads.subtracting(joints).subtracting(["as", "of"])

    /// Whether the claim word between `previous` and `following` (the next up to four words or
    /// marks, lower-cased) is the insurance noun.
    static func isNoun(previous: String?, following: [String]) -> Bool {
        guard let previous, leads.contains(previous), let next = following.first else { return false }
        var headIndex: Int?
        if heads.contains(next) {
            headIndex = 0
        } else if joints.contains(next) {
            // "claims and payment information": the next item shares the head.
            headIndex = following.indices.dropFirst().prefix(2).first { heads.contains(following[$0]) }
        }
        guard let head = headIndex else { return false }
        // "and claims data of 2 million patients was stolen": after a bare joint, a verb's object;
        // after a modifier ("medical claims records of 40,000 members") still the noun.
        return head + 1 >= following.count || following[head + 1] != "of" || modifiers.contains(previous)
    }

    /// `isNoun` for a claim word at `index` of a word list.
    static func isNoun(words: [String], at index: Int) -> Bool {
        let word = words[index]
        guard word == "claim" || word == "claims" else { return false }
        let previous = index > 0 ? words[index - 1] : nil
        return isNoun(previous: previous, following: Array(words[(index + 1)..<min(words.count, index + 5)]))
    }
}
