/// Turns assigned facts into `SlotEntry` values, resolving each figure's population: countries
/// and status words of its quote; a figure that names no country takes its document's main
/// country (named by more of the document's counts than any other), and within a slot that names
/// only one country, that country. A count inside a sentence about exactly one data type counts
/// that data type; "another"/"additional" adds to an earlier figure only when the document gives
/// no figure for a different population it could be additional to.
enum SlotEntries {
    /// - Parameter slots: each fact's `SlotNaming.slot(of:)`, when the caller has them already.
    static func build(facts: [Fact], incidentOf: [String], documents: [String: DocumentInfo], slots: [String?]? = nil) -> [SlotEntry] {
        var mainCountry: [String: Set<String>] = [:]
        var tallies: [String: [String: Int]] = [:]
        for fact in facts {
            guard case .count(let count) = fact.payload else { continue }
            let countries = figureCountries(count.value, fact.quote)
            if !countries.isEmpty { tallies[fact.file, default: [:]][countries.sorted().joined(separator: "+"), default: 0] += 1 }
        }
        for (file, counts) in tallies {
            let total = counts.values.reduce(0, +)
            // A plurality: more of the document's counts name it than any other country.
            let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            if let best = ranked.first, ranked.count == 1 || ranked[1].value < best.value, total > 0 {
                mainCountry[file] = Set(best.key.split(separator: "+").map(String.init))
            }
        }
        let nearby = nearbyCountries(facts)
        var entries: [SlotEntry] = []
        entries.reserveCapacity(facts.count)
        for (index, fact) in facts.enumerated() {
            guard let slot = slots.map({ $0[index] }) ?? SlotNaming.slot(of: fact) else { continue }
            let document = documents[fact.file]
            var entry = SlotEntry(
                fact: fact, incident: incidentOf[index], kind: document?.kind ?? .unknown, published: document?.published,
                day: SlotEntry.ordinal(document?.published), slot: slot, population: [], unitGroup: "", comparable: "")
            switch fact.payload {
            case .count(let count):
                let countries = figureCountries(count.value, fact.quote)
                entry.named = countries
                // "worldwide", "globally": explicitly everyone, whatever the document's main country.
                let global = isWorldwide(fact.quote)
                entry.population = (countries.isEmpty && !global ? mainCountry[fact.file] ?? nearby[index] ?? [] : countries)
                    .union(FigureCues.statuses(of: count.value, in: fact.quote) ?? QuoteCues.statuses(in: fact.quote))
                entry.unitGroup = SlotEntry.unitGroup(count.unit)
                // Cards are card accounts, whatever noun the extractor gave the figure ("records").
                if slot == "count", CardAccountCues.countsCards(count.value, in: fact.quote) { entry.unitGroup = "accounts" }
                // Former or prospective customers are people who are not (yet, or any longer) customers.
                if entry.unitGroup == "customers", !entry.population.isDisjoint(with: ["former", "prospective"]) { entry.unitGroup = "people" }
                // "current and former members" are everyone who ever was one: no sub-population.
                if entry.population.isSuperset(of: ["current", "former"]) { entry.population.subtract(["current", "former", "prospective"]) }
                entry.comparable = SlotEntry.comparable(entry.unitGroup)
                entry.number = count.value
                entry.bounds = ValueBounds(count)
                entry.increment = QuoteCues.isIncrement(fact.quote)
                entry.vague = count.qualifier == .range && Double(count.high ?? count.value) >= 3 * Double(max(1, count.low ?? count.value))
                // A company's own release or filing that "could affect about 143 million" is how a
                // company announces its count, not a possibility relayed by others.
                entry.hedged = FigureCues.isHedged(fact.quote) && !(entry.isAuthority && entry.inCompanyDocument)
                entry.recordsOfPeople = entry.unitGroup == "records" && FigureCues.isRecordsOfPeople(fact.quote)
                entry.recall = QuoteCues.recall(in: fact.quote)
            case .money(let money):
                entry.unitGroup = money.currency
                entry.comparable = money.currency
                entry.number = money.value
                entry.bounds = ValueBounds(point: money.value)
                entry.forecast = FigureCues.isForecast(fact.quote)
                entry.recall = QuoteCues.recall(in: fact.quote)
            case .dataType(let item):
                entry.status = fact.source == .attacker && item.status == .exposed ? .claimed : item.status
                // "home addresses ... of UK consumers were not in the file": a statement about
                // one country's people is scoped to them; else the document's main country, else the
                // country of the figures just before it.
                let own = QuoteCues.countries(in: fact.quote)
                entry.population = own.isEmpty ? mainCountry[fact.file] ?? nearby[index] ?? [] : own
            case .date(let date):
                entry.date = date
            case .vector, .actor:
                continue
            }
            entries.append(entry)
        }
        // Each step updates the entries in place: mapping them into a new array at every step
        // held two copies of every entry of a large folder at once.
        scopeStatuses(&entries, mainCountry: mainCountry)
        moveIntoDataTypes(&entries)
        nationalItems(&entries)
        adoptSoleCountry(&entries)
        worldwideFigures(&entries)
        resolveIncrements(&entries)
        SettlementParties.separate(&entries)
        for index in entries.indices {
            // Counts of one data item compare whatever noun carries them ("140,000 SSNs" and
            // "4,700 customers whose SSNs"): records and people are one class there.
            if entries[index].slot.hasPrefix("data_type:"), ["affected", "records"].contains(entries[index].comparable) {
                entries[index].comparable = "items"
            }
        }
        return entries
    }

