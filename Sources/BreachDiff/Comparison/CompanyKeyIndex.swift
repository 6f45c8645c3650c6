/// The known company keys indexed so that a text is tested only against the keys it could name
/// rather than against every company of the corpus (which made deciding documents' companies
/// quadratic: files times companies).
///
/// `candidates` returns a superset of the keys `CompanyName.Mentions.names(key:)` accepts: a key
/// spelled as a word, or starting with a word, is found under that word among the keys' prefixes;
/// a key contained in the squeezed text is one of its windows of a key's length; a ticker
/// abbreviates only keys with its first letter.
struct CompanyKeyIndex {
    /// Keys by each of their prefixes of three characters or more (the whole key included).
    var byPrefix: [String: [String]] = [:]
    var keys: Set<String> = []
    var byFirst: [Character: [String]] = [:]
    /// Keys of three characters or more by their first three characters, with their characters:
    /// the windows of the squeezed text are matched by their first three characters, not built
    /// as a string for every key length at every position.
    var byLead: [String: [(key: String, characters: [Character])]] = [:]
    /// The keys shorter than three characters.
    var shortKeys: [String] = []

    init(keys: [String]) {
        self.keys = Set(keys)
        for key in keys {
            let characters = Array(key)
            if characters.count >= 3 {
                for length in 3...characters.count { byPrefix[String(characters[0..<length]), default: []].append(key) }
            }
            if let first = key.first { byFirst[first, default: []].append(key) }
            if characters.count >= 3 {
                byLead[String(characters[0..<3]), default: []].append((key, characters))
            } else if !characters.isEmpty {
                shortKeys.append(key)
            }
        }
    }

    /// Keys the text may name, sorted; the caller confirms each with `names(key:)`.
    func candidates(_ text: CompanyName.Mentions) -> [String] {
        var found: Set<String> = []
        for token in text.tokens { found.formUnion(byPrefix[token] ?? []) }
        // Every key that is a window of the squeezed text: long keys by their first three
        // characters, the few short ones by search.
        let characters = Array(text.squeezed)
        if characters.count >= 3 {
            for start in 0...(characters.count - 3) {
                guard let keys = byLead[String(characters[start..<start + 3])] else { continue }
                for (key, spelled) in keys where start + spelled.count <= characters.count
                    && characters[start..<start + spelled.count].elementsEqual(spelled) {
                    found.insert(key)
                }
            }
        }
        for key in shortKeys where text.squeezed.contains(key) { found.insert(key) }
        for ticker in text.tickers { if let first = ticker.first { found.formUnion(byFirst[first] ?? []) } }
        return found.sorted()
    }

    /// The first key, in sorted order, that the text names.
    func firstNamed(in text: CompanyName.Mentions) -> String? {
        candidates(text).first { text.names(key: $0) }
    }
}
