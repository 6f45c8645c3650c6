/// A date tied to its event: what `DateExtractor` turns into a fact.
struct LinkedDate: Sendable, Equatable {
    var fact: DateFact
    /// Token indices of the clause that states it (trigger and date), inclusive.
    var firstToken: Int
    var lastToken: Int
    var source: SourceRole?
}

/// Gives each date of a sentence its event: the nearest trigger in the clause wins, so one
/// sentence can date several events ("began on X and was discovered on Y").
struct EventLinker {
    let tokens: [DateToken]
    let scalars: [Unicode.Scalar]
    var context = DocumentContext()

    /// Beyond this many words (plus trigger weight and clause penalties) a date has no event.
    static let reach = 8
    static let clausePenalty = 6
    static let partsOfDay: Set<UInt64> = Set(["morning", "evening", "afternoon", "night"].map(DateTokenizer.hash))
    /// A written span ("X through Y") is itself a sign of a period of access and may sit further
    /// from its verb ("obtained ... on a number of accounts from X through Y").
    static let rangeReach = 14

    /// `alone`: the date is the only date expression of its sentence (a sentence-opening date then
    /// scopes the whole sentence).
    func link(_ mention: DateMention, in sentence: Range<Int>, matches: [TriggerMatcher.Match],
              alone: Bool = true) -> [LinkedDate] {
        guard !mention.future, !mention.stateMarker else { return [] }
        if let dateline = datelineFact(mention) { return context.reported ? [] : [dateline] }
        if let heading = headingFact(mention) ?? datedLineFact(mention) ?? signedLineFact(mention) { return [heading] }
        if ownLine(mention) { return [] }
        let reach = mention.shape == .range ? Self.rangeReach : Self.reach
        var best: (match: TriggerMatcher.Match, cost: Int)?
        let backwardOnly = closesOwnClause(mention, in: sentence)
        for match in matches where !purpose(match, in: sentence) {
            if backwardOnly, match.first > mention.lastToken { continue }
            let words = distance(match, mention, limit: reach)
            guard words <= reach, !verbBetween(match, mention), !namedByOtherYear(match, mention) else { continue }
            let cost = words + match.trigger.weight
            if cost <= reach, cost < (best?.cost ?? Int.max) { best = (match, cost) }
        }
        guard var match = best?.match ?? distantVerb(mention, in: sentence, matches: matches, alone: alone) else {
            return []
        }
        match = governingVerb(of: match, in: sentence, matches: matches)
        guard var event = match.trigger.event else { return [] }
        if irrealis(before: match.first, in: sentence), mention.boundary != .end { return [] }
        let matcher = TriggerMatcher(tokens: tokens)
        if event == .disclosed,
           matcher.any(TriggerLexicon.settlementWords, from: match.last + 1, to: announcedObjectEnd(after: match.last, in: sentence), in: sentence)
            || announcesSettlement(match, mention, in: sentence) {
            event = .settled
        } else if event == .filed, filesSettlement(match, mention, in: sentence) {
            event = .settled
        } else if event == .filed, courtFiling(match, in: sentence) {
            // A court record that reports no settlement is no SEC filing and no breach event.
            return []
        }
        if tokens[match.first].isWord(TriggerLexicon.determined),
           matcher.any([TriggerLexicon.material], from: match.last + 1, to: match.last + 10, in: sentence) {
            event = .materialityDetermined
        }
        guard keeps(event, mention, match: match, in: sentence) else { return [] }
        let first = min(match.first, mention.firstToken)
        let last = max(match.last, mention.lastToken)
        let expression = text(mention.start, mention.end)
        func fact(_ event: DateEvent, _ value: PartialDate?, _ qualifier: DateQualifier) -> LinkedDate {
            LinkedDate(fact: DateFact(event: event, value: value, qualifier: qualifier, expression: expression,
                                      relative: mention.relative), firstToken: first, lastToken: last)
        }
        let intrusion = event == .intrusionStart || event == .intrusionEnd
        if intrusion, mention.shape != .single {
            return [fact(.intrusionStart, mention.value, mention.qualifier), fact(.intrusionEnd, mention.endValue, .exact)]
        }
        if intrusion, mention.boundary == .end { event = .intrusionEnd }
        var qualifier = mention.qualifier
        if mention.boundary == .end, event != .intrusionEnd, qualifier == .exact, event != .discovered { qualifier = .before }
        var single = fact(event, mention.value, qualifier)
        // "..., the SEC filing dated Jan. 19 says": the outlet cites a document by its date; the
        // date is the outlet's statement, whoever speaks in the rest of the sentence.
        if event == .filed, context.reported { single.source = context.narrator }
        // "continued until January 27, when suspicious activity was detected": one date, two events.
        if let second = whenEvent(after: mention, in: sentence, matches: matches), second != event {
            return [single, fact(second, mention.value, mention.qualifier)]
        }
        return [single]
    }

