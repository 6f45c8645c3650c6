/// Splits a folder's facts into incidents: per company, documents published close together form
/// a news cycle; a cycle with fresh intrusion or discovery dates is a new incident unless its
/// dates match a known one, a cycle without them follows the incident its back references name
/// (or the latest one). Single facts then move to another incident when their sentence points
/// back (`incidentHint`), their date lies far from the cycle's, or they are consequences
/// (settlements, fines) of an earlier incident. When unsure, facts stay apart.
struct IncidentGrouper {
    /// Documents published within this many days of the previous one share a news cycle.
    static let cycleGap = 45
    /// Intrusion or discovery dates at most this many days before a cycle are news of that cycle.
    static let currentWindow = 200
    static let anchorEvents: Set<DateEvent> = [.intrusionStart, .intrusionEnd, .discovered, .contained]
    static let consequenceMoney: Set<MoneyEvent> = [.settlement, .fine, .securityInvestment]

    struct Result {
        var groups: [IncidentGroup]
        /// Group index per fact index.
        var assignment: [Int]
    }

    /// - Parameter slots: each fact's `SlotNaming.slot(of:)`, when the caller has them already.
    func group(documents: [DocumentInfo], facts: [Fact], companies: DocumentCompanies, slots: [String?]? = nil) -> Result {
        let slots = slots ?? facts.map(SlotNaming.slot(of:))
        var groups: [IncidentGroup] = []
        var assignment = Array(repeating: -1, count: facts.count)
        let infoByFile = Dictionary(documents.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        var factsByFile: [String: [Int]] = [:]
        for (index, fact) in facts.enumerated() { factsByFile[fact.file, default: []].append(index) }
        let day = { (file: String) in SlotEntry.ordinal(infoByFile[file]?.published) }
        let filesByCompany = Dictionary(grouping: factsByFile.keys.sorted(), by: { companies.key(of: $0) })
        for company in filesByCompany.keys.sorted() {
            let files = filesByCompany[company]!.sorted { (day($0), $0) < (day($1), $1) }
            var cycles: [[String]] = []
            for file in files {
                if let last = cycles.last?.last, day(file) - day(last) <= Self.cycleGap, day(file) < Int.max / 4 {
                    cycles[cycles.count - 1].append(file)
                } else {
                    cycles.append([file])
                }
            }
            // Companies are routed one after the other, so a company's groups all lie from here on.
            let firstGroup = groups.count
            for cycle in cycles {
                var router = CycleRouter(company: company, files: cycle, facts: facts, slots: slots, factsByFile: factsByFile,
                                         start: day(cycle[0]), end: day(cycle[cycle.count - 1]),
                                         year: infoByFile[cycle[0]]?.published?.year, firstGroup: firstGroup)
                router.route(groups: &groups, assignment: &assignment)
            }
        }
        return Result(groups: groups, assignment: assignment)
    }
}

/// Places one news cycle's facts (see `IncidentGrouper`).
struct CycleRouter {
    var company: String
    var files: [String]
    var facts: [Fact]
    /// `SlotNaming.slot(of:)` per fact.
    var slots: [String?]
    var factsByFile: [String: [Int]]
    var start: Int
    var end: Int
    var year: Int?
    /// No group of this company lies before this index (searching from 0 gives the same answer,
    /// only slower: scanning every group of the corpus per fact was quadratic).
    var firstGroup = 0
    /// Whether this cycle opened its primary incident (its news is the incident's first report).
    var opened = false

    static func hintYear(_ fact: Fact) -> Int? {
        guard let hint = fact.incidentHint, hint.count == 4, let year = Int(hint), (1900...2100).contains(year) else { return nil }
        return year
    }

    func anchorDate(_ fact: Fact) -> DateFact? {
        // A date whose sentence points to its own year ("In April 2022 hackers breached ...")
        // still dates an intrusion; a hint naming another year says it belongs elsewhere.
        guard case .date(let date) = fact.payload, let value = date.value, IncidentGrouper.anchorEvents.contains(date.event),
              Self.hintYear(fact) == nil || Self.hintYear(fact) == value.year else { return nil }
        return date
    }

