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
    /// Every word of every phrase, one phrase after another; phrase `n` is
    /// `firstWord[n]..<firstWord[n + 1]`. Why flat: matching copied a phrase's arrays out of
    /// nested ones (a retain and release each), and the common first words ("not", "was") start
    /// many phrases, so that cost more than the comparisons (callgrind, session 9).
    private let wordList: [PhraseWord]
    /// Per entry of `wordList`, its word without the `*`, for tokens outside ASCII.
    private let stems: [String]
    private let firstWord: [Int]
    /// The distinct first words (without `*`), and per first word the phrases starting with it
    /// (`startingWith[firstStart[i]..<firstStart[i + 1]]`).
    /// Why a `WordSet`: most tokens start no phrase, and the token's precomputed key rejects them
    /// with one table probe instead of hashing the word (the hashing was most of the matching time).
    private let firstWords: WordSet
    private let startingWith: [Int]
    private let firstStart: [Int]
    private let prefixFirst: [Int]

    /// One word of a phrase: its `WordSet.key`, its spelling (for a `*` word, of the stem without
    /// the `*`), and whether it is a `*` prefix word. Plain data: reading one retains nothing.
    private struct PhraseWord: Sendable {
        var key: UInt64
        var spelling: CueSpelling
        var isPrefix: Bool
    }

    public init(_ phrases: [String]) {
        self.phrases = phrases
        let words = phrases.map { $0.split(separator: " ").map(String.init) }
        var list: [PhraseWord] = []
        var stemList: [String] = []
        var starts = [0]
        for phrase in words {
            for word in phrase {
                let isPrefix = word.hasSuffix("*")
                let stem = isPrefix ? String(word.dropLast()) : word
                list.append(PhraseWord(key: WordSet.key(word), spelling: CueSpelling(word: stem, raw: stem), isPrefix: isPrefix))
                stemList.append(stem)
            }
            starts.append(list.count)
        }
        wordList = list
        stems = stemList
        firstWord = starts
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
        startingWith = firsts.flatMap { index[$0]! }
        var firstStarts = [0]
        for first in firsts { firstStarts.append(firstStarts.last! + index[first]!.count) }
        firstStart = firstStarts
        prefixFirst = prefixes
    }

    /// The first words of the phrases that have an exact first word.
    var firstWordList: [String] { firstWords.words }

    /// Whether a phrase starts with a `*` prefix word, which is tried at every token.
    var hasPrefixPhrases: Bool { !prefixFirst.isEmpty }

    /// The positions in `startingWith` of the phrases whose first word is the token's word (before
    /// the prefix phrases, which are tried at every token); empty when none.
    /// Takes the array and a position, not a `CueToken`: passing the element copied it (retaining
    /// and releasing its strings), which cost more than the probe (callgrind, session 4).
    @inline(__always)
    private func indexed(_ tokens: [CueToken], _ position: Int) -> Range<Int> {
        guard let first = firstWords.index(of: tokens[position]) else { return 0..<0 }
        return firstStart[first]..<firstStart[first + 1]
    }

    /// The number of words of phrase `number`.
    @inline(__always)
    private func length(_ number: Int) -> Int { firstWord[number + 1] - firstWord[number] }

    /// Every match that starts in `range` (and may end anywhere in `tokens`), in token order.
    public func matches(in tokens: [CueToken], range: Range<Int>? = nil) -> [Match] {
        let bounds = range ?? 0..<tokens.count
        var result: [Match] = []
        for position in bounds {
            for slot in indexed(tokens, position) where matches(startingWith[slot], tokens, at: position, from: 1) {
                result.append(Match(phrase: startingWith[slot], token: position, length: length(startingWith[slot])))
            }
            for number in prefixFirst where matches(number, tokens, at: position, from: 0) {
                result.append(Match(phrase: number, token: position, length: length(number)))
            }
        }
        return result
    }

    /// Whether any phrase starts in `range`.
    public func contains(in tokens: [CueToken], range: Range<Int>? = nil) -> Bool {
        let bounds = range ?? 0..<tokens.count
        for position in bounds {
            for slot in indexed(tokens, position) where matches(startingWith[slot], tokens, at: position, from: 1) {
                return true
            }
            for number in prefixFirst where matches(number, tokens, at: position, from: 0) { return true }
        }
        return false
    }

    /// Phrase `number` at `position`, from its word `from` on (1 when the first word is known to
    /// match); an exact word compares keys before spellings.
    @inline(__always)
    private func matches(_ number: Int, _ tokens: [CueToken], at position: Int, from: Int) -> Bool {
        let start = firstWord[number], end = firstWord[number + 1]
        guard position + (end - start) <= tokens.count else { return false }
        var word = start + from
        var at = position + from
        while word < end {
            let token = tokens[at]
            if wordList[word].isPrefix {
                guard Self.hasPrefix(token, wordList[word].spelling, stems[word]) else { return false }
            } else if token.key != wordList[word].key || !token.spelling.sameWord(as: wordList[word].spelling) {
                return false
            }
            word += 1
            at += 1
        }
        return true
    }

    /// `token.word.hasPrefix(stem)`: bytes decide when both are ASCII (where `hasPrefix`'s
    /// character comparison is a byte comparison), else the strings.
    static func hasPrefix(_ token: CueToken, _ spelling: CueSpelling, _ stem: String) -> Bool {
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