    /// Words between the trigger and the date, plus a penalty for each clause break between them.
    /// Stops counting once the cost passes `limit` (the caller drops such a link anyway): a
    /// sentence with a hundred dates and a hundred triggers must not walk every gap between them.
    func distance(_ match: TriggerMatcher.Match, _ mention: DateMention, limit: Int = .max) -> Int {
        let range: Range<Int>
        if match.last < mention.firstToken {
            range = (match.last + 1)..<mention.firstToken
        } else if match.first > mention.lastToken {
            range = (mention.lastToken + 1)..<match.first
        } else {
            // "starting on or around X": the date's own lead word is the trigger.
            return match.first == mention.firstToken ? 0 : Int.max
        }
        let dateFirst = match.first > mention.lastToken
        var cost = 0
        var index = range.lowerBound
        var upper = range.upperBound
        // "on the evening of Dec. 12": the part of the day belongs to the date, not the distance.
        if !dateFirst, upper - range.lowerBound >= 3, tokens[upper - 1].isWord(DateWords.of),
           tokens[upper - 2].kind == .word, Self.partsOfDay.contains(tokens[upper - 2].key), tokens[upper - 3].isWord(DateWords.the) {
            upper -= 3
        }
        while index < upper, cost <= limit {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .word:
                if TriggerLexicon.clauseBreaks.contains(token.key) {
                    cost += Self.clausePenalty
                } else if token.key == DateWords.and {
                    // "discovered it on X and said ...": a coordinated verb binds its date less, and
                    // ", and" usually opens a clause of its own ("..., and in 2022 a group got in").
                    let comma = index >= 2 && tokens[index - 2].isPunctuation(",")
                    cost += comma ? Self.clausePenalty + 4 : 4
                } else {
                    cost += 1
                }
            case .number:
                cost += 1
            case .punctuation:
                // "X, Inc. (the \u{201C}Company,\u{201D} \u{201C}we\u{201D}) identified": an aside in
                // parentheses is skipped whole, its quotes and words included.
                if token.isPunctuation("("), let close = closingParenthesis(after: index - 1, before: range.upperBound) {
                    index = close + 1
                } else if token.isPunctuation("\u{2014}") || token.isPunctuation("\u{201C}") || token.isPunctuation("\"")
                            || dateFirst && (token.isPunctuation(":") || token.isPunctuation(";")) {
                    // "the window it has given since December: card data was captured ...": a
                    // colon or semicolon after the date opens a clause of its own (a label before
                    // its date, "Contained Date: 2023-01-19", is no break).
                    cost += Self.clausePenalty
                }
            }
        }
        return cost
    }

    /// The ")" closing the "(" at `open`, before `limit` and without nesting; nil if there is none.
    func closingParenthesis(after open: Int, before limit: Int) -> Int? {
        var index = open + 1
        while index < limit {
            if tokens[index].isPunctuation(")") { return index }
            if tokens[index].isPunctuation("(") { return nil }
            index += 1
        }
        return nil
    }

    /// "costs ... mainly for customer notifications", "a reserve for the settlement": an event noun
    /// after "for" is what money or effort goes to, not an event that happened.
    func purpose(_ match: TriggerMatcher.Match, in sentence: Range<Int>) -> Bool {
        guard match.trigger.weight >= 1, let event = match.trigger.event,
              event != .intrusionStart, event != .intrusionEnd else { return false }
        for offset in 1...2 where match.first - offset >= sentence.lowerBound {
            let token = tokens[match.first - offset]
            if token.isWord(DateWords.for) { return true }
            if token.kind != .word { return false }
        }
        return false
    }

    /// A date alone on its line ("04 Oct 2017", "Tuesday, April 24, 2018"): a byline, not an event.
    func ownLine(_ mention: DateMention) -> Bool {
        guard tokens[mention.firstToken].lineBefore else { return false }
        guard let next = token(mention.lastToken + 1) else { return true }
        return next.lineBefore
    }

    /// "will notify", "has not notified", "expects approval of the settlement": not (yet) a dated event.
    func irrealis(before index: Int, in sentence: Range<Int>) -> Bool {
        let low = max(sentence.lowerBound, index - 6)
        guard low < index else { return false }
        for position in low..<index where tokens[position].kind == .word {
            // "may have been inside": the modal, not the month, when a verb form follows.
            if tokens[position].isWord(TriggerLexicon.may), token(position + 1).map({
                $0.kind == .word && TriggerLexicon.modalFollowers.contains($0.key)
            }) == true {
                return true
            }
            guard TriggerLexicon.irrealis.contains(tokens[position].key) else { continue }
            // "t" and "ll" deny only as contractions ("didn't", "we'll"), not as a word ("T-Mobile").
            if TriggerLexicon.contractions.contains(tokens[position].key), !contracted(position) { continue }
            return true
        }
        return false
    }

    /// The word is written against an apostrophe: "didn't", "we'll".
    func contracted(_ position: Int) -> Bool {
        guard position > 0, !tokens[position].spaceBefore else { return false }
        let mark = tokens[position - 1]
        return mark.isPunctuation("'") || mark.isPunctuation("\u{2019}")
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
