/// Which linked dates are timeline facts: the rules that drop a date although a trigger claims it.
///
/// A date with an event can still be no fact of the breach's timeline: a news story's peg ("the
/// company announced on Monday"), a restatement of the incident's year ("the 2014 breach happened in
/// 2014"), an expectation ("expects approval as early as December"), a headline or a byline.
extension EventLinker {
    /// What the linker knows of the document as a whole.
    struct DocumentContext: Sendable, Equatable {
        /// The document speaks about the company rather than for it (news, blog, forum): an
        /// announcement or filing date there is the story's news peg, not a timeline fact.
        var reported = false
        var published: PartialDate?
        /// Who writes a reported document (the outlet of news and blogs); nil when unknown.
        var narrator: SourceRole?
        /// An SEC filing: its dates on a line of their own are cover-page and signature dates.
        var filing = false

        init(reported: Bool = false, published: PartialDate? = nil, narrator: SourceRole? = nil) {
            self.reported = reported
            self.published = published
            self.narrator = narrator
        }

        /// News, blog, forum and unreadable kinds, whose default speaker is not the company.
        init(kind: DocumentKind, published: PartialDate?) {
            switch kind {
            case .secFiling, .pressRelease, .companyNotice: reported = false
            case .news, .blog, .forum, .unknown: reported = true
            }
            narrator = kind == .news || kind == .blog ? .media : nil
            filing = kind == .secFiling
            self.published = published
        }
    }

    /// Whether a date the linker tied to `event` through `match` is kept as a fact.
    func keeps(_ event: DateEvent, _ mention: DateMention, match: TriggerMatcher.Match, in sentence: Range<Int>) -> Bool {
        // A week is no day: "late last week" resolved to a month restates a date written elsewhere.
        if mentions(DateWords.week, in: mention) { return false }
        // "expects approval ... as early as December", "plans to notify in March".
        if expectation(before: min(match.first, mention.firstToken), in: sentence) { return false }
        if namesEvent(mention, match: match, event: event) { return false }
        switch event {
        case .disclosed, .filed:
            // A disclosure or filing happens on one day; "announced in July 2019" refers back to it.
            // (Unresolved relative dates keep their fact: without a document date nothing says which.)
            if let value = mention.value, value.precision != .day { return false }
            guard context.reported, !firstPerson(before: match.first, in: sentence) else { return true }
            // In reporting, the announcement a story is about is its news peg ("announced Monday",
            // "On August 17th, the firm first disclosed"); an older disclosure it restates is a
            // timeline fact ("previously disclosed on 14 December 2016"). A filing is a document
            // cited by its date ("the filing dated Jan. 19"), a weekday only pegs the story ("in a
            // filing on Friday"). Headlines and bylines carry the story's own date.
            guard mention.calendar, !headline(mention) else { return false }
            return event == .filed || !nearPublication(mention.value)
        case .intrusionStart, .intrusionEnd:
            // "account details from 2014 accessed": a year right before the verb qualifies the noun before it.
            if mention.value?.precision == .year, match.first == mention.lastToken + 1 { return false }
            if boundsScope(mention, match: match, in: sentence) { return false }
            if coversData(mention, match: match) { return false }
            guard context.reported else { return true }
            // A bare year in reporting restates the incident's name ("the breach happened in 2014");
            // a reporter who knows the timeline writes a month or "late 2014". "since 2014" is no
            // name: it opens a period that lasted.
            if mention.value?.precision == .year, !modified(mention), mention.boundary != .start { return false }
            // "announced it had been hit by a breach on 7 September": the noun's date is the announcement's.
            if match.trigger.weight >= TriggerLexicon.noun, announcement(in: sentence) { return false }
            if headline(mention) { return false }
            // A story is not dated by the break-in: an intrusion on the publication day itself is the
            // story's own date ("As it stands today, the attack affected ...", a byline after a headline).
            if let value = mention.value, value.precision == .day, value == context.published { return false }
            return true
        default:
            return !context.reported || !headline(mention)
        }
    }

    /// "late 2014", "early May", "mid-2014": the writer pinned the date within its year or month.
    func modified(_ mention: DateMention) -> Bool {
        let first = tokens[mention.firstToken]
        return first.isWord(DateWords.early) || first.isWord(DateWords.mid) || first.isWord(DateWords.late)
            || first.isWord(DateWords.the)
    }

    func mentions(_ word: UInt64, in mention: DateMention) -> Bool {
        (mention.firstToken...mention.lastToken).contains { tokens[$0].isWord(word) }
    }

