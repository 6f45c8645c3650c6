/// Precision and recall of one class of items.
public struct ScoreTally: Sendable, Equatable, Codable {
    public var label: String
    public var matched: Int
    public var extracted: Int
    public var expected: Int

    public init(label: String, matched: Int = 0, extracted: Int = 0, expected: Int = 0) {
        self.label = label
        self.matched = matched
        self.extracted = extracted
        self.expected = expected
    }

    public var precision: Double { extracted == 0 ? (expected == 0 ? 1 : 0) : Double(matched) / Double(extracted) }
    public var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func + (lhs: ScoreTally, rhs: ScoreTally) -> ScoreTally {
        ScoreTally(label: lhs.label, matched: lhs.matched + rhs.matched,
                   extracted: lhs.extracted + rhs.extracted, expected: lhs.expected + rhs.expected)
    }
}

/// How strictly a fact must agree with the gold fact to count as found.
public enum MatchLevel: String, Sendable, CaseIterable, Codable {
    /// Same document, type and value (count/money amount, date, data-type key).
    case value
    /// As `value`, plus the role: the speaker (`source`) and the type's role field
    /// (count unit, date event, data-type status, money event).
    case role
}

/// One fact that did not match, for `score --unmatched`.
public struct UnmatchedFact: Sendable, Equatable {
    public var file: String
    public var key: String
    public var quote: String
}

/// The result of scoring one case's facts.
public struct FactScoreReport: Sendable {
    /// Per fact type and level, in `FactScorer.scoredTypes` order.
    public var tallies: [MatchLevel: [ScoreTally]]
    public var missed: [MatchLevel: [UnmatchedFact]]
    public var spurious: [MatchLevel: [UnmatchedFact]]
    /// Documents of the folder that `expected.json` does not list (not scored).
    public var unscoredFiles: [String]
}

/// Scores extracted facts against a case's `expected.json`.
///
/// The rule, the same for every case: within each document listed in `expected.json`, the
/// distinct keys of the extracted facts are compared with the distinct keys of the expected facts
/// (a fact stated three times in a document is one key). A key is the fact's type and value, and
/// at the `role` level also its speaker and role field (see `MatchLevel`). Precision is matched
/// keys over extracted keys, recall matched keys over expected keys, summed over documents
/// (micro-average). Only count, date, data_type and money facts are scored (the gold has no others).
public struct FactScorer: Sendable {
    public static let scoredTypes: [FactType] = [.count, .date, .dataType, .money]

    public init() {}

    public func score(expected: ExpectedCase, facts: [Fact]) -> FactScoreReport {
        let listed = Set(expected.documents.map(\.file))
        var byFile: [String: [Fact]] = [:]
        for fact in facts { byFile[fact.file, default: []].append(fact) }
        var tallies: [MatchLevel: [ScoreTally]] = [:]
        var missed: [MatchLevel: [UnmatchedFact]] = [:]
        var spurious: [MatchLevel: [UnmatchedFact]] = [:]
        for level in MatchLevel.allCases {
            var perType = Self.scoredTypes.map { ScoreTally(label: $0.rawValue) }
            for document in expected.documents {
                let gold = document.facts.compactMap { $0.fact(file: document.file) }
                let found = byFile[document.file] ?? []
                for (index, type) in Self.scoredTypes.enumerated() {
                    let goldKeys = Self.keys(gold.filter { $0.type == type }, level: level)
                    let foundKeys = Self.keys(found.filter { $0.type == type }, level: level)
                    let hits = Set(goldKeys.keys).intersection(foundKeys.keys)
                    perType[index].matched += hits.count
                    perType[index].expected += goldKeys.count
                    perType[index].extracted += foundKeys.count
                    for (key, quote) in goldKeys.sorted(by: { $0.key < $1.key }) where !hits.contains(key) {
                        missed[level, default: []].append(UnmatchedFact(file: document.file, key: key, quote: quote))
                    }
                    for (key, quote) in foundKeys.sorted(by: { $0.key < $1.key }) where !hits.contains(key) {
                        spurious[level, default: []].append(UnmatchedFact(file: document.file, key: key, quote: quote))
                    }
                }
            }
            tallies[level] = perType
        }
        let unscored = Set(byFile.keys).subtracting(listed).sorted()
        return FactScoreReport(tallies: tallies, missed: missed, spurious: spurious, unscoredFiles: unscored)
    }

    /// Distinct keys of the facts with the first quote seen for each.
    static func keys(_ facts: [Fact], level: MatchLevel) -> [String: String] {
        var result: [String: String] = [:]
        for fact in facts {
            let key = Self.key(fact, level: level)
            if result[key] == nil { result[key] = fact.quote }
        }
        return result
    }

    /// `count 37000000`, or at the role level `count 37000000 accounts company`.
    public static func key(_ fact: Fact, level: MatchLevel) -> String {
        let value: String
        let role: String
        switch fact.payload {
        case .count(let count):
            value = String(count.value)
            role = count.unit
        case .date(let date):
            value = date.value?.description ?? "unresolved"
            role = date.event.rawValue
        case .dataType(let dataType):
            value = dataType.key.rawValue
            role = dataType.status.rawValue
        case .money(let money):
            value = "\(money.value) \(money.currency)"
            role = money.event.rawValue
        case .vector(let name), .actor(let name):
            value = name
            role = ""
        }
        let base = "\(fact.type.rawValue) \(value)"
        return level == .value ? base : "\(base) \(role) \(fact.source.rawValue)"
    }
}
