/// The comparison stage: a folder's facts in, incidents, discrepancies and agreements out. Pure
/// and deterministic (every collection is sorted before it is returned).
///
/// Order: decide each document's company (`DocumentCompanies`), group facts into incidents
/// (`IncidentGrouper`), read each fact's slot, population and cues (`SlotEntries`), run the rules
/// per incident and slot (`NumericRules`, `StatusRules`, `DateRules`, `AgreementRules`), then
/// merge, word and rank (`DiscrepancyRanker`). The rules are described in docs/comparison.md.
public struct Comparator: Sendable {
    public init() {}

    public func compare(documents: [DocumentInfo], facts: [Fact]) -> Comparison {
        let byFile = Dictionary(documents.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        let companies = DocumentCompanies(documents: documents, facts: facts)
        // Each fact's slot, read once: naming a count's slot reads its quote for a data item.
        let slots = facts.map(SlotNaming.slot(of:))
        let grouping = IncidentGrouper().group(documents: documents, facts: facts, companies: companies, slots: slots)
        let ids = IncidentBuilder.ids(grouping.groups, companies: companies)
        let incidentOf = grouping.assignment.map { $0 >= 0 ? ids[$0] : "" }
        // The findings first: their slot entries (a fact and its cues each) are freed when
        // `ranked` returns, before the incidents take their copies, so the two never coexist.
        let ranked = Self.ranked(facts: facts, incidentOf: incidentOf, documents: byFile, slots: slots)
        // One pass buckets the facts by group (a scan of all facts per group was quadratic).
        var membersByGroup = Array(repeating: [Fact](), count: grouping.groups.count)
        for (index, group) in grouping.assignment.enumerated() where group >= 0 { membersByGroup[group].append(facts[index]) }
        var incidents: [Incident] = []
        for (index, group) in grouping.groups.enumerated() {
            // Taken out of the buckets: each group's copies are released once its incident is built.
            let members = membersByGroup[index]
            membersByGroup[index] = []
            guard !members.isEmpty else { continue }
            incidents.append(IncidentBuilder.build(id: ids[index], company: companies.name(of: group.companyKey),
                                                   facts: members, documents: byFile))
        }
        incidents.sort { ($0.company, $0.id) < ($1.company, $1.id) }
        return Comparison(incidents: incidents, discrepancies: ranked.discrepancies, agreements: ranked.agreements)
    }

    /// The slot entries, their findings, and the ranked discrepancies and agreements; only the
    /// last two outlive the call.
    static func ranked(facts: [Fact], incidentOf: [String], documents: [String: DocumentInfo],
                       slots: [String?]) -> (discrepancies: [Discrepancy], agreements: [Agreement]) {
        let entries = SlotEntries.build(facts: facts, incidentOf: incidentOf, documents: documents, slots: slots)
        let findings = findings(entries)
        let money = Dictionary(grouping: entries.filter { $0.slot.hasPrefix("money:") }, by: \.incident)
        return (DiscrepancyRanker.discrepancies(findings, moneyByIncident: money), DiscrepancyRanker.agreements(findings))
    }

    static func findings(_ entries: [SlotEntry]) -> [Finding] {
        var findings: [Finding] = []
        // Entry positions rather than copies of the entries: a `SlotEntry` holds a fact and
        // several sets, and grouping copies of all of them twice held the slot entries three times.
        var bySlot: [String: [Int]] = [:]
        // Per incident, computed once rather than per slot: the first day a company document
        // states a data status, and the event days of company documents by slot.
        var firstCompanyStatement: [String: Int] = [:]
        var firstCompanyDocument: [String: Int] = [:]
        var companyDaysBySlot: [String: [String: Set<PartialDate>]] = [:]
        for (index, entry) in entries.enumerated() {
            bySlot[entry.incident + "\u{1}" + entry.slot, default: []].append(index)
            if entry.status != nil && entry.fact.source == .company {
                firstCompanyStatement[entry.incident] = min(firstCompanyStatement[entry.incident] ?? entry.day, entry.day)
            }
            if entry.inCompanyDocument && entry.fact.source == .company {
                firstCompanyDocument[entry.incident] = min(firstCompanyDocument[entry.incident] ?? entry.day, entry.day)
            }
            guard entry.inCompanyDocument, let value = entry.date?.value, value.day != nil else { continue }
            companyDaysBySlot[entry.incident, default: [:]][entry.slot, default: []].insert(value)
        }
        for key in bySlot.keys.sorted() {
            let slotEntries = bySlot[key]!.map { entries[$0] }
            let incident = slotEntries[0].incident, slot = slotEntries[0].slot
            // Forecast amounts ("could cost up to") are neither agreed nor contradicted.
            let numbers = slotEntries.filter { $0.number != nil && !$0.forecast }
            if !numbers.isEmpty {
                findings += NumericRules(incident: incident, slot: slot, entries: numbers, isCount: !slot.hasPrefix("money:")).detect()
                findings += AgreementRules(incident: incident, slot: slot, entries: numbers).detect()
            }
            if slot.hasPrefix("money:") {
                findings += AmountBoundRules(incident: incident, slot: slot, entries: slotEntries).detect()
            }
            let statuses = slotEntries.filter { $0.status != nil }
            if !statuses.isEmpty {
                let first = firstCompanyStatement[incident]
                findings += StatusRules(incident: incident, slot: slot, entries: statuses, firstCompanyStatement: first,
                                        firstCompanyDocument: firstCompanyDocument[incident]).detect()
            }
            let dates = slotEntries.filter { $0.date != nil }
            if !dates.isEmpty {
                var rules = DateRules(incident: incident, slot: slot, entries: dates)
                var others: Set<PartialDate> = []
                for (other, days) in companyDaysBySlot[incident] ?? [:] where other != slot { others.formUnion(days) }
                rules.otherEventDays = others
                findings += rules.detect()
                if let agreement = rules.agreement() { findings.append(agreement) }
            }
        }
        return findings
    }
}
