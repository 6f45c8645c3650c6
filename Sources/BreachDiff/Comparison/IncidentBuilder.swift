/// Gives grouped facts their incident ids, summaries, document lists and timelines.
enum IncidentBuilder {
    /// Ids `<company slug>-<year>`, with `-2`, `-3` for a company's further incidents of one year,
    /// numbered in order of first report. The year is the one the incident became known (its first
    /// news cycle), as researchers name breaches; when two incidents of the company became known
    /// the same year, each is named by the year of its intrusion instead (`IncidentGroup.idYear`).
    static func ids(_ groups: [IncidentGroup], companies: DocumentCompanies) -> [String] {
        var disclosures: [String: [Int: Int]] = [:]
        for group in groups { if let year = group.disclosureYear { disclosures[group.companyKey, default: [:]][year, default: 0] += 1 } }
        let years = groups.map { group -> Int? in
            guard let known = group.disclosureYear, disclosures[group.companyKey]?[known] == 1 else { return group.idYear }
            return known
        }
        var ids = Array(repeating: "", count: groups.count)
        let order = groups.indices.sorted {
            (groups[$0].companyKey, years[$0] ?? 0, groups[$0].firstDay, groups[$0].order)
                < (groups[$1].companyKey, years[$1] ?? 0, groups[$1].firstDay, groups[$1].order)
        }
        var used: [String: Int] = [:]
        for index in order {
            let base = CompanyName.slug(companies.name(of: groups[index].companyKey)) + (years[index].map { "-\($0)" } ?? "")
            used[base, default: 0] += 1
            ids[index] = used[base]! == 1 ? base : "\(base)-\(used[base]!)"
        }
        return ids
    }

    static func statement(_ fact: Fact) -> String {
        switch fact.payload {
        case .count(let count):
            let qualifier = count.qualifier == .exact ? "" : count.qualifier.rawValue.replacingOccurrences(of: "_", with: " ") + " "
            // A range reads as one: "range 10M-100M records".
            let figure = count.qualifier == .range && count.low != nil && count.high != nil && count.low != count.high
                ? NoteWriter.figure(count.low!) + "-" + NoteWriter.figure(count.high!) : NoteWriter.figure(count.value)
            return "count: \(qualifier)\(figure) \(count.unit)"
        case .date(let date): return "\(date.event.rawValue): \(date.value?.description ?? date.expression)"
        case .dataType(let item): return "\(item.key.rawValue): \(item.status.rawValue)"
        case .money(let money): return "\(money.event.rawValue): \(NoteWriter.figure(money.value)) \(money.currency)"
        case .vector(let vector): return "vector: \(vector)"
        case .actor(let actor): return "actor: \(actor)"
        }
    }

    static func build(id: String, company: String, facts: [Fact], documents: [String: DocumentInfo]) -> Incident {
        // Sort keys computed once per fact, not per comparison.
        let keys = facts.map { (SlotEntry.ordinal(documents[$0.file]?.published), $0.file, $0.start, $0.end, statement($0)) }
        let ordered = facts.indices.sorted { keys[$0] < keys[$1] }.map { facts[$0] }
        var files: [String] = []
        var seen: Set<String> = []
        for fact in ordered where seen.insert(fact.file).inserted { files.append(fact.file) }
        let timeline = ordered.map {
            TimelineEntry(published: documents[$0.file]?.published, file: $0.file, source: $0.source, stance: $0.stance,
                          statement: statement($0), quote: $0.quote)
        }
        return Incident(id: id, company: company, summary: summary(id: id, company: company, facts: ordered),
                        documents: files, facts: ordered, timeline: timeline)
    }

    /// "T-Mobile US, Inc., 2021: api_abuse; 37M accounts confirmed by the company (6 documents)".
    static func summary(id: String, company: String, facts: [Fact]) -> String {
        let year = id.split(separator: "-").first { $0.count == 4 && Int($0) != nil }.map(String.init)
        var parts = [company + (year.map { ", \($0)" } ?? "")]
        var vectors: [String: Int] = [:]
        for fact in facts { if case .vector(let name) = fact.payload { vectors[name, default: 0] += 1 } }
        if let vector = vectors.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key { parts.append(vector) }
        let confirmed = facts.compactMap { fact -> (Int64, String)? in
            guard case .count(let count) = fact.payload, fact.source == .company, fact.stance == .confirmed,
                  SlotNaming.slot(of: fact) == "count", !QuoteCues.isIncrement(fact.quote) else { return nil }
            return (count.value, count.unit)
        }
        if let largest = confirmed.max(by: { ($0.0, $1.1) < ($1.0, $0.1) }) {
            parts.append("\(NoteWriter.figure(largest.0)) \(largest.1) confirmed by the company")
        }
        let files = Set(facts.map(\.file)).count
        return parts.joined(separator: ": ") + " (\(files) document\(files == 1 ? "" : "s"))"
    }
}
