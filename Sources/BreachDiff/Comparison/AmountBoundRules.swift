/// Amounts of one money event given as a floor and a ceiling ("will pay at least $575 million,
/// and possibly as much as $700 million"). A ceiling is a forecast and is otherwise never
/// compared, yet a headline that quotes the ceiling and a story that quotes the floor read as two
/// different sums. The pair is reported as a conflict whose note says that the two are bounds of
/// one amount, so a reader sees why the figures differ and that they do not contradict.
struct AmountBoundRules {
    var incident: String
    var slot: String
    /// Every amount of the slot, forecasts included.
    var entries: [SlotEntry]

    /// Which end of a possible amount a quote gives.
    enum Bound: Equatable { case floor, ceiling }

    /// "at least", "a minimum of", "no less than" give a floor; "up to", "as much as", "as high
    /// as", "a maximum of" a ceiling; nil for an amount given as it is.
    static func bound(of quote: String) -> Bound? {
        let words = QuoteCues.words(quote)
        let has = { (sequence: [String]) in QuoteCues.containsSequence(words, sequence) }
        let floor = has(["at", "least"]) || has(["minimum", "of"]) || has(["no", "less", "than"])
        let ceiling = has(["up", "to"]) || has(["as", "much", "as"]) || has(["as", "high", "as"]) || has(["maximum", "of"])
        if floor == ceiling { return nil }
        return floor ? .floor : .ceiling
    }

    func detect() -> [Finding] {
        guard slot.hasPrefix("money:") else { return [] }
        let claims = entries.filter { !$0.isClaim && $0.number != nil }
        let floors = claims.filter { Self.bound(of: $0.fact.quote) == .floor }
        var involved: [SlotEntry] = []
        for floor in floors {
            let ceilings = claims.filter {
                Self.bound(of: $0.fact.quote) == .ceiling && $0.comparable == floor.comparable
                    && Double($0.number!) > Double(floor.number!) * (1 + ValueBounds.pointTolerance)
            }
            guard !ceilings.isEmpty else { continue }
            involved.append(floor)
            involved += ceilings
        }
        guard !involved.isEmpty else { return [] }
        // One value per fact: a ceiling above two floors is listed once.
        var seen: Set<String> = []
        let unique = involved.filter { seen.insert("\($0.fact.file)|\($0.fact.start)|\($0.number!)").inserted }
        return [Finding(incident: incident, slot: slot, kind: .conflict, entries: unique,
                        remarks: ["a floor and a ceiling of one amount, not a contradiction"])]
    }
}
