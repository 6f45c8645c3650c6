/// Conflicts between dates of one event of one incident. Disclosure, filing and notification
/// dates are not compared: every update is a new disclosure.
struct DateRules {
    static let compared: Set<DateEvent> = [.intrusionStart, .intrusionEnd, .discovered, .contained, .materialityDetermined, .settled]

    var incident: String
    var slot: String
    var entries: [SlotEntry]

    static func compatible(_ lhs: DateFact, _ rhs: DateFact) -> Bool {
        guard let a = lhs.value, let b = rhs.value else { return true }
        if a.contains(b) || b.contains(a) { return true }
        switch (lhs.qualifier, rhs.qualifier) {
        case (.before, _): return b < a
        case (_, .before): return a < b
        case (.after, _): return a < b
        case (_, .after): return b < a
        default: return false
        }
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
            if dated.enumerated().contains(where: { $0.offset != i && !Self.compatible(a.date!, $0.element.date!) }) {
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
