/// "the numbers customers called or texted": phone numbers named by what was done with them.
///
/// Call logs list the numbers a subscriber dialled; a report says so with a bare "numbers" and a
/// relative clause without "that" ("numbers subscribers called", "which numbers users texted").
/// No lexicon phrase covers it, because "numbers" alone is any figure, so the pattern is read
/// here: the plural noun, one to five words that name the caller (no preposition, auxiliary or
/// determiner between, so "the numbers of people called back" is not one), then a verb of calling.
enum CalledNumbers {
    /// Past forms of the verbs that put a number in a call or message log.
    static let verbs: Set<String> = ["called", "texted", "dialed", "dialled", "messaged", "phoned", "rang"]
    /// Most words between the noun and the verb.
    static let maximumGap = 5

    /// Mentions of `phone` for "numbers X called", skipping tokens already in a mention.
    static func mentions(in tokens: [WordToken], taken: [DataTypeSentence.Mention]) -> [DataTypeSentence.Mention] {
        var result: [DataTypeSentence.Mention] = []
        for index in tokens.indices where tokens[index].word == "numbers" {
            guard !taken.contains(where: { $0.first <= index && index <= $0.last }) else { continue }
            if let verb = verbPosition(after: index, in: tokens), verb > index + 1 {
                result.append(DataTypeSentence.Mention(key: .phone, first: index, last: index, ambiguous: false))
            }
        }
        return result
    }

    /// The index of the calling verb that closes the relative clause after `noun`, if any.
    static func verbPosition(after noun: Int, in tokens: [WordToken]) -> Int? {
        var position = noun + 1
        while position < tokens.count, position <= noun + maximumGap + 1 {
            let token = tokens[position]
            if verbs.contains(token.word) { return position }
            // "AT&T customers": an ampersand glued between two words joins a name ("at" is no
            // preposition there).
            let gluedBefore = position + 1 < tokens.count && tokens[position + 1].word == "&" && tokens[position + 1].start == token.end
            let gluedAfter = tokens[position - 1].word == "&" && tokens[position - 1].end == token.start
            let isNamePart = token.word == "&" || gluedBefore || gluedAfter
            guard token.isWord || isNamePart else { return nil }
            if !isNamePart {
                let blocked: ExposureCues.CueFlags = [.auxiliary, .preposition, .determiner, .listGlue, .strong, .weak]
                if !token.cues.isDisjoint(with: blocked) || token.word == "of" || token.word == "that" { return nil }
            }
            position += 1
        }
        return nil
    }
}
