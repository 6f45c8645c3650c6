/// Reads one `DateAtom` starting at a token: every spelling of an absolute date and the relative
/// expressions that resolve against the publication date.
struct DateAtomParser {
    let tokens: [DateToken]
    let resolver: RelativeDateResolver

    /// Years a breach document can talk about; keeps street numbers and figures out.
    static let years = 1970...2100

    func atom(at index: Int) -> DateAtom? {
        // Callers look past a word ("through", a weekday) that can be the text's last token.
        guard tokens.indices.contains(index) else { return nil }
        let token = tokens[index]
        switch token.kind {
        case .word:
            // Most words are no month, weekday or ordinal: one bit test spares the three look-ups.
            if DateWords.calendarLeads.mayContain(token.key) {
                if let month = DateWords.months[token.key] { return monthFirst(index, month: month) }
                if let weekday = DateWords.weekdays[token.key] { return weekdayAtom(index, weekday: weekday) }
                if let quarter = DateWords.ordinals[token.key] { return quarterAtom(index, ordinal: quarter) }
            }
            // Exact gate: `relativeAtom` starts only at one of `relativeLeads`' words.
            return DateWords.relativeLeads.mayContain(token.key) ? relativeAtom(index) : nil
        case .number:
            return numberFirst(index)
        case .punctuation:
            return nil
        }
    }

    // MARK: Token helpers

    func token(_ index: Int) -> DateToken? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    func isWord(_ index: Int, _ hash: UInt64) -> Bool {
        token(index)?.isWord(hash) ?? false
    }

    func isPunctuation(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        token(index)?.isPunctuation(scalar) ?? false
    }

    /// A four-digit year at `index`.
    func year(at index: Int) -> Int? {
        guard let token = token(index), token.kind == .number, token.digits == 4,
              Self.years.contains(token.number) else { return nil }
        return token.number
    }

    /// A one- or two-digit day of the month at `index`.
    func dayNumber(at index: Int) -> Int? {
        guard let token = token(index), token.kind == .number, token.digits <= 2,
              (1...31).contains(token.number) else { return nil }
        return token.number
    }

    /// "'s" after `index`: the expression is a possessive modifier ("Friday's market open").
    func possessive(after index: Int) -> Bool {
        guard let mark = token(index + 1), mark.kind == .punctuation, !mark.spaceBefore,
              mark.key == 39 || mark.key == 0x2019 else { return false }
        return isWord(index + 2, DateWords.s)
    }

    /// Skips an ordinal suffix written against the number ("17th").
    func afterOrdinal(_ index: Int) -> Int {
        if let next = token(index + 1), next.kind == .word, !next.spaceBefore,
           DateWords.ordinalSuffixes.contains(next.key) { return index + 1 }
        return index
    }

    // MARK: Absolute spellings

    /// "November 25, 2022", "Nov. 25 2022", "Sept 8", "November 2022", "in August".
    func monthFirst(_ index: Int, month: Int) -> DateAtom? {
        var next = index + 1
        if isPunctuation(next, "."), !(token(next)?.spaceBefore ?? true) { next += 1 }
        if let day = dayNumber(at: next), !isPunctuation(next + 1, "/"), !isPunctuation(next + 1, ":") {
            let dayEnd = afterOrdinal(next)
            var yearIndex = dayEnd + 1
            if isPunctuation(yearIndex, ",") { yearIndex += 1 }
            if let year = year(at: yearIndex), !(isPunctuation(yearIndex + 1, "-") && !(token(yearIndex + 1)?.spaceBefore ?? true)) {
                guard day <= PartialDate.daysIn(month: month, year: year) else { return nil }
                return DateAtom(kind: .absolute, first: index, last: yearIndex, year: year, month: month, day: day)
            }
            guard day <= PartialDate.daysIn(month: month, year: 2000) else { return nil }
            return DateAtom(kind: .yearless, first: index, last: dayEnd, month: month, day: day)
        }
        var yearIndex = next
        if isPunctuation(yearIndex, ",") { yearIndex += 1 }
        if let year = year(at: yearIndex) {
            return DateAtom(kind: .absolute, first: index, last: yearIndex, year: year, month: month)
        }
        // A month name alone is a date only when written as one after a time preposition:
        // "in August", "since March", "mid-May"; "May" is also a verb and "April" a name.
        guard tokens[index].capitalized, DateWords.fullMonths.contains(tokens[index].key),
              let previous = token(index - 1), previous.kind != .number,
              previous.isPunctuation("-") || (previous.kind == .word && Self.bareMonthLead.contains(previous.key))
        else { return nil }
        var atom = DateAtom(kind: .yearless, first: index, last: index, month: month)
        if previous.isWord(DateWords.last) { atom.strictlyPast = true }
        return atom
    }

