/// Secrets that came from somewhere else: passwords "reused" by customers, "leaked in breaches of
/// other websites" or "from other leaks", tried against a service (credential stuffing). They are
/// the attack's way in, not data this breach exposed; `VectorExtractor` reports the technique.
///
/// The rule covers passwords and credentials, and an email address only when it is listed with
/// one of them ("email addresses and passwords that customers had reused"): the pair is a login.
/// A breach verb right before the list keeps the facts ("stole passwords that customers had
/// reused elsewhere": this breach took them, whatever their history).
enum ReusedSecrets {
    /// Tokens before the list and after the mention that are searched for a cue.
    static let before = 4
    static let after = 14

    static func isReused(_ mention: DataTypeSentence.Mention, in sentence: DataTypeSentence) -> Bool {
        let tokens = sentence.tokens
        let secrets = sentence.mentions.filter { $0.key == .credentials || $0.key == .password }
        guard !secrets.isEmpty else { return false }
        switch mention.key {
        case .credentials, .password:
            break
        case .email:
            // "email addresses and passwords": a login pair, not a separate list item.
            guard secrets.contains(where: { abs($0.first - mention.last) <= 3 || abs(mention.first - $0.last) <= 3 }) else { return false }
        default:
            return false
        }
        let start = MentionFilter.listStart(of: mention, in: sentence)
        let listEnd = secrets.map(\.last).filter { $0 >= mention.last && $0 - mention.last <= 3 }.max() ?? mention.last
        // A breach verb governing the list: the secrets were taken here.
        if (max(0, start - 3)..<start).contains(where: { ExposureCues.isTrigger(tokens[$0]) }) { return false }
        var index = max(0, start - before)
        let end = min(tokens.count, listEnd + 1 + after)
        while index < end {
            let word = tokens[index].word
            if index > listEnd, word == "." || word == ";" { break }
            if isCue(at: index, tokens) { return true }
            index += 1
        }
        return false
    }

    /// "reused", "recycled", "elsewhere", "other websites", "from other leaks", "previous breaches".
    static func isCue(at index: Int, _ tokens: [WordToken]) -> Bool {
        let word = tokens[index].word
        if reuseWords.contains(word) { return true }
        guard ["other", "previous", "earlier", "prior", "unrelated", "older"].contains(word),
              index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return elsewhereNouns.contains(next.singular) || elsewhereNouns.contains(next.word)
    }

    static let reuseWords: Set<String> = ["reused", "reuse", "reusing", "recycled", "elsewhere"]

    /// Places or events a secret came from before this breach.
    static let elsewhereNouns: Set<String> = [
        "website", "site", "service", "platform", "app", "leak", "breach", "breaches", "incident", "dump",
    ]
}
