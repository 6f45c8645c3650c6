/// Company names reduced to a comparable key: "T-Mobile US, Inc.", "T-Mobile" and "TMUS" are one
/// company. Legal suffixes, punctuation, case and generic corporate words are dropped; a ticker
/// (2-5 capitals) matches a key whose letters it spells in order, starting with the first.
public enum CompanyName {
    /// Words that do not tell companies apart.
    static let dropped: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "lp", "llp",
        "sa", "ag", "nv", "gmbh", "the", "group", "holdings", "holding", "international", "us", "usa",
        "financial", "now", "and",
    ]

    /// The comparable key: lower-case letters and digits of the significant words, joined.
    /// "T-Mobile US, Inc." -> "tmobile"; "Capital One Financial Corporation" -> "capitalone".
    public static func key(_ name: String) -> String {
        // Drop anything after an opening parenthesis: "(now Altaba Inc.; ...)" is a remark.
        let head = name.split(separator: "(", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
        var words: [String] = []
        for raw in head.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "/" }) {
            let cleaned = String(String.UnicodeScalarView(raw.lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || ("0"..."9").contains($0)
            }))
            if !cleaned.isEmpty && !dropped.contains(cleaned) { words.append(cleaned) }
        }
        return words.joined()
    }

    /// A URL- and id-friendly slug of the key ("tmobile").
    public static func slug(_ name: String) -> String {
        let key = key(name)
        return key.isEmpty ? "company" : key
    }

    /// Whether `text` names the company with `key`: the key spelled as words in the text, or a
    /// ticker that abbreviates it.
    public static func mentions(_ text: String, key: String) -> Bool {
        Mentions(text).names(key: key)
    }

    /// A text prepared once for many `mentions` checks: checking every known company against
    /// every quote re-lowercased and re-split the quote per company.
    struct Mentions {
        /// Lower-case words of three characters or more (letters and digits only).
        var tokens: [String] = []
        /// The letters and digits of the text, lower-cased, without spaces.
        var squeezed = ""
        /// Ticker-like words (2-5 capitals), lower-cased.
        var tickers: [String] = []

        init(_ text: String) {
            let spaced = String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == " "
            }))
            tokens = spaced.split(separator: " ").filter { $0.count >= 3 }.map(String.init)
            squeezed = spaced.replacingOccurrences(of: " ", with: "")
            tickers = text.split(whereSeparator: { !$0.isLetter }).map(String.init).filter(isTicker).map { $0.lowercased() }
        }

        /// Whether the text names the company with `key` (see `CompanyName.mentions`).
        func names(key: String) -> Bool {
            guard !key.isEmpty else { return false }
            for token in tokens where token == key || (key.hasPrefix(token) && token.count * 2 >= key.count) { return true }
            if squeezed.contains(key) { return true }
            return tickers.contains { abbreviates($0, key) }
        }
    }

    static func isTicker(_ token: String) -> Bool {
        (2...5).contains(token.count) && token.allSatisfy { $0.isUppercase }
    }

    /// "tmus" abbreviates "tmobileus": same first letter, letters in order.
    static func abbreviates(_ ticker: String, _ key: String) -> Bool {
        guard let first = ticker.first, key.first == first else { return false }
        var remaining = Substring(key)
        for letter in ticker {
            guard let index = remaining.firstIndex(of: letter) else { return false }
            remaining = remaining[remaining.index(after: index)...]
        }
        return true
    }
}
