/// A word trie over the spellings of every data-type key.
///
/// Each node maps a token's singular form to the next node, so matching at a position costs one
/// dictionary lookup per word of the longest candidate phrase, and a sentence is scanned in
/// linear time. Only words and the marks `/` and `#` can be part of a phrase
/// ("call/text records", "# of lines").
struct DataTypeLexicon: Sendable {
    /// What a phrase stands for.
    struct Entry: Sendable, Equatable {
        /// nil for a blocker phrase ("IP address"), which matches and yields nothing.
        var key: DataTypeKey?
        /// The phrase has a non-data sense and needs a list or a breach verb next to it.
        var ambiguous: Bool = false
        /// Only the plural is a data type.
        var pluralOnly: Bool = false
    }

    /// A phrase found in a token array.
    struct Match: Sendable, Equatable {
        var entry: Entry
        /// Indices into the token array, `last` inclusive.
        var first: Int
        var last: Int
    }

    private var children: [[String: Int]] = [[:]]
    private var terminals: [Entry?] = [nil]

    /// The lexicon of `DataTypeSpellings`.
    static let standard: DataTypeLexicon = {
        var lexicon = DataTypeLexicon()
        for (key, phrases) in DataTypeSpellings.allTables {
            for phrase in phrases {
                var text = Substring(phrase)
                var entry = Entry(key: key)
                if text.hasPrefix("~") { entry.ambiguous = true; text = text.dropFirst() }
                if text.hasPrefix("+") { entry.pluralOnly = true; text = text.dropFirst() }
                lexicon.insert(String(text), entry)
            }
        }
        for phrase in DataTypeSpellings.blockers { lexicon.insert(phrase, Entry(key: nil)) }
        return lexicon
    }()

    mutating func insert(_ phrase: String, _ entry: Entry) {
        var node = 0
        for token in WordTokenizer.tokens(of: phrase, base: 0) {
            if let next = children[node][token.singular] {
                node = next
            } else {
                children.append([:])
                terminals.append(nil)
                children[node][token.singular] = children.count - 1
                node = children.count - 1
            }
        }
        // A plural-only spelling must not overwrite an unrestricted one of the same words.
        if let existing = terminals[node], !existing.pluralOnly, entry.pluralOnly { return }
        terminals[node] = entry
    }

    /// The longest phrase starting at `index`, if any.
    func longestMatch(in tokens: [WordToken], at index: Int) -> Match? {
        var node = 0
        var best: Match?
        var position = index
        while position < tokens.count {
            let token = tokens[position]
            guard token.kind == .word || token.word == "/" || token.word == "#" else { break }
            guard let next = children[node][token.singular] else { break }
            node = next
            if let entry = terminals[node], !entry.pluralOnly || token.isPlural {
                best = Match(entry: entry, first: index, last: position)
            }
            position += 1
        }
        return best
    }

    /// The entry of an exact sequence of singular forms, if it is a phrase.
    func entry(forWords words: [String]) -> Entry? {
        var node = 0
        for word in words {
            guard let next = children[node][word] else { return nil }
            node = next
        }
        return terminals[node]
    }

    /// Every data-type phrase of a token array, left to right, without overlaps. Blocker phrases
    /// are consumed but not returned.
    func matches(in tokens: [WordToken]) -> [Match] {
        var result: [Match] = []
        var index = 0
        while index < tokens.count {
            if let match = longestMatch(in: tokens, at: index) {
                if match.entry.key != nil { result.append(match) }
                index = match.last + 1
            } else {
                index += 1
            }
        }
        return result
    }
}
