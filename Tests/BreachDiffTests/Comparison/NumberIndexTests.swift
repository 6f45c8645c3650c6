import Testing
@testable import BreachDiff

/// `NumberIndex` replaces pairwise loops in the comparison rules; it may return more candidates
/// than a rule accepts, never fewer. Checked against the brute-force loops on seeded figures.
@Suite struct NumberIndexTests {
    /// Figures of the shapes the rules see: repeats, roundings, thousand-fold slips, small counts.
    static func figures(seed: UInt64, count: Int) -> [Int64] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let bases: [Int64] = [37_000_000, 36_990_000, 37_000, 500, 76_600_000, 7_800_000, 1, 0, 145_500_000]
        return (0..<count).map { _ in
            let base = bases[Int(next() % UInt64(bases.count))]
            switch next() % 4 {
            case 0: return base
            case 1: return base + Int64(next() % 1_000)
            case 2: return base * 1_000
            default: return Int64(next() % 200_000_000)
            }
        }
    }

    @Test("Every same-point pair is visited", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func samePointPairs(seed: UInt64) {
        let numbers = Self.figures(seed: seed, count: 160)
        let indices = Array(numbers.indices)
        var visited: Set<[Int]> = []
        NumberIndex(indices, numbers: numbers).forEachSamePointPair { a, b in visited.insert([min(a, b), max(a, b)]) }
        var expected = 0
        for a in indices { for b in indices where a < b && ValueBounds.samePoint(numbers[a], numbers[b]) {
            expected += 1
            #expect(visited.contains([a, b]), "\(numbers[a]) and \(numbers[b]) are the same point but were not paired")
        } }
        #expect(expected > 0, "the seeded figures must hold same-point pairs, or the test proves nothing")
    }

    @Test("Candidates include every figure within the tolerance", arguments: [1, 2, 3] as [UInt64])
    func candidates(seed: UInt64) {
        let numbers = Self.figures(seed: seed, count: 160)
        let subset = numbers.indices.filter { $0 % 3 != 0 }
        let index = NumberIndex(subset, numbers: numbers)
        for target in numbers.prefix(40) {
            for scale in [1.0, 1_000.0] {
                let value = Double(target) * scale
                let tolerance = 2 * ValueBounds.pointTolerance
                let found = Set(index.candidates(around: value, tolerance: tolerance))
                for entry in subset where abs(Double(numbers[entry]) - value) <= abs(value) * tolerance {
                    #expect(found.contains(entry), "\(numbers[entry]) lies within the tolerance of \(value)")
                }
                #expect(found.isSubset(of: Set(subset)))
            }
        }
    }
}
