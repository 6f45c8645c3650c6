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
    /// Which UTF-8 lengths (bit `min(length, 63)`) and which first bytes (bits of `byte & 127`)
    /// the indexed first words have. Why: most tokens start no phrase; two bit tests reject them
    /// without hashing the word (the hashing was most of the matching time).
    private let firstLengths: UInt64
    private let firstBytesLow: UInt64
    private let firstBytesHigh: UInt64

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
        var lengths: UInt64 = 0, low: UInt64 = 0, high: UInt64 = 0
        for word in index.keys {
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
            let byte = UInt64(word.utf8.first ?? 0) & 127
            if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
        }
        firstLengths = lengths
        firstBytesLow = low
        firstBytesHigh = high
    }

    /// The phrases whose first word is `word` (before the prefix phrases, which are tried at every token).
    @inline(__always)
    private func indexed(_ word: String) -> [Int]? {
        let utf8 = word.utf8
        guard firstLengths & (1 << UInt64(min(utf8.count, 63))) != 0, let first = utf8.first else { return nil }
        let byte = UInt64(first) & 127
        guard (byte < 64 ? firstBytesLow >> byte : firstBytesHigh >> (byte - 64)) & 1 != 0 else { return nil }
        return byFirstWord[word]
    }

    /// Every match that starts in `range` (and may end anywhere in `tokens`), in token order.
    public func matches(in tokens: [CueToken], range: Range<Int>? = nil) -> [Match] {
        let bounds = range ?? 0..<tokens.count
        var result: [Match] = []
        for position in bounds {
            if let numbers = indexed(tokens[position].word) {
                for number in numbers where Self.matches(words[number], tokens, at: position) {
                    result.append(Match(phrase: number, token: position, length: words[number].count))
                }
            }
            for number in prefixFirst where Self.matches(words[number], tokens, at: position) {
                result.append(Match(phrase: number, token: position, length: words[number].count))
            }
        }
        return result
    }

    /// Whether any phrase starts in `range`.
    public func contains(in tokens: [CueToken], range: Range<Int>? = nil) -> Bool {
        let bounds = range ?? 0..<tokens.count
        for position in bounds {
            if let numbers = indexed(tokens[position].word) {
                for number in numbers where Self.matches(words[number], tokens, at: position) { return true }
            }
            for number in prefixFirst where Self.matches(words[number], tokens, at: position) { return true }
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
