/// A total that adds figures of different units: one authority document gives "40 million card
/// accounts" and "up to 70 million individuals" (with overlap between them), and another document
/// reports "as many as 110 million people". The 110M adds accounts to people, a unit mismatch a
/// researcher wants to see beside the parts it was summed from.
enum MixedUnitSums {
    /// The parts (each unit group's largest firm figure of one authority document, two groups of
    /// the same status population)
    /// and every total in another document that equals their sum. Per document only its two
    /// largest unit groups are summed: a quadratic search over all pairs is never needed.
    static func find(entries: [SlotEntry], firm: [Int]) -> Set<Int> {
        let candidates = firm.filter {
            entries[$0].comparable == "affected" && entries[$0].number != nil && !isRange(entries[$0])
        }
        guard candidates.count >= 2 else { return [] }
        // The total may be hedged ("may have touched as many as 110 million"): the sum of units is
        // the point, not how firm the writer is. A claim is another story (the seller's count).
        let sums = entries.indices.filter {
            entries[$0].comparable == "affected" && entries[$0].number != nil && !isRange(entries[$0]) && !entries[$0].isClaim
                && entries[$0].fact.stance != .denied
        }
        let totals = NumberIndex(sums, numbers: entries.map { $0.number ?? 0 })
        var involved: Set<Int> = []
        let byFile = Dictionary(grouping: candidates.filter { entries[$0].isAuthority }, by: { entries[$0].fact.file })
        for file in byFile.keys.sorted() {
            let byUnit = Dictionary(grouping: byFile[file]!, by: { entries[$0].unitGroup })
            guard byUnit.count == 2 else { continue }
            let parts = byUnit.keys.sorted().compactMap { unit in byUnit[unit]!.max { entries[$0].number! < entries[$1].number! } }
            // "7.6 million current customers and 65.4 million former ones": parts of different
            // statuses are a split of one population (former customers read as people), not a mix.
            let statuses = Set(parts.map { entries[$0].population.intersection(QuoteCues.statusWords) })
            guard statuses.count == 1 else { continue }
            let sum = parts.compactMap { entries[$0].number }.reduce(0, +)
            let found = totals.candidates(around: Double(sum), tolerance: ValueBounds.pointTolerance).filter {
                entries[$0].fact.file != file && ValueBounds.samePoint(entries[$0].number!, sum)
            }
            guard !found.isEmpty else { continue }
            involved.formUnion(parts + found)
        }
        return involved
    }

    static func isRange(_ entry: SlotEntry) -> Bool {
        if case .count(let count) = entry.fact.payload { return count.qualifier == .range }
        return false
    }
}