    func isCurrent(_ date: DateFact) -> Bool {
        let ordinal = SlotEntry.ordinal(date.value)
        return ordinal >= start - IncidentGrouper.currentWindow && ordinal <= end + 31
    }

    static func compatible(_ lhs: DateFact, _ rhs: DateFact) -> Bool {
        guard lhs.event == rhs.event, let a = lhs.value, let b = rhs.value else { return false }
        return a.contains(b) || b.contains(a)
    }

    mutating func route(groups: inout [IncidentGroup], assignment: inout [Int]) {
        let indices = files.flatMap { factsByFile[$0] ?? [] }
        let current = indices.compactMap { anchorDate(facts[$0]) }.filter(isCurrent)
        let primary = choosePrimary(current: current, indices: indices, groups: &groups)
        // Pass 1: dated anchors, so that later passes can follow a sentence's date.
        var anchorGroup: [String: [Int: Int]] = [:]
        for index in indices {
            let fact = facts[index]
            if let date = anchorDate(fact) {
                let target = routeDate(date, fact: fact, primary: primary, groups: &groups)
                // A year anchored to another incident in this document keeps that anchor: the
                // document's own incident of the same year must not take its facts back.
                if anchorGroup[fact.file]?[date.value!.year] == nil || target != primary {
                    anchorGroup[fact.file, default: [:]][date.value!.year] = target
                }
                assign(index, to: target, groups: &groups, assignment: &assignment)
            }
        }
        for index in indices where assignment[index] < 0 {
            let fact = facts[index]
            let target = routeOther(fact, primary: primary, anchors: anchorGroup[fact.file] ?? [:], groups: &groups)
            assign(index, to: target, groups: &groups, assignment: &assignment)
        }
    }

    func assign(_ index: Int, to group: Int, groups: inout [IncidentGroup], assignment: inout [Int]) {
        assignment[index] = group
        groups[group].factCount += 1
        groups[group].slots.insert(slots[index] ?? "")
    }

    func newGroup(_ groups: inout [IncidentGroup], years: Set<Int>, disclosure: Int?, fresh: Bool) -> Int {
        groups.append(IncidentGroup(companyKey: company, years: years, disclosureYear: disclosure, firstDay: start,
                                    fresh: fresh, order: groups.count))
        return groups.count - 1
    }

    func companyGroups(_ groups: [IncidentGroup]) -> [Int] {
        (min(firstGroup, groups.count)..<groups.count).filter { groups[$0].companyKey == company }
    }

    mutating func choosePrimary(current: [DateFact], indices: [Int], groups: inout [IncidentGroup]) -> Int {
        let mine = companyGroups(groups)
        if !current.isEmpty {
            if let match = mine.first(where: { g in current.contains { c in groups[g].currentDates.contains { Self.compatible(c, $0) } } }) {
                groups[match].currentDates += current
                return match
            }
            let created = newGroup(&groups, years: Set(current.map { $0.value!.year }), disclosure: year, fresh: true)
            groups[created].currentDates = current
            opened = true
            return created
        }
        var votes: [Int: Int] = [:]
        for index in indices {
            if let hinted = Self.hintYear(facts[index]) { votes[hinted, default: 0] += 1 }
            if let date = anchorDate(facts[index]) { votes[date.value!.year, default: 0] += 1 }
        }
        // Most votes wins; among ties a year that names a known incident, then the latest.
        let knownYears = Set(votes.keys.filter { year in mine.contains { groups[$0].matches(year: year) } })
        let known = { (year: Int) in knownYears.contains(year) ? 1 : 0 }
        if let top = votes.sorted(by: { ($0.value, known($0.key), $0.key) > ($1.value, known($1.key), $1.key) }).first?.key {
            if let match = mine.first(where: { groups[$0].matches(year: top) }) { return match }
            return newGroup(&groups, years: [top], disclosure: year, fresh: false)
        }
        if let latest = mine.max(by: { groups[$0].firstDay < groups[$1].firstDay }) { return latest }
        return newGroup(&groups, years: [], disclosure: year, fresh: false)
    }

