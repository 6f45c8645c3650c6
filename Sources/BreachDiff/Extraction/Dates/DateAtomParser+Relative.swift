/// Relative expressions: weekdays, "today", "yesterday", "last week", "earlier this month",
/// "last year", "next month".
extension DateAtomParser {
    /// "on Thursday", "late Monday", "last Friday", "Tuesday, May 19, 2020" (the written date wins).
    func weekdayAtom(_ index: Int, weekday: Int) -> DateAtom? {
        guard tokens[index].capitalized else { return nil }
        var next = index + 1
        if isPunctuation(next, ",") { next += 1 }
        // A weekday can be a document's last token ("... on Friday"): no date follows then.
        if next < tokens.count, let written = atom(at: next), written.kind == .absolute || written.kind == .yearless, !written.bareYear {
            var atom = written
            atom.first = index
            return atom
        }
        if possessive(after: index) { return nil }
        let strictly = isWord(index - 1, DateWords.last)
        var atom = DateAtom(kind: .relative, first: strictly ? index - 1 : index, last: index)
        atom.resolved = resolver.weekday(weekday, strictlyBefore: strictly)
        if let part = token(index + 1), part.kind == .word, DateWords.dayParts.contains(part.key) { atom.last = index + 1 }
        return atom
    }

    /// "today", "yesterday", "last week", "this month", "earlier this year", "next week".
    func relativeAtom(_ index: Int) -> DateAtom? {
        let word = tokens[index].key
        if word == DateWords.today || word == DateWords.tonight {
            guard !possessive(after: index) else { return nil }
            var atom = DateAtom(kind: .relative, first: index, last: index)
            atom.resolved = resolver.today()
            return atom
        }
        if word == DateWords.yesterday {
            guard !possessive(after: index) else { return nil }
            var atom = DateAtom(kind: .relative, first: index, last: index)
            atom.resolved = resolver.day(offset: -1)
            return atom
        }
        var offset: Int
        var unitIndex = index + 1
        switch word {
        case DateWords.last: offset = -1
        case DateWords.next: offset = 1
        case DateWords.this: offset = 0
        case DateWords.earlier:
            guard isWord(index + 1, DateWords.this) else { return nil }
            offset = 0
            unitIndex = index + 2
        default:
            return nil
        }
        // "this past week" is last week's sense only when "past" is written.
        if offset == 0, isWord(unitIndex, DateWords.past) {
            unitIndex += 1
            offset = -1
        }
        guard let unit = token(unitIndex), unit.kind == .word, !possessive(after: unitIndex) else { return nil }
        var atom = DateAtom(kind: offset > 0 ? .future : .relative, first: index, last: unitIndex)
        switch unit.key {
        case DateWords.week:
            atom.resolved = resolver.week(offset: offset)
            atom.approximate = true
        case DateWords.month:
            atom.resolved = resolver.month(offset: offset)
        case DateWords.year:
            atom.resolved = resolver.year(offset: offset)
        default:
            return nil
        }
        if offset > 0 { atom.resolved = nil }
        return atom
    }
}
