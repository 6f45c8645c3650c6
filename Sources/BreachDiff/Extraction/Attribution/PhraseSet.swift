/// A list of word phrases ("according to the filing", "no evidence") matched against `CueToken`s.
///
/// Phrases are indexed by their first word, so matching a sentence costs one dictionary look-up per
/// token plus the few phrases that start with it. A word ending in `*` matches by prefix
/// ("impersonat*" matches "impersonated").
public struct PhraseSet: Sendable {
    /// A phrase found in a token array.
    public struct Match: Sendable, Equatable {
        /// Index into `phrases` of the phrase that matched.
        public var phrase: Int
        /// Index of the first matched token.
        public var token: Int
        /// Number of tokens matched.
        public var length: Int
    }

    /// The phrases, lower-case words separated by single spaces.
    public let phrases: [String]
    private let words: [[String]]
    private let byFirstWord: [String: [Int]]
    private let prefixFirst: [Int]

    public init(_ phrases: [String]) {
        self.phrases = phrases
        words = phrases.map { $0.split(separator: " ").map(String.init) }
        var index: [String: [Int]] = [:]
        var prefixes: [Int] = []
        for (number, phrase) in words.enumerated() {
            guard let first = phrase.first else { continue }
            if first.hasSuffix("*") { prefixes.append(number) } else { index[first, default: []].append(number) }
        }
        byFirstWord = index
        prefixFirst = prefixes
    }

    /// Every match that starts in `range` (and may end anywhere in `tokens`), in token order.
    public func matches(in tokens: [CueToken], range: Range<Int>? = nil) -> [Match] {
        let bounds = range ?? 0..<tokens.count
        var result: [Match] = []
        for position in bounds {
            for number in (byFirstWord[tokens[position].word] ?? []) + prefixFirst
            where Self.matches(words[number], tokens, at: position) {
                result.append(Match(phrase: number, token: position, length: words[number].count))
            }
        }
        return result
    }

    /// Whether any phrase starts in `range`.
    public func contains(in tokens: [CueToken], range: Range<Int>? = nil) -> Bool {
        let bounds = range ?? 0..<tokens.count
        for position in bounds {
            for number in (byFirstWord[tokens[position].word] ?? []) + prefixFirst
            where Self.matches(words[number], tokens, at: position) {
                return true
            }
        }
        return false
    }

    static func matches(_ phrase: [String], _ tokens: [CueToken], at position: Int) -> Bool {
        guard position + phrase.count <= tokens.count else { return false }
        for (offset, word) in phrase.enumerated() {
            let token = tokens[position + offset].word
            if word.hasSuffix("*") {
                guard token.hasPrefix(word.dropLast()) else { return false }
            } else if token != word {
                return false
            }
        }
        return true
    }
}
