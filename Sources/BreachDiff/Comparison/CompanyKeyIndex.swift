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
    var lengths: [Int] = []
    var byFirst: [Character: [String]] = [:]

    init(keys: [String]) {
        self.keys = Set(keys)
        lengths = Set(keys.map(\.count)).filter { $0 > 0 }.sorted()
        for key in keys {
            let characters = Array(key)
            if characters.count >= 3 {
                for length in 3...characters.count { byPrefix[String(characters[0..<length]), default: []].append(key) }
            }
            if let first = key.first { byFirst[first, default: []].append(key) }
        }
    }

    /// Keys the text may name, sorted; the caller confirms each with `names(key:)`.
    func candidates(_ text: CompanyName.Mentions) -> [String] {
        var found: Set<String> = []
        for token in text.tokens { found.formUnion(byPrefix[token] ?? []) }
        let characters = Array(text.squeezed)
        for length in lengths where length <= characters.count {
            for start in 0...(characters.count - length) {
                let window = String(characters[start..<start + length])
                if let index = keys.firstIndex(of: window) { found.insert(keys[index]) }
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
