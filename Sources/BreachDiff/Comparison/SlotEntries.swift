/// Turns assigned facts into `SlotEntry` values, resolving each figure's population: countries
/// and status words of its quote; a figure that names no country takes its document's main
/// country (the strict majority of the document's counts), and within a slot that names only one
/// country, that country.
enum SlotEntries {
    static func build(facts: [Fact], incidentOf: [String], documents: [String: DocumentInfo]) -> [SlotEntry] {
        var mainCountry: [String: Set<String>] = [:]
        var tallies: [String: [String: Int]] = [:]
        for fact in facts {
            guard case .count = fact.payload else { continue }
            let countries = QuoteCues.countries(in: fact.quote)
            if !countries.isEmpty { tallies[fact.file, default: [:]][countries.sorted().joined(separator: "+"), default: 0] += 1 }
        }
        for (file, counts) in tallies {
            let total = counts.values.reduce(0, +)
            if let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value * 2 > total {
                mainCountry[file] = Set(best.key.split(separator: "+").map(String.init))
            }
        }
        var entries: [SlotEntry] = []
        for (index, fact) in facts.enumerated() {
            guard let slot = SlotNaming.slot(of: fact) else { continue }
            let document = documents[fact.file]
            var entry = SlotEntry(
                fact: fact, incident: incidentOf[index], kind: document?.kind ?? .unknown, published: document?.published,
                day: SlotEntry.ordinal(document?.published), slot: slot, population: [], unitGroup: "", comparable: "")
            switch fact.payload {
            case .count(let count):
                let countries = QuoteCues.countries(in: fact.quote)
                entry.population = (countries.isEmpty ? mainCountry[fact.file] ?? [] : countries)
                    .union(QuoteCues.statuses(in: fact.quote))
                entry.unitGroup = SlotEntry.unitGroup(count.unit)
                entry.comparable = SlotEntry.comparable(entry.unitGroup)
                entry.number = count.value
                entry.bounds = ValueBounds(count)
                entry.increment = QuoteCues.isIncrement(fact.quote)
                entry.recall = QuoteCues.recall(in: fact.quote)
            case .money(let money):
                entry.unitGroup = money.currency
                entry.comparable = money.currency
                entry.number = money.value
                entry.bounds = ValueBounds(point: money.value)
                entry.recall = QuoteCues.recall(in: fact.quote)
            case .dataType(let item):
                entry.status = fact.source == .attacker && item.status == .exposed ? .claimed : item.status
                entry.population = mainCountry[fact.file] ?? []
            case .date(let date):
                entry.date = date
            case .vector, .actor:
                continue
            }
            entries.append(entry)
        }
        return adoptSoleCountry(entries)
    }

    /// Within one incident and slot, figures that name no country join the only country named.
    static func adoptSoleCountry(_ entries: [SlotEntry]) -> [SlotEntry] {
        var countriesBySlot: [String: Set<String>] = [:]
        for entry in entries where entry.number != nil {
            let countries = entry.population.subtracting(QuoteCues.statusWords)
            if !countries.isEmpty { countriesBySlot[entry.incident + "|" + entry.slot, default: []].insert(countries.sorted().joined(separator: "+")) }
        }
        return entries.map { entry in
            var entry = entry
            let key = entry.incident + "|" + entry.slot
            if entry.number != nil, entry.population.subtracting(QuoteCues.statusWords).isEmpty,
               let only = countriesBySlot[key], only.count == 1, let countries = only.first {
                entry.population.formUnion(countries.split(separator: "+").map(String.init))
            }
            return entry
        }
    }
}
