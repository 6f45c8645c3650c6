/// The fact builder's last step: identical facts kept once, ordered by offsets.
///
/// Why not a `Set<Fact>` while building: hashing a whole fact (file, quote, payload strings)
/// for every candidate cost more than building it. Two equal facts have equal offsets, so after
/// a sort by offsets only the facts of one span need comparing; a span rarely holds more than a
/// few facts, and one that holds many falls back to a set, so the step stays linear.
enum UniqueFacts {
    /// `facts` without repeats (the first of equal facts stays), sorted by start, then end, ties
    /// in their order in `facts`: the same list as inserting them in order into a set, keeping
    /// each newly inserted one, and sorting the kept ones the same way.
    static func sorted(_ facts: [Fact]) -> [Fact] {
        // Small keys sorted, not indices into `facts`: each comparison read two whole facts
        // (about 150 bytes each) before. Same order: the index breaks every tie.
        var keys = facts.indices.map { (start: facts[$0].start, end: facts[$0].end, index: $0) }
        keys.sort { ($0.start, $0.end, $0.index) < ($1.start, $1.end, $1.index) }
        let order = keys.map(\.index)
        var result: [Fact] = []
        result.reserveCapacity(facts.count)
        var groupStart = 0
        while groupStart < order.count {
            let first = facts[order[groupStart]]
            var groupEnd = groupStart + 1
            while groupEnd < order.count, facts[order[groupEnd]].start == first.start, facts[order[groupEnd]].end == first.end {
                groupEnd += 1
            }
            let kept = result.count
            if groupEnd - groupStart > largeGroup {
                var seen: Set<Fact> = []
                for position in groupStart..<groupEnd where seen.insert(facts[order[position]]).inserted {
                    result.append(facts[order[position]])
                }
            } else {
                for position in groupStart..<groupEnd {
                    let fact = facts[order[position]]
                    // The payload differs first in nearly every pair: compare it before the rest.
                    if !result[kept...].contains(where: { $0.payload == fact.payload && $0 == fact }) { result.append(fact) }
                }
            }
            groupStart = groupEnd
        }
        return result
    }

    /// Above this many facts on one span, a set finds repeats instead of pairwise comparison.
    static let largeGroup = 16
}