    /// "the incident we disclosed on Sept. 22": a quoted company statement inside a news story.
    func firstPerson(before index: Int, in sentence: Range<Int>) -> Bool {
        let low = max(sentence.lowerBound, index - 3)
        guard low < index else { return false }
        return (low..<index).contains { tokens[$0].kind == .word && Self.firstPersonWords.contains(tokens[$0].key) }
    }

    /// Within a month of the publication date (or undated): what the story itself reports on.
    func nearPublication(_ value: PartialDate?) -> Bool {
        guard let value, let published = context.published,
              let day = CalendarDay(value), let anchor = CalendarDay(published) else { return true }
        return abs(anchor.serial - day.serial) <= 31
    }

    /// "the August 2013 theft", "the September 7 announcement": a date between a determiner and an
    /// event noun names the event the sentence refers back to; it states no new date. Breach nouns
    /// weigh `TriggerLexicon.noun`, other event nouns ("announcement", "filing") at least 1, verbs 0.
    func namesEvent(_ mention: DateMention, match: TriggerMatcher.Match, event: DateEvent) -> Bool {
        // "Update on the cyberattack (August 20, 2021)": a date alone in parentheses after a breach
        // noun labels the text it heads or names the incident; it does not date the break-in.
        if match.last == mention.firstToken - 2, match.trigger.weight >= TriggerLexicon.noun,
           token(mention.firstToken - 1)?.isPunctuation("(") == true,
           token(mention.lastToken + 1).map({ $0.isPunctuation(")") || $0.lineBefore }) ?? true {
            return true
        }
        guard match.first == mention.lastToken + 1,
              let before = token(mention.firstToken - 1), before.kind == .word, Self.determiners.contains(before.key)
        else { return false }
        let intrusion = event == .intrusionStart || event == .intrusionEnd
        return match.trigger.weight >= (intrusion ? TriggerLexicon.noun : 1)
    }

    /// An announcement verb anywhere in the sentence.
    func announcement(in sentence: Range<Int>) -> Bool {
        sentence.contains { tokens[$0].kind == .word && Self.announcementWords.contains(tokens[$0].key) }
    }

    /// "expects", "anticipates", "plans" shortly before, or "as early as" / "as soon as" just before the date.
    func expectation(before index: Int, in sentence: Range<Int>) -> Bool {
        let low = max(sentence.lowerBound, index - 12)
        if low < index, (low..<index).contains(where: { tokens[$0].kind == .word && Self.expectationWords.contains(tokens[$0].key) }) {
            return true
        }
        return false
    }

    /// A date in a line without closing punctuation: a headline or byline of a story.
    func headline(_ mention: DateMention) -> Bool {
        // The walks stop once the line is known to be too long: a document of one endless line
        // must not be walked whole for each of its dates.
        var first = mention.firstToken
        while first > 0, !tokens[first].lineBefore, mention.lastToken - first < 20 { first -= 1 }
        var last = mention.lastToken
        while last + 1 < tokens.count, !tokens[last + 1].lineBefore, last - first < 20 { last += 1 }
        guard last - first < 20 else { return false }
        let end = tokens[last]
        return !(end.isPunctuation(".") || end.isPunctuation("!") || end.isPunctuation("?") || end.isPunctuation(":")
            || end.isPunctuation("\u{201D}") || end.isPunctuation("\"") || end.isPunctuation(";"))
    }

    static let determiners: Set<UInt64> = Set(["the", "a", "an", "its", "this", "that"].map(DateTokenizer.hash))
    static let firstPersonWords: Set<UInt64> = Set(["we", "our", "us"].map(DateTokenizer.hash))
    static let announcementWords: Set<UInt64> = Set([
        "announced", "announces", "disclosed", "discloses", "revealed", "reveals", "confirmed", "confirms",
    ].map(DateTokenizer.hash))
    static let expectationWords: Set<UInt64> = Set([
        "expects", "expected", "anticipates", "anticipated", "plans", "intends", "hopes",
    ].map(DateTokenizer.hash))
}

extension EventLinker {
    /// "discovered the hack on Jan. 5", "became aware of a potential data breach Sept. 8": when the
    /// nearest trigger is an intrusion noun that is the object of another event's verb a few words
    /// before it, the date belongs to that verb.
    func governingVerb(of match: TriggerMatcher.Match, in sentence: Range<Int>, matches: [TriggerMatcher.Match]) -> TriggerMatcher.Match {
        guard match.trigger.event == .intrusionStart, match.trigger.weight > 0 else { return match }
        guard let verb = matches.last(where: { $0.last < match.first }),
              let event = verb.trigger.event, event != .intrusionStart, event != .intrusionEnd,
              match.first - verb.last <= 5 else { return match }
        for index in (verb.last + 1)..<match.first where tokens[index].kind != .word { return match }
        return verb
    }
}
