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
    /// `WordSet.key` of each word of `words`: a token is compared as a string only when its key agrees.
    private let keys: [[UInt64]]
    /// The spelling of each word of `words` (for `*` words, of the prefix without the `*`).
    private let spellings: [[CueSpelling]]
    /// Per phrase, whether each word is a `*` prefix word (asked once here, not per token).
    private let prefixWords: [[Bool]]
    /// The distinct first words (without `*`), and per first word the phrases starting with it.
    /// Why a `WordSet`: most tokens start no phrase, and the token's precomputed key rejects them
    /// with one table probe instead of hashing the word (the hashing was most of the matching time).
    private let firstWords: WordSet
    private let byFirstWord: [[Int]]
    private let prefixFirst: [Int]

    public init(_ phrases: [String]) {
        self.phrases = phrases
        words = phrases.map { $0.split(separator: " ").map(String.init) }
        keys = words.map { $0.map(WordSet.key) }
        prefixWords = words.map { $0.map { $0.hasSuffix("*") } }
        spellings = words.map { phrase in
            phrase.map { word in
                let stem = word.hasSuffix("*") ? String(word.dropLast()) : word
                return CueSpelling(word: stem, raw: stem)
            }
        }
        var firsts: [String] = []
        var index: [String: [Int]] = [:]
        var prefixes: [Int] = []
        for (number, phrase) in words.enumerated() {
            guard let first = phrase.first else { continue }
            if first.hasSuffix("*") {
                prefixes.append(number)
            } else {
                if index[first] == nil { firsts.append(first) }
                index[first, default: []].append(number)
            }
        }
        firstWords = WordSet(firsts)
        byFirstWord = firsts.map { index[$0]! }
        prefixFirst = prefixes
    }

    /// The first words of the phrases that have an exact first word.
    var firstWordList: [String] { firstWords.words }

    /// Whether a phrase starts with a `*` prefix word, which is tried at every token.
    var hasPrefixPhrases: Bool { !prefixFirst.isEmpty }

    /// The phrases whose first word is the token's word (before the prefix phrases, which are tried at every token).
    /// Takes the array and a position, not a `CueToken`: passing the element copied it (retaining
    /// and releasing its strings), which cost more than the probe (callgrind, session 4).
    @inline(__always)
    private func indexed(_ tokens: [CueToken], _ position: Int) -> [Int]? {
        firstWords.index(of: tokens[position]).map { byFirstWord[$0] }
    }

    /// Every match that starts in `range` (and may end anywhere in `tokens`), in token order.
    public func matches(in tokens: [CueToken], range: Range<Int>? = nil) -> [Match] {
        let bounds = range ?? 0..<tokens.count
        var result: [Match] = []
        for position in bounds {
            if let numbers = indexed(tokens, position) {
                for number in numbers where matches(number, tokens, at: position, from: 1) {
                    result.append(Match(phrase: number, token: position, length: words[number].count))
                }
            }
            for number in prefixFirst where matches(number, tokens, at: position, from: 0) {
                result.append(Match(phrase: number, token: position, length: words[number].count))
            }
        }
        return result
    }

    /// Whether any phrase starts in `range`.
    public func contains(in tokens: [CueToken], range: Range<Int>? = nil) -> Bool {
        let bounds = range ?? 0..<tokens.count
        for position in bounds {
            if let numbers = indexed(tokens, position) {
                for number in numbers where matches(number, tokens, at: position, from: 1) { return true }
            }
            for number in prefixFirst where matches(number, tokens, at: position, from: 0) { return true }
        }
        return false
    }

    /// Phrase `number` at `position`, from its word `from` on (1 when the first word is known to
    /// match); an exact word compares keys before spellings.
    @inline(__always)
    private func matches(_ number: Int, _ tokens: [CueToken], at position: Int, from: Int) -> Bool {
        let phraseKeys = keys[number], phraseSpellings = spellings[number], prefixes = prefixWords[number]
        let count = phraseKeys.count
        guard position + count <= tokens.count else { return false }
        var offset = from
        while offset < count {
            let token = tokens[position + offset]
            if prefixes[offset] {
                guard Self.hasPrefix(token, phraseSpellings[offset], words[number][offset].dropLast()) else { return false }
            } else if token.key != phraseKeys[offset] || !token.spelling.sameWord(as: phraseSpellings[offset]) {
                return false
            }
            offset += 1
        }
        return true
    }

    /// `token.word.hasPrefix(stem)`: bytes decide when both are ASCII (where `hasPrefix`'s
    /// character comparison is a byte comparison), else the strings.
    static func hasPrefix(_ token: CueToken, _ spelling: CueSpelling, _ stem: Substring) -> Bool {
        let word = token.spelling
        guard word.isInline, spelling.isInline, word.isASCII, spelling.isASCII else { return token.word.hasPrefix(stem) }
        guard spelling.length <= word.length else { return false }
        for offset in 0..<Int(spelling.length) where word.byte(at: offset) != spelling.byte(at: offset) { return false }
        return true
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
