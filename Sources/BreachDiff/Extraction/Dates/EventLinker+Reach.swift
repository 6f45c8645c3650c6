/// Dates beyond the nearest-trigger reach that still belong to the clause's breach verb (round 5
/// of issue #3): a date that ends a clause whose verb has a long object, and a date that opens a
/// sentence whose later verb is the access.
extension EventLinker {
    /// Words (object words plus "and" costs) a clause-final date may sit after its verb.
    static let objectReach = 18
    /// Words a sentence-opening date may scope forward to its first access verb.
    static let openerReach = 36

    /// The breach verb a date out of normal reach belongs to, or nil. Tried only when no trigger
    /// (an anchor included) is in reach, so a nearer happening always wins.
    func distantVerb(_ mention: DateMention, in sentence: Range<Int>, matches: [TriggerMatcher.Match],
                     alone: Bool) -> TriggerMatcher.Match? {
        if let verb = objectVerb(mention, in: sentence, matches: matches) { return verb }
        return alone ? openerVerb(mention, in: sentence, matches: matches) : nil
    }

    /// "hackers stole personal information belonging to some fifty million users in late 2016,":
    /// a date that closes its clause attaches to the clause's main verb across a long object, as
    /// long as the object holds no verb, clause break or trigger of its own.
    func objectVerb(_ mention: DateMention, in sentence: Range<Int>, matches: [TriggerMatcher.Match]) -> TriggerMatcher.Match? {
        guard closesClause(mention, in: sentence),
              let verb = matches.last(where: { $0.last < mention.firstToken }),
              accessVerb(verb) else { return nil }
        var cost = 0
        var index = verb.last + 1
        while index < mention.firstToken {
            let token = tokens[index]
            switch token.kind {
            case .punctuation:
                // "fifty-seven", "driver's", "U.S.", "AT&T": marks inside a word or an abbreviation
                // (a full stop inside the sentence's span is one); anything else breaks the clause.
                guard Self.wordMarks.contains(where: { token.isPunctuation($0) }) else { return nil }
            case .number:
                cost += 1
            case .word:
                if TriggerLexicon.clauseBreaks.contains(token.key) || Self.timeShifts.contains(token.key) { return nil }
                if verbInObject(at: index, after: verb) { return nil }
                cost += token.key == DateWords.and ? 3 : 1
            }
            index += 1
        }
        return cost <= Self.objectReach ? verb : nil
    }

    /// "In October 2019 the pair found a password in a public repository, and used it to reach the
    /// billing servers": a date that opens the sentence scopes it; the first event of the sentence
    /// is its event when that is an access verb in a main clause. Another date, a later time
    /// ("later", "since"), a subordinate clause still open at the verb ("found that hackers had
    /// reached ...") or any other trigger first ends the scope.
    func openerVerb(_ mention: DateMention, in sentence: Range<Int>, matches: [TriggerMatcher.Match]) -> TriggerMatcher.Match? {
        guard opensSentence(mention, in: sentence),
              let verb = matches.first(where: { $0.first > mention.lastToken }), accessVerb(verb) else { return nil }
        var words = 0
        var subordinate = false
        for index in (mention.lastToken + 1)..<verb.first {
            let token = tokens[index]
            if token.isPunctuation(";") || token.isPunctuation(":") || token.isPunctuation("\u{201C}")
                || token.isPunctuation("\"") || token.isPunctuation("(") { return nil }
            // A comma closes a subordinate clause ("a repository that engineers used, and they ...").
            if token.isPunctuation(",") { subordinate = false }
            guard token.kind == .word else { continue }
            words += 1
            if Self.timeShifts.contains(token.key) { return nil }
            // "an attacker who got hold of a password ... reached": a relative clause on the
            // intruder tells of the intruder too, whichever of its verbs is the access.
            if TriggerLexicon.clauseBreaks.contains(token.key),
               !(Self.agentRelatives.contains(token.key) && agent(before: index)) { subordinate = true }
        }
        // "were able to verify that data had been accessed": the verb sits in a subordinate clause
        // (reported, relative or of time), which has a time of its own.
        guard !subordinate else { return nil }
        return words <= Self.openerReach ? verb : nil
    }

    /// The word before `index` names the intruder ("hackers who", "an attacker that").
    func agent(before index: Int) -> Bool {
        index > 0 && tokens[index - 1].kind == .word && TriggerLexicon.agentWords.contains(tokens[index - 1].key)
    }

    static let agentRelatives: Set<UInt64> = Set(["who", "that"].map(DateTokenizer.hash))

