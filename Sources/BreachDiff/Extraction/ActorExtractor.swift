/// Finds named threat actors (`FactPayload.actor`): groups and people a sentence names as the attacker.
///
/// A name counts when its shape or its context says so; generic words ("a hacker", "the bad actor",
/// "a state-sponsored actor") are never names:
/// - group-name shapes: a word with `$` ("LAPSUS$") or a tracking label (`APT10`, `APT 41`, `FIN7`,
///   `UNC2452`, `TA505`);
/// - a capitalised name right after an attacker role, optionally after a comma: "the hacker, Jane
///   Roe", "hacking group Foo", "a hacker known as Bar", "a former cloud engineer, Jane Roe";
/// - a name with an inner capital or digit before "group"/"gang" or before a claim verb
///   ("the FooBar gang", "FooBar says").
/// One fact per distinct name per sentence, quoting the sentence.
public struct ActorExtractor: TypeExtractor {
    public init() {}

    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        var result: [FactCandidate] = []
        let scalars = input.sentenceScalars
        let tokens = input.cueTokens
        // The company is the victim, never the actor ("Acme-Corp says" is not a group's claim).
        let company = input.company
        for (index, sentence) in input.sentences.enumerated() where Self.mayName(tokens[index], scalars: scalars[index]) {
            var names: [String] = []
            for name in Self.names(in: tokens[index], scalars: scalars[index])
            where !names.contains(name) && !company.anchors.contains(name.lowercased()) {
                names.append(name)
            }
            for name in names {
                result.append(FactCandidate(payload: .actor(name), sentenceIndex: index, start: sentence.start, end: sentence.end))
            }
        }
        return result
    }

    /// The actor names of one sentence, in order of appearance.
    /// `everyToken` looks at every token instead of only those `mayAnchor` lets through (the same
    /// answer, slower: the tests' reference).
    static func names(in tokens: [CueToken], scalars: [Unicode.Scalar], everyToken: Bool = false) -> [String] {
        var found: [(Int, String)] = []
        func text(_ range: ClosedRange<Int>) -> String {
            String(String.UnicodeScalarView(scalars[tokens[range.lowerBound].start..<tokens[range.upperBound].end]))
        }
        let triggers = Self.triggers
        for index in tokens.indices where everyToken || mayAnchor(tokens[index], scalars: scalars, triggers: triggers) {
            let token = tokens[index]
            if isGroupShaped(token) {
                if token.word.count <= 4, token.word.allSatisfy(\.isLetter), index + 1 < tokens.count,
                   tokens[index + 1].word.allSatisfy(\.isNumber) {
                    found.append((index, text(index...(index + 1))))   // "APT 41"
                } else if token.word.contains(where: \.isLetter) {
                    found.append((index, token.raw))
                }
                continue
            }
            if roleWords.contains(token) || index >= 1 && Self.pair(tokens, at: index, in: rolePhrases, seconds: rolePhraseEnds)
                || knownAs(tokens, at: index) {
                if engineerWords.contains(token) {
                    guard (max(0, index - 6)..<index).contains(where: { tokens[$0].isWord("former") || tokens[$0].isWord("ex") }) else { continue }
                }
                if let name = properName(tokens, scalars: scalars, from: index + 1) { found.append((index + 1, text(name))) }
            }
            if (token.isWord("group") || token.isWord("gang") || claimVerbs.contains(token)), index >= 1 {
                let previous = tokens[index - 1]
                if previous.capitalised, hasInnerMark(previous), !stopWords.contains(previous) {
                    found.append((index - 1, previous.raw))
                }
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Whether `names(in:scalars:)` can find anything in the sentence. Why: that scan cost as much
    /// as a whole type extractor, on sentences nearly all of which name no actor. Every name it
    /// finds is anchored at a token of `triggers` (a role word, the last word of a role or naming
    /// phrase, "group"/"gang", a claim verb) or at a group-shaped token, whose written form ends
    /// in `$` or starts with the first two letters of a label prefix ("AP", "FI", "UN", "TA", see
    /// `isGroupShaped`); one key probe and a few scalar tests per token rule out the rest.
    /// `scalars` are the ones the tokens were cut from.
    static func mayName(_ tokens: [CueToken], scalars: [Unicode.Scalar]) -> Bool {
        let triggers = Self.triggers
        return tokens.indices.contains { mayAnchor(tokens[$0], scalars: scalars, triggers: triggers) }
    }

    /// Whether a name can be anchored at `token` (see `mayName`); `names` skips the other tokens.
    @inline(__always)
    static func mayAnchor(_ token: CueToken, scalars: [Unicode.Scalar], triggers: WordSet) -> Bool {
        let start = token.start, end = token.end
        guard start < end, end <= scalars.count else { return true }   // not cut from `scalars`: ask the scan
        if scalars[end - 1] == "$" { return true }
        if end - start >= 2, mayStartLabel(scalars[start], scalars[start + 1]) { return true }
        return triggers.contains(token)
    }

    /// Whether a word starting with `first`, `second` can start with a label prefix of `isGroupShaped`.
    @inline(__always)
    static func mayStartLabel(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        switch (first, second) {
        case ("A", "P"), ("F", "I"), ("U", "N"), ("T", "A"): true
        default: false
        }
    }

    /// Every word a name can be anchored at, apart from group shapes (see `mayName`).
    static let triggers = WordSet(
        roleWords.words + rolePhraseEnds.words + namingPhraseEnds.words + ["group", "gang"] + claimVerbs.words)

    /// "a hacker known as", "the group calling itself": a naming phrase right after an attacker noun.
    static func knownAs(_ tokens: [CueToken], at index: Int) -> Bool {
        guard index >= 1, pair(tokens, at: index, in: namingPhrases, seconds: namingPhraseEnds) else { return false }
        return (max(0, index - 5)..<(index - 1)).contains { roleWords.contains(tokens[$0]) || tokens[$0].isWord("actor") }
    }

    /// Whether the words at `index - 1` and `index` form one of `phrases`. Why `seconds`: the
    /// two-word string is built only when the second word can end a phrase, not at every token.
    static func pair(_ tokens: [CueToken], at index: Int, in phrases: Set<String>, seconds: WordSet) -> Bool {
        seconds.contains(tokens[index]) && phrases.contains(tokens[index - 1].word + " " + tokens[index].word)
    }

    /// Up to three capitalised words (an initial such as "A." included) starting at `from`, joined by
    /// single spaces or a comma right after the role word.
    static func properName(_ tokens: [CueToken], scalars: [Unicode.Scalar], from: Int) -> ClosedRange<Int>? {
        guard from < tokens.count, from >= 1 else { return nil }
        guard gapIsSeparator(scalars, tokens[from - 1].end, tokens[from].start, allowComma: true) else { return nil }
        var last: Int?
        var position = from
        while position < tokens.count, position < from + 3, tokens[position].capitalised, !stopWords.contains(tokens[position]) {
            if position > from, !gapIsSeparator(scalars, tokens[position - 1].end, tokens[position].start, allowComma: false) { break }
            last = position
            position += 1
        }
        // A name does not end on a lone initial ("Paige A." cut by a sentence break).
        while let end = last, end > from, characterCount(tokens[end]) == 1 { last = end - 1 }
        guard let end = last, characterCount(tokens[from]) > 1 else { return nil }
        return from...end
    }

    static func gapIsSeparator(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int, allowComma: Bool) -> Bool {
        guard to > from, to - from <= 3 else { return false }
        return scalars[from..<to].allSatisfy { $0 == " " || (allowComma && $0 == ",") || $0 == "." }
    }

    static func isGroupShaped(_ token: CueToken) -> Bool {
        // Both shapes below need a final "$" or a first letter of a label prefix: two byte tests
        // answer for nearly every token without the Character-level checks.
        // The bytes are read from the token's spelling: the written form is built only past them.
        guard let first = token.firstWrittenByte, let last = token.lastWrittenByte else { return false }
        guard last == UInt8(ascii: "$") || first == UInt8(ascii: "A") || first == UInt8(ascii: "F")
            || first == UInt8(ascii: "U") || first == UInt8(ascii: "T") else { return false }
        let raw = token.raw
        if raw.count > 1, raw.hasSuffix("$"), raw.first?.isLetter == true { return true }
        // A new prefix needs its first two letters in `mayStartLabel`, or the gate turns it away.
        for prefix in ["APT", "FIN", "UNC", "TA"] where raw.hasPrefix(prefix) {
            let rest = raw.dropFirst(prefix.count)
            if rest.isEmpty, prefix == "APT" { return true }
            if !rest.isEmpty, rest.allSatisfy(\.isNumber) { return true }
        }
        return false
    }

    /// "ShinyHunters", "Scattered5": a capital or digit after the first letter.
    static func hasInnerMark(_ token: CueToken) -> Bool {
        let raw = token.raw
        return !raw.contains("-") && raw.dropFirst().contains { $0.isUppercase || $0.isNumber }
            && raw.contains { $0.isLowercase }
    }

    /// `token.word.count`, from the spelling's length when the word is ASCII (one byte, one character).
    static func characterCount(_ token: CueToken) -> Int {
        token.spelling.isInline && token.spelling.isASCII ? Int(token.spelling.length) : token.word.count
    }

    static let roleWords: WordSet = [
        "hacker", "attacker", "suspect", "intruder", "perpetrator", "ringleader", "moniker", "alias", "handle",
        "engineer", "employee", "developer", "group", "gang",
    ]
    static let rolePhrases: Set<String> = [
        "threat actor", "hacking group",
        "hacker group", "ransomware group", "ransomware gang", "extortion group",
    ]
    static let rolePhraseEnds = WordSet(rolePhrases.map { String($0.split(separator: " ").last!) })
    static let namingPhrases: Set<String> = ["known as", "calling itself", "calls itself", "goes by", "identified as"]
    static let namingPhraseEnds = WordSet(namingPhrases.map { String($0.split(separator: " ").last!) })
    static let engineerWords: WordSet = ["engineer", "employee", "developer"]
    static let claimVerbs: WordSet = ["says", "said", "claims", "claimed", "told", "posted", "wrote"]
    static let stopWords = WordSet(CompanyNames.stopWords.union(["telegram", "discord", "twitter", "reddit"]))
}
