/// Some entries of a slot sorted by their number, so that the rules find the figures near a value
/// by binary search instead of testing every pair of figures: a slot of a 2,000-document folder
/// holds thousands of figures, and the pairwise tests were most of the comparison's time.
///
/// Both look-ups return a superset of what the rule accepts (a margin on each side); the rule
/// still applies its own exact test to each candidate, so its answers are unchanged.
struct NumberIndex {
    /// (number, entry index), sorted by number, then index.
    private let sorted: [(value: Double, index: Int)]

    /// - Parameters:
    ///   - indices: the entries to index.
    ///   - numbers: every entry's number, by entry index.
    init(_ indices: [Int], numbers: [Int64]) {
        sorted = indices.map { (Double(numbers[$0]), $0) }.sorted { ($0.value, $0.index) < ($1.value, $1.index) }
    }

    /// The entries whose number lies within `tolerance` (relative) of `target`, in no particular order.
    func candidates(around target: Double, tolerance: Double) -> [Int] {
        let reach = abs(target) * tolerance + 1
        var position = lowerBound(target - reach)
        var found: [Int] = []
        while position < sorted.count, sorted[position].value <= target + reach {
            found.append(sorted[position].index)
            position += 1
        }
        return found
    }

    /// Calls `body` with every unordered pair of entries whose numbers may be the same point
    /// (`ValueBounds.samePoint`): each number is paired with the following ones until the gap
    /// exceeds the larger number's tolerance (plus one), a gap that only grows further on. The
    /// pairs are not gathered: a slot that repeats one figure many times has many of them.
    func forEachSamePointPair(_ body: (Int, Int) -> Void) {
        let reach = ValueBounds.pointTolerance * 1.01
        for first in sorted.indices {
            var second = first + 1
            while second < sorted.count,
                  sorted[second].value - sorted[first].value <= abs(sorted[second].value) * reach + 1 {
                body(sorted[first].index, sorted[second].index)
                second += 1
            }
        }
    }

    /// The first position whose value is at least `value`.
    private func lowerBound(_ value: Double) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].value < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