    /// "stole records of a retailer the group bought in 2015": a past-tense verb between a verb
    /// trigger and a later date has its own clause, and the date is that verb's. (Anchors keep
    /// their claim: "Update on the attack, dated May 2" is a label either way.)
    func verbBetween(_ match: TriggerMatcher.Match, _ mention: DateMention) -> Bool {
        guard match.trigger.weight == 0, match.trigger.event != nil, match.last + 1 < mention.firstToken else { return false }
        return ((match.last + 1)..<mention.firstToken).contains { tokens[$0].kind == .word && verbInObject(at: $0, after: match) }
    }

    /// "sued over the 2018 breach during the 2019 holiday season": an event noun already named by
    /// a year of its own takes no other date.
    func namedByOtherYear(_ match: TriggerMatcher.Match, _ mention: DateMention) -> Bool {
        guard match.trigger.weight >= TriggerLexicon.noun, match.first > 0,
              !(mention.firstToken...mention.lastToken).contains(match.first - 1) else { return false }
        let before = tokens[match.first - 1]
        return before.kind == .number && before.digits == 4 && DateAtomParser.years.contains(before.number)
    }

    /// A verb (not a noun) of getting in or taking data.
    func accessVerb(_ match: TriggerMatcher.Match) -> Bool {
        match.trigger.weight == 0 && match.trigger.event == .intrusionStart
    }

    /// The date is the last thing of its clause: a comma, colon, semicolon, full stop or the end of
    /// the sentence follows.
    func closesClause(_ mention: DateMention, in sentence: Range<Int>) -> Bool {
        guard mention.lastToken + 1 < sentence.upperBound else { return true }
        let next = tokens[mention.lastToken + 1]
        return next.isPunctuation(",") || next.isPunctuation(".") || next.isPunctuation(";") || next.isPunctuation(":")
    }

    /// The date is the sentence's first phrase: nothing before it but a preposition ("In", "On",
    /// "During") that its expression did not take.
    func opensSentence(_ mention: DateMention, in sentence: Range<Int>) -> Bool {
        let before = mention.firstToken - sentence.lowerBound
        if before == 0 { return true }
        guard before == 1 else { return false }
        let opener = tokens[sentence.lowerBound]
        return opener.kind == .word && Self.openingPrepositions.contains(opener.key)
    }

    /// A past-tense verb inside what should be the object ("records the firm created in 2015"),
    /// told from a participle used as an adjective ("stole encrypted passwords", "the archived
    /// files") by the word before it.
    func verbInObject(at index: Int, after verb: TriggerMatcher.Match) -> Bool {
        let token = tokens[index]
        guard finiteVerb(token) || Self.objectIrregulars.contains(token.key) else { return false }
        if index < verb.last + 3 { return false }
        let previous = tokens[index - 1]
        if previous.kind == .word, Self.modifierLeads.contains(previous.key) { return false }
        // "records the group bought": a subject of its own (a determiner and a noun) before the
        // verb. "cards swiped in stores" is a participle on the noun, no clause of its own.
        let subject = tokens[index - 2]
        return previous.kind == .word && subject.kind == .word && Self.subjectLeads.contains(subject.key)
    }

    /// Words that open a subject noun phrase: "the group bought", "its vendor built".
    static let subjectLeads: Set<UInt64> = Set([
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "another",
    ].map(DateTokenizer.hash))

    static let wordMarks: [Unicode.Scalar] = ["-", "'", "\u{2019}", ".", "&", "$", "%", "/"]

    static let openingPrepositions: Set<UInt64> = Set(["in", "on", "during", "at", "by", "around"].map(DateTokenizer.hash))

    /// Words that move the time on: a date before them no longer dates what follows.
    static let timeShifts: Set<UInt64> = Set([
        "later", "subsequently", "afterwards", "afterward", "since", "now", "recently", "eventually", "ago",
        "today", "currently", "previously", "earlier", "until",
    ].map(DateTokenizer.hash))

    /// Irregular past forms that end no "-ed" but make a clause of their own.
    static let objectIrregulars: Set<UInt64> = Set([
        "bought", "built", "kept", "ran", "set", "won", "lent", "spent", "became", "did", "chose",
    ].map(DateTokenizer.hash))

    /// Words before an "-ed" form that make it an adjective ("the encrypted files", "of archived data").
    static let modifierLeads: Set<UInt64> = Set([
        "the", "a", "an", "its", "their", "his", "her", "our", "some", "all", "of", "for", "from", "with",
        "and", "or", "including", "other", "more", "many", "unencrypted", "personal",
    ].map(DateTokenizer.hash))
}