    /// A statement about a data type in a document that names no country is about the incident's
    /// main country (the one most of its documents' counts name, if one leads): a US article's
    /// list of data taken is not contradicted by a UK notice's denial about UK consumers.
    static func scopeStatuses(_ entries: inout [SlotEntry], mainCountry: [String: Set<String>]) {
        var documents: [String: [String: Set<String>]] = [:]
        for entry in entries {
            guard let country = mainCountry[entry.fact.file] else { continue }
            documents[entry.incident, default: [:]][country.sorted().joined(separator: "+"), default: []].insert(entry.fact.file)
        }
        let main = documents.compactMapValues { byCountry -> Set<String>? in
            let ranked = byCountry.map { ($0.key, $0.value.count) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            guard let best = ranked.first, ranked.count == 1 || ranked[1].1 < best.1 else { return nil }
            return Set(best.0.split(separator: "+").map(String.init))
        }
        for index in entries.indices where entries[index].status != nil && entries[index].population.isEmpty {
            if let country = main[entries[index].incident] { entries[index].population = country }
        }
    }

    /// "worldwide", "globally", "overall", "around the world": explicitly everyone, whatever the
    /// document's main country.
    static func isWorldwide(_ quote: String) -> Bool {
        let words = QuoteCues.words(quote)
        if words.contains(where: { ["worldwide", "globally", "global", "overall"].contains($0) }) { return true }
        return ["around", "across", "over"].contains { QuoteCues.containsSequence(words, [$0, "the", "world"]) }
    }

    /// A figure the incident's documents elsewhere give as worldwide ("57 million users around the
    /// world") is the worldwide figure wherever it is repeated without a country: a page about one
    /// country's regulator that recalls it does not make it that country's.
    static func worldwideFigures(_ entries: inout [SlotEntry]) {
        var worldwide: [String: [Int64]] = [:]
        for entry in entries where entry.number != nil && entry.named.isEmpty && entry.slot == "count" && isWorldwide(entry.fact.quote) {
            worldwide[entry.incident + "|" + entry.comparable, default: []].append(entry.number!)
        }
        guard !worldwide.isEmpty else { return }
        for index in entries.indices {
            let entry = entries[index]
            guard entry.slot == "count", let number = entry.number, entry.named.isEmpty,
                  let figures = worldwide[entry.incident + "|" + entry.comparable],
                  figures.contains(where: { ValueBounds.samePoint($0, number) }) else { continue }
            entries[index].population = entry.population.intersection(QuoteCues.statusWords)
        }
    }

    /// Characters between a statement and the figure before it within which the statement shares
    /// the figure's country: a list of UK figures under a UK heading, "2.5 million more U.S.
    /// consumers ..., bringing the total to 145.5 million".
    static let nearbyReach = 300

    /// Per fact index, the countries of the count just before it in its document (its own, or
    /// those it took the same way), when that count ends at most `nearbyReach` characters before
    /// the fact starts. Used when the fact names no country and its document has no main country:
    /// in a document about several countries alike, the section's country is the best guess.
    static func nearbyCountries(_ facts: [Fact]) -> [Int: Set<String>] {
        let order = facts.indices.sorted { (facts[$0].file, facts[$0].start) < (facts[$1].file, facts[$1].start) }
        var result: [Int: Set<String>] = [:]
        var last: (file: String, end: Int, unit: String, countries: Set<String>)?
        for index in order {
            let fact = facts[index]
            var countries: Set<String> = []
            var unit: String?
            if case .count(let count) = fact.payload {
                countries = figureCountries(count.value, fact.quote)
                unit = count.unit
            }
            // A count follows the figure before it only when it counts the same thing: "6 million
            // Canadian clients. About 80,000 bank account numbers ..." does not make the accounts Canadian.
            if countries.isEmpty, let last, last.file == fact.file, fact.start - last.end <= nearbyReach, unit == nil || unit == last.unit {
                result[index] = last.countries
                countries = last.countries
            }
            if let unit, !countries.isEmpty { last = (fact.file, max(fact.end, last?.file == fact.file ? last!.end : 0), unit, countries) }
        }
        return result
    }

    /// The countries of a figure: its own part of the quote when the quote names several.
    static func figureCountries(_ value: Int64, _ quote: String) -> Set<String> {
        FigureCues.countries(of: value, in: quote) ?? QuoteCues.countries(in: quote)
    }

    /// "about 140,000 were compromised" inside "Most Social Security numbers were protected, but
    /// about 140,000 were compromised": the count is of the one data type its sentence is about.
    static func moveIntoDataTypes(_ entries: inout [SlotEntry]) {
        var covering: [String: [(Range<Int>, DataTypeKey, String)]] = [:]
        for entry in entries {
            if case .dataType(let item) = entry.fact.payload, entry.fact.end > entry.fact.start {
                covering[entry.fact.file, default: []].append((entry.fact.start..<entry.fact.end, item.key, entry.fact.quote))
            }
        }
        var following: [String: [(Int, DataTypeKey)]] = [:]
        for entry in entries {
            if case .dataType(let item) = entry.fact.payload, QuoteCues.words(entry.fact.quote).first == "whose" {
                following[entry.fact.file, default: []].append((entry.fact.start, item.key))
            }
        }
        // Reads only the data-type entries, whose slots do not change: updating in place is safe.
        let newSlot = { (entry: SlotEntry) -> String? in
            // "names, Social Security numbers, addresses and driver's license numbers of 143 million
            // consumers": the count's own quote names the last item only, but the data-type quote
            // around it lists several items of that one figure, so it counts the people.
            if case .count(let count) = entry.fact.payload, count.dataType == nil, entry.slot.hasPrefix("data_type:") {
                let listed = Set((covering[entry.fact.file] ?? []).filter {
                    $0.0.lowerBound <= entry.fact.start && entry.fact.end <= $0.0.upperBound
                        && DataItemCues.figureCounts(entry.number ?? 0, item: $0.1, in: $0.2)
                }.map(\.1))
                if listed.count >= 2 { return "count" }
            }
            guard entry.slot == "count", entry.fact.end > entry.fact.start, entry.unitGroup != "accounts"
                    || !CardAccountCues.countsCards(entry.number ?? 0, in: entry.fact.quote) else { return nil }
            // A data-type quote that covers the count names what it counts, unless the quote holds
            // several figures and the item belongs to another one of them.
            var keys = Set((covering[entry.fact.file] ?? []).filter {
                $0.0.lowerBound <= entry.fact.start && entry.fact.end <= $0.0.upperBound
                    && DataItemCues.figureCounts(entry.number ?? 0, item: $0.1, in: $0.2)
            }.map(\.1))
            // "4,700 customers" followed at once by "whose Social Security numbers were accessed":
            // the relative clause names what the figure counts.
            if keys.isEmpty {
                keys = Set((following[entry.fact.file] ?? []).filter {
                    $0.0 >= entry.fact.end && $0.0 - entry.fact.end <= maxWhoseGap
                }.map(\.1))
            }
            // A category of data ("health information of about 100 million people", "call logs of
            // 110 million accounts") is not an item one counts: the figure counts the people or
            // accounts and stays a count.
            guard keys.count == 1, let key = keys.first else { return nil }
            if !DataItemCues.isCountableItem(key), DataItemCues.countsOwners(entry.number ?? 0, in: entry.fact.quote) { return nil }
            return "data_type:" + key.rawValue
        }
        for index in entries.indices {
            if let slot = newSlot(entries[index]) { entries[index].slot = slot }
        }
    }

    /// Data items issued by one country's government.
    static let nationalItems: [String: String] = ["data_type:" + DataTypeKey.ssn.rawValue: "us"]

    /// A national identifier belongs to one country: a figure of it that names no country is about
    /// that country, not the document's several ("140,000 Social Security numbers" in a release
    /// about U.S. and Canadian customers).
    static func nationalItems(_ entries: inout [SlotEntry]) {
        for index in entries.indices where entries[index].number != nil && entries[index].named.isEmpty {
            guard let country = nationalItems[entries[index].slot] else { continue }
            entries[index].population = entries[index].population.subtracting(QuoteCues.countryWords.values).union([country])
        }
    }

    /// Characters allowed between a count's quote and a data-type quote starting with "whose".
    static let maxWhoseGap = 3

    /// Drops the increment reading when the same document gives a figure of another population in
    /// the slot ("100 million in the U.S. and an additional 6 million in Canada").
    static func resolveIncrements(_ entries: inout [SlotEntry]) {
        // Siblings' populations bucketed once by (file, incident, slot): a scan of all entries per
        // increment was quadratic.
        let key = { (entry: SlotEntry) in [entry.fact.file, entry.incident, entry.slot] }
        var siblingsByKey: [[String]: [Set<String>]] = [:]
        for entry in entries where entry.number != nil && !entry.increment {
            siblingsByKey[key(entry), default: []].append(entry.population)
        }
        for index in entries.indices where entries[index].increment {
            let population = entries[index].population
            let siblings = siblingsByKey[key(entries[index])] ?? []
            let samePopulation = siblings.contains { $0 == population }
            let otherPopulation = siblings.contains { !$0.isEmpty && $0 != population }
            if otherPopulation && !samePopulation { entries[index].increment = false }
        }
    }

    /// Within one incident and slot, figures that name no country join the only country named.
    static func adoptSoleCountry(_ entries: inout [SlotEntry]) {
        var countriesBySlot: [String: Set<String>] = [:]
        for entry in entries where entry.number != nil {
            let countries = entry.population.subtracting(QuoteCues.statusWords)
            if !countries.isEmpty { countriesBySlot[entry.incident + "|" + entry.slot, default: []].insert(countries.sorted().joined(separator: "+")) }
        }
        for index in entries.indices where entries[index].number != nil {
            let key = entries[index].incident + "|" + entries[index].slot
            if entries[index].population.subtracting(QuoteCues.statusWords).isEmpty,
               let only = countriesBySlot[key], only.count == 1, let countries = only.first {
                entries[index].population.formUnion(countries.split(separator: "+").map(String.init))
            }
        }
    }
}
