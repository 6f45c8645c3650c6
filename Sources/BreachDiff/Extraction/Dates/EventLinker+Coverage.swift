/// Dates that say which data or which page, not when the intruder was inside: the period a set of
/// records covers, and the dated headings of a company's running update page.
extension EventLinker {
    /// "records from the years 2011 to 2016 was compromised", "membership details from 2014 were
    /// accessed", "an account in 2014 was accessed": a date hanging off a data noun says which
    /// data, not when it was reached. It is coverage when the access verb comes after the date
    /// (the date sits in the subject), or when a year-only period follows the noun ("the hackers
    /// took records between 2011 and 2016"). "accessed data from mid-May through July" (a verb
    /// before the noun, a month-level period) stays an intrusion period.
    func coversData(_ mention: DateMention, match: TriggerMatcher.Match) -> Bool {
        guard let noun = dataNounBefore(mention) else { return false }
        if match.first > mention.lastToken { return true }
        guard match.last < noun, mention.value?.precision == .year else { return false }
        return mention.shape == .range || mention.boundary == .start
    }

    /// The data noun the date's prepositional phrase attaches to, skipping "from the years 2011 to".
    func dataNounBefore(_ mention: DateMention) -> Int? {
        guard !tokens[mention.firstToken].lineBefore else { return nil }
        var index = mention.firstToken - 1
        var steps = 0
        while index >= 0, steps < 8 {
            let token = tokens[index]
            switch token.kind {
            case .number:
                break
            case .punctuation:
                guard token.isPunctuation("-") || token.isPunctuation("\u{2013}") else { return nil }
            case .word:
                if Self.dataNouns.contains(token.key) { return index }
                guard Self.coverageLinks.contains(token.key) else { return nil }
            }
            if token.lineBefore { return nil }
            index -= 1
            steps += 1
        }
        return nil
    }

    /// "October 2, 2017: Forensic review completed": on a company's own update page, a heading
    /// that opens with a day date and a colon or dash dates that update's publication. Reported
    /// documents carry such lines as corrections of the story ("Update, Feb. 10: ..."), so only
    /// company documents read them as disclosures.
    func headingFact(_ mention: DateMention) -> LinkedDate? {
        guard !context.reported, mention.shape == .single, !mention.relative, mention.calendar,
              let value = mention.value, value.precision == .day else { return nil }
        let first = tokens[mention.firstToken]
        guard first.lineBefore || mention.firstToken == 0,
              let mark = token(mention.lastToken + 1),
              mark.isPunctuation(":") || mark.isPunctuation("\u{2013}") || mark.isPunctuation("\u{2014}")
                || mark.isPunctuation("-"),
              let title = token(mention.lastToken + 2), title.kind == .word, !title.lineBefore,
              headline(mention) else { return nil }
        let fact = DateFact(event: .disclosed, value: value, qualifier: .exact,
                            expression: text(mention.start, mention.end))
        var last = mention.lastToken + 2
        while let next = token(last + 1), !next.lineBefore { last += 1 }
        return LinkedDate(fact: fact, firstToken: mention.firstToken, lastToken: last, source: .company)
    }

    /// "Monday, September 19, 2022, 10:45 a.m. PT" as a line of its own on a company's notice or
    /// release: a section heading that dates a version of the statement, which is a disclosure
    /// (as "October 2, 2017: Forensic review completed" is, see `headingFact`). Reported documents
    /// carry such lines as bylines, and SEC filings as signature dates, so neither reads them.
    /// An "Updated:" label is not read: it dates the page, and the shared gold gives it no fact.
    func datedLineFact(_ mention: DateMention) -> LinkedDate? {
        guard !context.reported, !context.filing, mention.shape == .single, !mention.relative, mention.calendar,
              let value = mention.value, value.precision == .day,
              tokens[mention.firstToken].lineBefore || mention.firstToken == 0 else { return nil }
        // The rest of the line: nothing, or a time of day ("10:45 a.m. PT", "9 am ET").
        var last = mention.lastToken
        if let next = token(last + 1), !next.lineBefore {
            var index = last + 1
            if tokens[index].isPunctuation(",") { index += 1 }
            guard let hour = token(index), hour.kind == .number, hour.digits <= 2, !hour.lineBefore else { return nil }
            var rest = 0
            while let next = token(index + 1), !next.lineBefore {
                index += 1
                rest += 1
                guard rest <= 7 else { return nil }
            }
            last = index
        }
        let fact = DateFact(event: .disclosed, value: value, qualifier: .exact, expression: text(mention.start, mention.end))
        return LinkedDate(fact: fact, firstToken: mention.firstToken, lastToken: last, source: .company)
    }

    /// Nouns of stored data whose period is what they hold.
    static let dataNouns: Set<UInt64> = Set([
        "records", "record", "data", "details", "information", "files", "file", "accounts", "account",
        "customers", "consumers", "users", "members", "subscribers", "transactions", "entries", "rows",
        "documents", "emails", "logs", "archives", "backups", "database", "databases", "histories",
    ].map(DateTokenizer.hash))

    /// Words between the data noun and its date: "from the years", "dating back to", "created in".
    static let coverageLinks: Set<UInt64> = Set([
        "from", "between", "in", "of", "during", "dating", "back", "to", "and", "the", "years", "year",
        "period", "spanning", "covering", "for",
    ].map(DateTokenizer.hash))
}