    static let bareMonthLead: Set<UInt64> = Set([
        "in", "since", "until", "till", "through", "from", "by", "last", "past", "early", "mid", "late",
        "during", "before", "after", "and", "to", "between", "of", "this", "around",
    ].map(DateTokenizer.hash))

    /// "25 November 2022", "7 September", "11/25/2022", "2022-11-25", "2014".
    func numberFirst(_ index: Int) -> DateAtom? {
        let token = tokens[index]
        if token.digits == 4, Self.years.contains(token.number) {
            if isPunctuation(index + 1, "-"), !(self.token(index + 1)?.spaceBefore ?? true),
               let month = self.token(index + 2), month.kind == .number, month.digits == 2, (1...12).contains(month.number),
               isPunctuation(index + 3, "-"), let day = dayNumber(at: index + 4), self.token(index + 4)?.digits == 2 {
                guard day <= PartialDate.daysIn(month: month.number, year: token.number) else { return nil }
                return DateAtom(kind: .absolute, first: index, last: index + 4, year: token.number, month: month.number, day: day)
            }
            // Not part of a figure or a code: "2,000", "2021-248002", "2014/15", "1990s", "2000%".
            if let next = self.token(index + 1), !next.spaceBefore {
                if next.kind != .punctuation || next.key == 37 { return nil }
                if [45, 47, 44, 46].contains(next.key), let after = self.token(index + 2), after.kind == .number,
                   !after.spaceBefore { return nil }
            }
            // "$2014", "-2014", "1.2014" are figures; "mid-2014" is a date.
            if let previous = self.token(index - 1), previous.kind == .punctuation, !token.spaceBefore,
               [36, 163, 8364, 45, 47, 46, 44].contains(previous.key), !isWord(index - 2, DateWords.mid) {
                return nil
            }
            return DateAtom(kind: .absolute, first: index, last: index, year: token.number, bareYear: true)
        }
        guard token.digits <= 2 else { return nil }
        if isPunctuation(index + 1, "/"), let second = dayNumber(at: index + 2), isPunctuation(index + 3, "/"),
           let third = self.token(index + 4), third.kind == .number, third.digits == 2 || third.digits == 4 {
            let year = third.digits == 4 ? third.number : (third.number < 70 ? 2000 + third.number : 1900 + third.number)
            guard (1...12).contains(token.number), Self.years.contains(year),
                  second <= PartialDate.daysIn(month: token.number, year: year) else { return nil }
            return DateAtom(kind: .absolute, first: index, last: index + 4, year: year, month: token.number, day: second)
        }
        guard let day = dayNumber(at: index) else { return nil }
        var monthIndex = afterOrdinal(index) + 1
        if isWord(monthIndex, DateWords.of) { monthIndex += 1 }
        guard let monthToken = self.token(monthIndex), monthToken.kind == .word,
              let month = DateWords.months[monthToken.key] else { return nil }
        var last = monthIndex
        if isPunctuation(last + 1, "."), !(self.token(last + 1)?.spaceBefore ?? true) { last += 1 }
        var yearIndex = last + 1
        if isPunctuation(yearIndex, ",") { yearIndex += 1 }
        if let year = year(at: yearIndex) {
            guard day <= PartialDate.daysIn(month: month, year: year) else { return nil }
            return DateAtom(kind: .absolute, first: index, last: yearIndex, year: year, month: month, day: day)
        }
        guard day <= PartialDate.daysIn(month: month, year: 2000) else { return nil }
        return DateAtom(kind: .yearless, first: index, last: monthIndex, month: month, day: day)
    }

    /// "the fourth quarter of 2022", "the first half of 2023": the year (a quarter is no month).
    func quarterAtom(_ index: Int, ordinal: Int) -> DateAtom? {
        guard isWord(index + 1, DateWords.quarter) || (ordinal <= 2 && isWord(index + 1, DateWords.half)),
              isWord(index + 2, DateWords.of), let year = year(at: index + 3) else { return nil }
        return DateAtom(kind: .absolute, first: index, last: index + 3, year: year)
    }
}
