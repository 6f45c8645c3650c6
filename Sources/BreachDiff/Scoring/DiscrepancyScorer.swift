/// Scores found discrepancies against a case's expected ones.
///
/// The rule, the same for every case:
/// 1. Each found incident is matched to the expected incident whose gold facts share the most
///    (file, value) pairs with the found incident's facts (never by id string); no shared pair,
///    no match. Values are the count or amount, the ISO date or the data-type key.
/// 2. A found discrepancy matches an expected one when its incident maps to the expected
///    incident, slot and kind are equal, and their values share at least two (file, value) pairs
///    (one when the expected discrepancy lists only one).
/// 3. Precision is found discrepancies matching at least one expected one over all found;
///    recall is expected discrepancies matched by at least one found over all expected. A found
///    discrepancy may match several expected ones (one per incident, slot and kind is listed,
///    while the gold may split a slot by population).
public struct DiscrepancyScorer: Sendable {
    public init() {}

    /// The result for one case.
    public struct Report: Sendable {
        /// Found discrepancies that match at least one expected one, and all found.
        public var foundMatched: Int
        public var found: Int
        /// Expected discrepancies matched by at least one found one, and all expected.
        public var expectedMatched: Int
        public var expected: Int
        /// Found incident id -> expected incident id.
        public var incidentMap: [String: String]
        public var missed: [ExpectedDiscrepancy]
        public var spurious: [Discrepancy]

        public var precision: Double { found == 0 ? (expected == 0 ? 1 : 0) : Double(foundMatched) / Double(found) }
        public var recall: Double { expected == 0 ? 1 : Double(expectedMatched) / Double(expected) }

        /// Sums of two reports' counts (for the overall line).
        public static func + (lhs: Report, rhs: Report) -> Report {
            Report(foundMatched: lhs.foundMatched + rhs.foundMatched, found: lhs.found + rhs.found,
                   expectedMatched: lhs.expectedMatched + rhs.expectedMatched, expected: lhs.expected + rhs.expected,
                   incidentMap: [:], missed: [], spurious: [])
        }
    }

    public func score(expected: ExpectedCase, comparison: Comparison) -> Report {
        let map = incidentMap(expected: expected, incidents: comparison.incidents)
        var matchedExpected = Set<Int>()
        var spurious: [Discrepancy] = []
        var matchedFound = 0
        for found in comparison.discrepancies {
            let pairs = Set(found.values.map { "\($0.file)|\($0.value)" })
            var hit = false
            for (index, gold) in expected.discrepancies.enumerated()
            where map[found.incident] == gold.incident && gold.slot == found.slot && gold.kind == found.kind.rawValue {
                let goldPairs = Set(gold.values.map { "\($0.file)|\($0.value.description)" })
                if pairs.intersection(goldPairs).count >= min(2, goldPairs.count) {
                    hit = true
                    matchedExpected.insert(index)
                }
            }
            if hit { matchedFound += 1 } else { spurious.append(found) }
        }
        let missed = expected.discrepancies.enumerated().filter { !matchedExpected.contains($0.offset) }.map(\.element)
        return Report(foundMatched: matchedFound, found: comparison.discrepancies.count,
                      expectedMatched: matchedExpected.count, expected: expected.discrepancies.count,
                      incidentMap: map, missed: missed, spurious: spurious)
    }

    /// Found incident id -> the expected incident sharing the most (file, value) pairs.
    public func incidentMap(expected: ExpectedCase, incidents: [Incident]) -> [String: String] {
        var goldPairs: [String: Set<String>] = [:]
        for document in expected.documents {
            for fact in document.facts {
                guard let incident = fact.incident, let value = fact.value else { continue }
                goldPairs[incident, default: []].insert("\(document.file)|\(value.description)")
            }
        }
        var map: [String: String] = [:]
        for incident in incidents {
            let pairs = Set(incident.facts.map { "\($0.file)|\(Self.value(of: $0))" })
            let best = expected.incidents.map { ($0.id, pairs.intersection(goldPairs[$0.id] ?? []).count) }
                .max { ($0.1, $1.0) < ($1.1, $0.0) }
            if let best, best.1 > 0 { map[incident.id] = best.0 }
        }
        return map
    }

    static func value(of fact: Fact) -> String {
        switch fact.payload {
        case .count(let count): String(count.value)
        case .date(let date): date.value?.description ?? ""
        case .dataType(let item): item.key.rawValue
        case .money(let money): String(money.value)
        case .vector(let name), .actor(let name): name
        }
    }
}