    func routeDate(_ date: DateFact, fact: Fact, primary: Int, groups: inout [IncidentGroup]) -> Int {
        let dateYear = date.value!.year
        if isCurrent(date) { return primary }
        let owner = groups[primary]
        if opened {
            // An old date told as its own story ("In April 2022 hackers breached ...", its sentence
            // names its year) is another incident even when the new one has no start date yet.
            let ownStory = Self.hintYear(fact) != nil
            if ownStory || owner.hasOwnIntrusionStart && !owner.currentDates.contains(where: { Self.compatible($0, date) }) {
                return other(year: dateYear, excluding: primary, groups: &groups)
            }
            groups[primary].years.insert(dateYear)
            return primary
        }
        if owner.matches(year: dateYear) || owner.years.isEmpty {
            groups[primary].years.insert(dateYear)
            return primary
        }
        return other(year: dateYear, excluding: primary, groups: &groups)
    }

    /// An incident of this company other than `excluding` that matches `year`, or a new one.
    func other(year: Int, excluding: Int, groups: inout [IncidentGroup]) -> Int {
        let candidates = companyGroups(groups).filter { $0 != excluding && groups[$0].matches(year: year) }
        if let best = candidates.max(by: { (groups[$0].factCount, -$0) < (groups[$1].factCount, -$1) }) { return best }
        return newGroup(&groups, years: [year], disclosure: nil, fresh: false)
    }

    func routeOther(_ fact: Fact, primary: Int, anchors: [Int: Int], groups: inout [IncidentGroup]) -> Int {
        if opened, isConsequence(fact), let older = olderWithConsequence(fact, primary: primary, groups: groups) {
            return older
        }
        if let hinted = Self.hintYear(fact) {
            if let anchored = anchors[hinted], anchored != primary { return anchored }
            let owner = groups[primary]
            // A back reference in the news of a fresh incident points to another one; a bare year
            // is not enough to open an incident (it may be when accounts were opened), so a
            // reference nothing else supports stays with the document's incident.
            let others = companyGroups(groups).filter { $0 != primary && groups[$0].matches(year: hinted) }
            let best = others.max { (groups[$0].factCount, -$0) < (groups[$1].factCount, -$1) }
            if opened, let year, hinted < year, let best { return best }
            if owner.matches(year: hinted) { return primary }
            return best ?? primary
        }
        if let name = fact.incidentHint.map(CompanyName.key), !name.isEmpty {
            if let named = companyGroups(groups).first(where: { groups[$0].name == name }) { return named }
            let created = newGroup(&groups, years: [], disclosure: nil, fresh: false)
            groups[created].name = name
            return created
        }
        if case .date(let date) = fact.payload, [.disclosed, .filed].contains(date.event), let value = date.value,
           SlotEntry.ordinal(value) < start - 31 {
            // "the incident we disclosed on Sept. 22, 2016": the incident first reported that day.
            let reported = companyGroups(groups).filter { abs(groups[$0].firstDay - SlotEntry.ordinal(value)) <= 3 }
            if let match = reported.first { return match }
        }
        if opened, isConsequence(fact) {
            let older = companyGroups(groups).filter { $0 != primary && groups[$0].firstDay < start }
            if let largest = older.max(by: { groups[$0].factCount < groups[$1].factCount }) { return largest }
        }
        return primary
    }

    /// An incident reported before this cycle that already has a fact in the consequence's slot
    /// (a settlement reported again), preferring the one a year hint names.
    func olderWithConsequence(_ fact: Fact, primary: Int, groups: [IncidentGroup]) -> Int? {
        let slot = SlotNaming.slot(of: fact) ?? ""
        let older = companyGroups(groups).filter { $0 != primary && groups[$0].firstDay < start && groups[$0].slots.contains(slot) }
        if let hinted = Self.hintYear(fact), let named = older.first(where: { groups[$0].matches(year: hinted) }) { return named }
        return older.max { (groups[$0].factCount, -$0) < (groups[$1].factCount, -$1) }
    }

    func isConsequence(_ fact: Fact) -> Bool {
        switch fact.payload {
        case .money(let money): IncidentGrouper.consequenceMoney.contains(money.event)
        case .date(let date): date.event == .settled
        default: false
        }
    }
}
