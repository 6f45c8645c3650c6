/// Conflicts between dates of one event of one incident. Disclosure, filing and notification
/// dates are not compared: every update is a new disclosure.
struct DateRules {
    static let compared: Set<DateEvent> = [.intrusionStart, .intrusionEnd, .discovered, .contained, .materialityDetermined, .settled]

    var incident: String
    var slot: String
    var entries: [SlotEntry]

    static func compatible(_ lhs: DateFact, _ rhs: DateFact) -> Bool {
        guard let a = lhs.value, let b = rhs.value else { return true }
        // "late 2016" holds October 2016 but not March 2016.
        let periodA = yearPeriod(lhs), periodB = yearPeriod(rhs)
        if a.year == b.year, periodA != nil || periodB != nil, ![lhs.qualifier, rhs.qualifier].contains(where: { $0 == .before || $0 == .after }) {
            let monthsA = periodA ?? a.month.map { $0...$0 } ?? 1...12
            let monthsB = periodB ?? b.month.map { $0...$0 } ?? 1...12
            if !monthsA.overlaps(monthsB) { return false }
        }
        if a.contains(b) || b.contains(a) { return true }
        switch (lhs.qualifier, rhs.qualifier) {
        case (.before, _): return b < a
        case (_, .before): return a < b
        case (.after, _): return a < b
        case (_, .after): return b < a
        default: return false
        }
    }

    /// The months a year-precise date covers when its wording names a part of the year: "early
    /// 2016" January to April, "mid-2016" May to August, "late 2016" September to December.
    static func yearPeriod(_ date: DateFact) -> ClosedRange<Int>? {
        guard let value = date.value, value.month == nil else { return nil }
        let words = date.expression.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let year = String(value.year)
        for (index, word) in words.enumerated().dropLast() where words[index + 1] == year {
            switch word {
            case "early": return 1...4
            case "mid", "middle": return 5...8
            case "late": return 9...12
            default: continue
            }
        }
        return nil
    }

    /// Settlement days more than this many days apart are two settlements (a class action one
    /// year, the states' case years later), not one day reported two ways.
    static let separateSettlementDays = 180

    /// Whether two settled dates are too far apart to be one settlement.
    static func separateSettlements(_ lhs: DateFact, _ rhs: DateFact) -> Bool {
        guard lhs.event == .settled, rhs.event == .settled, let a = lhs.value, let b = rhs.value else { return false }
        let span = { (date: PartialDate) -> (Int, Int) in
            let start = SlotEntry.ordinal(date)
            let end = SlotEntry.ordinal(PartialDate(year: date.year, month: date.month ?? 12, day: date.day ?? 31))
            return (start, end)
        }
        let (startA, endA) = span(a), (startB, endB) = span(b)
        // Ordinals count 31-day months: close enough to days for a half-year threshold.
        return max(startB - endA, startA - endB) > separateSettlementDays
    }

    /// Different settled dates in one document are that writer's list of settlements ("in March
    /// it settled with shoppers, in August with a card network"), not one settlement dated twice.
    static func sameWriterSettlements(_ lhs: SlotEntry, _ rhs: SlotEntry) -> Bool {
        lhs.date?.event == .settled && rhs.date?.event == .settled && lhs.fact.file == rhs.fact.file
    }

    /// Day-precise dates the company's own documents give for the incident's other events.
    var otherEventDays: Set<PartialDate> = []

    func detect() -> [Finding] {
        // A day another event of the incident has in the company's own documents ("July 29",
        // the day it discovered the intrusion, reported as the day access began) is a misread
        // event, not a rival date for this one.
        let dated = entries.filter {
            $0.date?.value != nil && Self.compared.contains($0.date!.event)
                && !($0.date!.value!.day != nil && !$0.inCompanyDocument && otherEventDays.contains($0.date!.value!))
        }
        var involved: [SlotEntry] = []
        for (i, a) in dated.enumerated() {
            if dated.enumerated().contains(where: {
                $0.offset != i && !Self.compatible(a.date!, $0.element.date!) && !Self.separateSettlements(a.date!, $0.element.date!)
                    && !Self.sameWriterSettlements(a, $0.element)
            }) {
                involved.append(a)
            }
        }
        guard !involved.isEmpty else { return [] }
        return [Finding(incident: incident, slot: slot, kind: .conflict, entries: involved)]
    }

    /// Two or more documents that give compatible dates.
    func agreement() -> Finding? {
        let dated = entries.filter { $0.date?.value != nil && Self.compared.contains($0.date!.event) }
        guard Set(dated.map(\.fact.file)).count >= 2,
              dated.allSatisfy({ a in dated.allSatisfy { Self.compatible(a.date!, $0.date!) } }) else { return nil }
        return Finding(incident: incident, slot: slot, kind: nil, entries: dated)
    }
}
