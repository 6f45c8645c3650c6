/// The words around a date atom: qualifiers before it and the second date of a range or pair.
extension DateScanner {
    /// What the words before a date say about it.
    enum Lead: Equatable {
        case none, between, from
    }

    /// Reads "on or around", "prior to", "since", "from", "between", "as of" before the mention,
    /// widening it to include them.
    func applyPrefix(to mention: inout DateMention) -> Lead {
        var index = mention.firstToken - 1
        func word(_ offset: Int) -> UInt64? {
            guard let token = parser.token(index - offset), token.kind == .word else { return nil }
            return token.key
        }
        if word(0) == DateWords.on || word(0) == DateWords.in || word(0) == DateWords.during { index -= 1 }
        // "on or around", "on or about", "on or before", "on or after"
        if word(1) == DateWords.or, word(2) == DateWords.on, let last = word(0) {
            switch last {
            case DateWords.around, DateWords.about: mention.qualifier = .onOrAround
            case DateWords.before: mention.qualifier = .before
            case DateWords.after: mention.qualifier = .after
            default: return .none
            }
            mention.firstToken = index - 2
            index -= 3
        } else if let last = word(0) {
            switch last {
            case DateWords.around, DateWords.about, DateWords.approximately:
                mention.qualifier = .onOrAround
                mention.firstToken = index
                index -= 1
            case DateWords.before, DateWords.by:
                mention.qualifier = .before
                mention.firstToken = index
                index -= 1
            case DateWords.to where word(1) == DateWords.prior:
                mention.qualifier = .before
                mention.firstToken = index - 1
                index -= 2
            case DateWords.after:
                mention.qualifier = .after
                mention.firstToken = index
                index -= 1
            default:
                break
            }
        }
        mention.start = tokens[mention.firstToken].start
        guard let marker = word(0) else { return .none }
        // The marker belongs to the expression: "from X through Y", "since 2014".
        if [DateWords.since, DateWords.from, DateWords.between, DateWords.until, DateWords.till, DateWords.through,
            DateWords.thru, Self.starting, Self.beginning].contains(marker) {
            mention.firstToken = index
            mention.start = tokens[index].start
        }
        switch marker {
        case DateWords.since:
            mention.qualifier = .after
            mention.boundary = .start
        case DateWords.from:
            mention.boundary = .start
            return .from
        case DateWords.between:
            mention.boundary = .start
            return .between
        case Self.starting, Self.beginning:
            mention.boundary = .start
        case DateWords.until, DateWords.till, DateWords.through, DateWords.thru:
            mention.boundary = .end
        case DateWords.as where word(1) == DateWords.early && word(2) == DateWords.as:
            mention.boundary = .start
        case DateWords.of where word(1) == DateWords.as:
            mention.stateMarker = true
        default:
            break
        }
        return .none
    }

    static let starting = DateTokenizer.hash("starting")
    static let beginning = DateTokenizer.hash("beginning")

    /// "between X and Y", "from X through Y", "X through Y", "March 22 and 23, 2019", "March 22-23".
    func extendRange(of mention: inout DateMention, atom: DateAtom, lead: Lead) {
        let next = atom.last + 1
        guard let link = parser.token(next) else { return }
        // Two days of one month: "March 22 and 23, 2019", "March 22-23, 2019".
        if atom.day != nil, atom.month != nil, atom.kind == .yearless,
           link.isWord(DateWords.and) || link.isPunctuation("-") || link.isPunctuation("\u{2013}") || link.isWord(DateWords.to),
           let secondDay = parser.dayNumber(at: next + 1), let secondMonth = atom.month, secondDay > (atom.day ?? 0) {
            var last = parser.afterOrdinal(next + 1)
            var year: Int?
            var yearIndex = last + 1
            if parser.isPunctuation(yearIndex, ",") { yearIndex += 1 }
            if let written = parser.year(at: yearIndex) {
                year = written
                last = yearIndex
            }
            let start = atom.value(resolver: resolver, fallbackYear: year)
            guard let start, secondDay <= PartialDate.daysIn(month: secondMonth, year: start.year) else { return }
            mention.value = start
            mention.endValue = PartialDate(year: start.year, month: secondMonth, day: secondDay)
            mention.shape = link.isWord(DateWords.and) ? .pair : .range
            mention.relative = year == nil
            finish(&mention, last: last)
            return
        }
        // Two months sharing one year: "in October and November 2016", "during June and July 2019".
        // The first month takes the second's year (the year before, if it comes later in the
        // calendar: "December and January 2015").
        if atom.kind == .yearless, atom.day == nil, let firstMonth = atom.month, link.isWord(DateWords.and),
           let second = parser.atom(at: next + 1), second.kind == .absolute, second.day == nil,
           let secondMonth = second.month, let endYear = second.year, secondMonth != firstMonth {
            let year = firstMonth > secondMonth ? endYear - 1 : endYear
            mention.value = PartialDate(year: year, month: firstMonth)
            mention.endValue = PartialDate(year: endYear, month: secondMonth)
            mention.shape = .pair
            mention.relative = false
            finish(&mention, last: second.last)
            return
        }
        let linkWords: [UInt64]
        switch lead {
        case .between: linkWords = [DateWords.and]
        case .from: linkWords = [DateWords.to, DateWords.through, DateWords.thru, DateWords.until, DateWords.till]
        case .none: linkWords = [DateWords.through, DateWords.thru, DateWords.until]
        }
        let dash = lead == .from && (link.isPunctuation("-") || link.isPunctuation("\u{2013}"))
        guard dash || link.kind == .word && linkWords.contains(link.key) else { return }
        guard var second = parser.atom(at: next + 1) ?? earlyMidLate(at: next + 1), second.kind != .future else { return }
        if second.bareYear, atom.kind != .absolute && !atom.bareYear { return }
        let end = second.value(resolver: resolver)
        var start = atom.value(resolver: resolver)
        if atom.kind == .yearless, second.kind == .absolute, let endYear = second.year, let month = atom.month {
            let year = month > (second.month ?? 12) ? endYear - 1 : endYear
            start = atom.value(resolver: resolver, fallbackYear: year)
        }
        if second.kind == .yearless, let startYear = start?.year, atom.kind == .absolute {
            second.year = startYear
            second.kind = .absolute
        }
        mention.value = start
        mention.endValue = second.kind == .absolute ? second.value(resolver: resolver) : end
        mention.shape = .range
        mention.boundary = .none
        mention.relative = atom.kind != .absolute || second.kind != .absolute
        finish(&mention, last: second.last)
    }

    /// "late 2019" as the second date of a range ("from 2005 through early 2019").
    func earlyMidLate(at index: Int) -> DateAtom? {
        guard let word = parser.token(index), word.kind == .word,
              word.key == DateWords.early || word.key == DateWords.mid || word.key == DateWords.late,
              var atom = parser.atom(at: index + 1) else { return nil }
        atom.first = index
        return atom
    }

    private func finish(_ mention: inout DateMention, last: Int) {
        mention.lastToken = last
        mention.end = tokens[last].end
    }
}
