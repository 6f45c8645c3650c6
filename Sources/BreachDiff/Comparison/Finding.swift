/// A discrepancy or agreement before merging and wording: the entries involved and any derived
/// figure ("7.8M + 5.3M = 13.1M") or remark ("500M = 350M + 150M") that explains it.
struct Finding {
    var incident: String
    var slot: String
    var kind: DiscrepancyKind?
    var entries: [SlotEntry]
    var derived: [SlotValue] = []
    var remarks: [String] = []

    init(incident: String, slot: String, kind: DiscrepancyKind?, entries: [SlotEntry], derived: [SlotValue] = [], remarks: [String] = []) {
        self.incident = incident
        self.slot = slot
        self.kind = kind
        self.entries = entries
        self.derived = derived
        self.remarks = remarks
    }
}

extension SlotEntry {
    /// The entry as an output value.
    var slotValue: SlotValue {
        var unit: String?
        var qualifier: String?
        switch fact.payload {
        case .count(let count):
            unit = count.unit
            qualifier = count.qualifier.rawValue
        case .money(let money): unit = money.currency
        case .date(let date): qualifier = date.qualifier.rawValue
        default: break
        }
        var value = SlotValue(file: fact.file, value: valueText, unit: unit, qualifier: qualifier, source: fact.source,
                              stance: fact.stance, published: published, quote: fact.quote, start: fact.start, end: fact.end)
        value.population = population.isEmpty ? nil : populationKey
        if case .count(let count) = fact.payload, count.qualifier == .range, let low = count.low, let high = count.high, low != high {
            value.low = low
            value.high = high
        }
        return value
    }

    /// A derived figure stated by this entry's sentence: "another 5.3 million" on top of 7.8 million.
    func derivedValue(_ number: Int64) -> SlotValue {
        var value = slotValue
        value.value = String(number)
        value.qualifier = "sum"
        value.low = nil
        value.high = nil
        return value
    }
}
