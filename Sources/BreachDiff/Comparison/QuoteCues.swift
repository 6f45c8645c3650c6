/// What the words of a quote say about a figure beyond its number: which sub-population it
/// counts, whether it adds to an earlier figure, whether it recalls an earlier one, and which
/// data item it counts. Word lists are general English, never names of a case.
enum QuoteCues {
    /// Lower-case word tokens (letters, digits, `'` and `.` kept inside words), for whole-word matching.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if CharacterSetLite.isWordScalar(scalar) {
                current.unicodeScalars.append(scalar == "\u{2019}" ? "'" : scalar)
            } else if !current.isEmpty {
                result.append(current.trimmingDots())
                current = ""
            }
        }
        if !current.isEmpty { result.append(current.trimmingDots()) }
        return result.filter { !$0.isEmpty }
    }

    /// Countries or regions a quote restricts a figure to (`us`, `ca`, `uk`, `eu`, ...).
    static func countries(in text: String) -> Set<String> {
        let tokens = words(text)
        var found: Set<String> = []
        // "US" only in capitals: lower-case "us" is the pronoun.
        let upper = text.unicodeScalars.split { !CharacterSetLite.isWordScalar($0) }.map { String($0) }
        if upper.contains("US") || upper.contains("U.S") || upper.contains("U.S.") { found.insert("us") }
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            if token == "north" && (next.hasPrefix("america")) { found.formUnion(["us", "ca"]); continue }
            if token.hasPrefix("america"), index > 0, tokens[index - 1] == "north" { continue }
            if let country = countryWords[token] { found.insert(country) }
            if token == "united" && next == "states" { found.insert("us") }
            if token == "united" && next == "kingdom" { found.insert("uk") }
            if token == "european" && next == "economic" { found.insert("eu") }
        }
        return found
    }

    static let countryWords: [String: String] = [
        "u.s": "us", "usa": "us", "american": "us", "americans": "us", "america": "us",
        "canada": "ca", "canadian": "ca", "canadians": "ca",
        "uk": "uk", "u.k": "uk", "britain": "uk", "british": "uk", "england": "uk",
        "eea": "eu", "europe": "eu", "eu": "eu",
        "australia": "au", "australian": "au", "australians": "au",
        "india": "in", "indian": "in", "germany": "de", "german": "de", "france": "fr", "french": "fr",
        "japan": "jp", "japanese": "jp", "mexico": "mx", "mexican": "mx",
    ]

    /// Words that name a sub-population of customers or data items.
    static let statusWords: Set<String> = [
        "current", "former", "prospective", "postpaid", "prepaid", "active", "inactive",
        "expired", "unexpired", "encrypted", "unencrypted", "business", "retail",
    ]

    static func statuses(in text: String) -> Set<String> {
        Set(words(text).filter { statusWords.contains($0) })
    }

    /// "another 5.3 million", "an additional 2.4 million", "not previously known": the figure adds
    /// to an earlier one instead of replacing it.
    static func isIncrement(_ text: String) -> Bool {
        let tokens = words(text)
        if tokens.contains(where: { ["additional", "another", "further"].contains($0) }) { return true }
        // "added 2 million accounts" adds; "It added that ..." / "the company added" reports speech.
        for (index, token) in tokens.enumerated() where token == "added" {
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            let previous = index > 0 ? tokens[index - 1] : ""
            if next != "that" && !reportingSubjects.contains(previous) && !next.isEmpty { return true }
        }
        return containsSequence(tokens, ["not", "previously"])
    }

    /// Subjects before "added" that make it a verb of saying ("it added", "the company added").
    static let reportingSubjects: Set<String> = ["it", "he", "she", "they", "company", "spokesperson", "spokesman", "spokeswoman", "statement"]

    /// How a quote recalls an earlier figure.
    enum Recall: Equatable {
        /// "first announced", "initially", "originally": the figure at the first statement.
        case first
        /// "earlier estimate", "since updated", "previously identified": some earlier figure.
        case earlier
    }

    static func recall(in text: String) -> Recall? {
        let tokens = words(text)
        if containsSequence(tokens, ["not", "previously"]) { return nil }
        if tokens.contains(where: { ["initially", "initial", "originally", "original"].contains($0) })
            || containsSequence(tokens, ["first", "announced"]) || containsSequence(tokens, ["first", "reported"]) {
            return .first
        }
        if containsSequence(tokens, ["since", "updated"]) || containsSequence(tokens, ["earlier", "estimate"])
            || containsSequence(tokens, ["earlier", "thought"]) || containsSequence(tokens, ["as", "earlier"])
            || containsSequence(tokens, ["previously", "identified"]) || containsSequence(tokens, ["previously", "reported"])
            || containsSequence(tokens, ["previously", "estimated"]) {
            return .earlier
        }
        return nil
    }

    static func containsSequence(_ tokens: [String], _ sequence: [String]) -> Bool {
        guard tokens.count >= sequence.count else { return false }
        for start in 0...(tokens.count - sequence.count) where tokens[start] == sequence[0] {
            if Array(tokens[start..<(start + sequence.count)]) == sequence { return true }
        }
        return false
    }
}

/// Scalar classes for the tokenizer (Foundation's CharacterSet is slow to query per scalar).
enum CharacterSetLite {
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // ASCII answered without the Unicode property table (its alphabetic scalars are exactly
        // A-Z and a-z): the table look-up was the largest cost of reading quotes' words.
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
                || value == 0x27 || value == 0x2E || value == 0x24
        }
        return scalar.properties.isAlphabetic || scalar == "\u{2019}"
    }
}

extension String {
    func trimmingDots() -> String {
        var text = self
        while text.hasSuffix(".") || text.hasSuffix("'") { text.removeLast() }
        while text.hasPrefix(".") || text.hasPrefix("'") { text.removeFirst() }
        return text
    }
}
