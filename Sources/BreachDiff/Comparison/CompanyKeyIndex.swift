/// The known company keys indexed by their first three characters, so that a text is tested
/// only against the keys it could name rather than against every company of the corpus (which
/// made deciding documents' companies quadratic: files times companies).
///
/// `candidates` returns a superset of the keys `CompanyName.Mentions.names(key:)` accepts: a key
/// spelled as a word, or the start of a key spelled as a word, shares its first three characters
/// with a word of the text; a key contained in the squeezed text shares them with a three-character
/// window of it; a ticker abbreviates only keys with its first letter; keys shorter than three
/// characters are always candidates.
struct CompanyKeyIndex {
    var byStart: [String: [String]] = [:]
    var byFirst: [Character: [String]] = [:]
    var short: [String] = []

    init(keys: [String]) {
        for key in keys {
            if key.count < 3 { short.append(key) } else { byStart[String(key.prefix(3)), default: []].append(key) }
            if let first = key.first { byFirst[first, default: []].append(key) }
        }
    }

    /// Keys the text may name, sorted; the caller confirms each with `names(key:)`.
    func candidates(_ text: CompanyName.Mentions) -> [String] {
        var found = Set(short)
        for token in text.tokens { found.formUnion(byStart[String(token.prefix(3))] ?? []) }
        let characters = Array(text.squeezed)
        if characters.count >= 3 {
            for start in 0...(characters.count - 3) {
                found.formUnion(byStart[String(characters[start..<start + 3])] ?? [])
            }
        }
        for ticker in text.tickers { if let first = ticker.first { found.formUnion(byFirst[first] ?? []) } }
        return found.sorted()
    }

    /// The first key, in sorted order, that the text names.
    func firstNamed(in text: CompanyName.Mentions) -> String? {
        candidates(text).first { text.names(key: $0) }
    }
}
