/// Merges findings into one discrepancy per incident, slot and kind, words them and ranks them
/// by how much a researcher would care: the kind (a claim or a denial contradicted matters most),
/// how far apart the figures are, how firm the speakers are and how many documents are involved.
enum DiscrepancyRanker {
    static let kindWeight: [DiscrepancyKind: Double] = [
        .claimedVsConfirmed: 3, .exposedVsDenied: 3, .conflict: 2.5, .revised: 2, .unitMismatch: 1.5,
    ]

    static func firmness(_ role: SourceRole) -> Double {
        switch role {
        case .company, .regulator, .court: 1
        case .media, .researcher: 0.8
        case .attacker: 0.6
        }
    }

    static func values(of findings: [Finding]) -> ([SlotValue], [String]) {
        var seen: Set<String> = []
        var values: [SlotValue] = []
        for value in findings.flatMap({ $0.entries.map(\.slotValue) + $0.derived }) {
            let key = "\(value.file)|\(value.start)|\(value.end)|\(value.value)|\(value.quote)|\(value.qualifier ?? "")"
            if seen.insert(key).inserted { values.append(value) }
        }
        values.sort {
            (SlotEntry.ordinal($0.published), $0.file, $0.start, $0.value, $0.quote)
                < (SlotEntry.ordinal($1.published), $1.file, $1.start, $1.value, $1.quote)
        }
        var remarks: [String] = []
        for remark in findings.flatMap(\.remarks) where !remarks.contains(remark) { remarks.append(remark) }
        return (values, remarks)
    }

    static func discrepancies(_ findings: [Finding], moneyByIncident: [String: [SlotEntry]]) -> [Discrepancy] {
        let findings = findings.map { bundledAmountIsConflict($0, amounts: moneyByIncident[$0.incident] ?? []) }
        let grouped = Dictionary(grouping: findings.filter { $0.kind != nil }, by: { "\($0.incident)|\($0.slot)|\($0.kind!.rawValue)" })
        var result: [Discrepancy] = []
        for key in grouped.keys.sorted() {
            let members = grouped[key]!
            let first = members[0]
            var (values, remarks) = values(of: members)
            if first.slot.hasPrefix("money:") {
                remarks += sumRemarks(values, amounts: moneyByIncident[first.incident] ?? [])
            }
            let kind = first.kind!
            let note = NoteWriter.note(kind: kind, slot: first.slot, values: values, remarks: remarks)
            result.append(Discrepancy(incident: first.incident, slot: first.slot, kind: kind, values: values, note: note,
                                      score: score(kind, values)))
        }
        return result.sorted { ($1.score, $0.incident, $0.slot, $0.kind.rawValue) < ($0.score, $1.incident, $1.slot, $1.kind.rawValue) }
    }

    /// "500M = 350M + 150M (money:security_investment)": a larger amount that is a smaller one
    /// plus another amount of the same incident.
    static func sumRemarks(_ values: [SlotValue], amounts: [SlotEntry]) -> [String] {
        let numbers = Set(values.compactMap { Int64($0.value) }).sorted()
        var remarks: [String] = []
        // The amounts sorted once by value: each (small, large) pair looks up only the addends near
        // large - small (a scan of every amount per pair grew with the incident's money facts).
        let sorted = amounts.indices.map { (amounts[$0].number ?? 0, $0) }.sorted { $0 < $1 }
        let lowerBound = { (value: Int64) -> Int in
            var low = 0, high = sorted.count
            while low < high { let mid = (low + high) / 2; if sorted[mid].0 < value { low = mid + 1 } else { high = mid } }
            return low
        }
        for large in numbers {
            for small in numbers where small < large {
                let difference = large - small
                let reach = Int64(Double(large) * ValueBounds.pointTolerance * 1.01) + 1
                var at: Int?
                var position = lowerBound(difference - reach)
                while position < sorted.count, sorted[position].0 <= difference + reach {
                    let (addend, index) = sorted[position]
                    if ValueBounds.samePoint(small + addend, large), addend != small, at.map({ index < $0 }) ?? true { at = index }
                    position += 1
                }
                if let at {
                    let other = amounts[at]
                    remarks.append("\(NoteWriter.figure(large)) = \(NoteWriter.figure(small)) + \(NoteWriter.figure(other.number!)) (\(other.slot), \(other.fact.file))")
                }
            }
        }
        return Array(Set(remarks)).sorted()
    }

    /// A "revised" amount that is the earlier amount plus another amount of the incident (a $350M
    /// settlement, later reported as $500M with a $150M security commitment added) is not a new
    /// figure from the same speaker but two things added up: flag it as a conflict with that sum.
    static func bundledAmountIsConflict(_ finding: Finding, amounts: [SlotEntry]) -> Finding {
        guard finding.kind == .revised, finding.slot.hasPrefix("money:"),
              !sumRemarks(finding.entries.map(\.slotValue), amounts: amounts.filter { $0.slot != finding.slot }).isEmpty
        else { return finding }
        var conflict = finding
        conflict.kind = .conflict
        return conflict
    }

    static func score(_ kind: DiscrepancyKind, _ values: [SlotValue]) -> Double {
        let numbers = values.compactMap { Double($0.value) }.filter { $0 > 0 }
        var spread = 1.0
        if let low = numbers.min(), let high = numbers.max() { spread = min(2, high / low - 1) }
        let firm = values.map { firmness($0.source) }.reduce(0, +) / Double(max(values.count, 1))
        let independence = 0.5 + Double(min(Set(values.map(\.file)).count, 4)) / 4
        let raw = kindWeight[kind]! * (1 + spread) * firm * independence
        return (raw * 1000).rounded() / 1000
    }

    static func agreements(_ findings: [Finding]) -> [Agreement] {
        let grouped = Dictionary(grouping: findings.filter { $0.kind == nil }, by: { "\($0.incident)|\($0.slot)" })
        return grouped.keys.sorted().flatMap { key -> [Agreement] in
            grouped[key]!.map { finding in
                let (values, remarks) = values(of: [finding])
                return Agreement(incident: finding.incident, slot: finding.slot, values: values,
                                 note: NoteWriter.agreementNote(slot: finding.slot, values: values, remarks: remarks))
            }
        }
    }
}
