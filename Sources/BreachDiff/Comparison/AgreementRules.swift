/// Slots where documents agree within their qualifiers: "approximately 37 million" and "37M",
/// "more than 76 million" and "76.6 million", "up to 500 million" and "383 million" (an upper
/// bound admits any lower figure). A total that equals the sum of one document's figures for
/// separate countries agrees with them ("106M = 100M (us) + 6M (ca)").
struct AgreementRules {
    var incident: String
    var slot: String
    var entries: [SlotEntry]

    func detect() -> [Finding] {
        var findings: [Finding] = []
        let firm = entries.filter { !$0.isClaim && $0.recall == nil && $0.bounds != nil }
        let groups = Dictionary(grouping: firm, by: { $0.populationKey + "|" + $0.comparable })
        for key in groups.keys.sorted() {
            let group = groups[key]!
            // Intervals overlap pairwise exactly when the largest low end is at most the smallest
            // high end: one pass instead of testing every pair.
            let bounds = group.map { $0.bounds! }
            guard Set(group.map(\.fact.file)).count >= 2, let highestLow = bounds.map(\.low).max(),
                  let lowestHigh = bounds.map(\.high).min(), highestLow <= lowestHigh else { continue }
            findings.append(Finding(incident: incident, slot: slot, kind: nil, entries: group))
        }
        findings += sums(firm)
        return findings
    }

    /// Totals that name no country and equal the sum of one document's per-country figures.
    func sums(_ firm: [SlotEntry]) -> [Finding] {
        let totals = firm.filter { $0.named.count != 1 }
        let byFile = Dictionary(grouping: firm.filter { $0.named.count == 1 }, by: \.fact.file)
        var findings: [Finding] = []
        for file in byFile.keys.sorted() {
            let parts = Dictionary(grouping: byFile[file]!, by: { $0.named.first! })
            guard parts.count >= 2 else { continue }
            let chosen = parts.keys.sorted().compactMap { key in parts[key]!.max { $0.number! < $1.number! } }
            let sum = chosen.compactMap(\.number).reduce(0, +)
            let matching = totals.filter { ValueBounds(point: sum).overlaps($0.bounds!) && $0.fact.file != file }
            guard !matching.isEmpty else { continue }
            let words = chosen.map { "\(NoteWriter.figure($0.number!)) (\($0.populationKey))" }.joined(separator: " + ")
            findings.append(Finding(incident: incident, slot: slot, kind: nil, entries: chosen + matching,
                                    remarks: ["\(NoteWriter.figure(sum)) = \(words)"]))
        }
        return findings
    }
}
