/// One date, two events: "the access continued until January 27, when suspicious activity was
/// detected" ends the intrusion and dates its discovery.
extension EventLinker {
    /// Words of a "when" clause searched for its event.
    static let whenClauseReach = 8

    /// The event of a "when" clause right after the date (", when X was detected"), or nil. The
    /// clause says what happened at that date, so the date is that event's as well. Intrusion
    /// verbs are left out ("until May, when the thieves took more files" is another intrusion
    /// step, dated by the first link already), and so are anchors and irrealis clauses.
    func whenEvent(after mention: DateMention, in sentence: Range<Int>, matches: [TriggerMatcher.Match]) -> DateEvent? {
        var index = mention.lastToken + 1
        if index < sentence.upperBound, tokens[index].isPunctuation(",") { index += 1 }
        guard index < sentence.upperBound, tokens[index].isWord(Self.when) else { return nil }
        guard let next = matches.first(where: { $0.first > index }) else { return nil }
        var words = 0
        for position in (index + 1)..<next.first {
            let token = tokens[position]
            if token.kind == .punctuation, !(token.isPunctuation("-") || token.isPunctuation("'")) { return nil }
            if token.kind == .word { words += 1 }
        }
        guard words <= Self.whenClauseReach, let event = next.trigger.event,
              event != .intrusionStart, event != .intrusionEnd,
              !irrealis(before: next.first, in: (index + 1)..<sentence.upperBound) else { return nil }
        return event
    }

    static let when = DateTokenizer.hash("when")
}
