import ArgumentParser
import BreachDiff
import Foundation

/// `breachdiff bench-compare` (hidden): times the comparison stage on N and 10 N synthetic facts.
///
/// The comparison must stay near-linear: ten times the facts may cost at most fifteen times the
/// time. Prints one line per size and the ratio; exits 1 when the ratio is above the limit.
struct BenchCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-compare",
        abstract: "Time Comparator.compare on N and 10 N synthetic facts (development aid).",
        shouldDisplay: false
    )

    @Option(help: "Facts in the small run; the large run has ten times as many.")
    var facts = 2_000

    @Option(help: "Timed repetitions per size; the fastest counts.")
    var runs = 3

    @Option(help: "Largest accepted time ratio of the large run to the small one.")
    var limit = 15.0

    func run() throws {
        let small = seconds(facts: facts)
        let large = seconds(facts: facts * 10)
        let ratio = large / max(small, 1e-9)
        let verdict = ratio <= limit ? "met" : "NOT met"
        print("compare-ratio facts=\(facts) small_s=\(format(small)) large_s=\(format(large)) "
              + "ratio=\(format(ratio)) limit=\(format(limit)) \(verdict)")
        if ratio > limit { throw ExitCode.failure }
    }

    /// The fastest of `runs` timings of one comparison (inputs built outside the timing).
    private func seconds(facts count: Int) -> Double {
        let input = SyntheticFacts(count: count)
        var best = Double.infinity
        var summary = ""
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            let comparison = Comparator().compare(documents: input.documents, facts: input.facts)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, elapsed)
            summary = "incidents=\(comparison.incidents.count) discrepancies=\(comparison.discrepancies.count) "
                + "agreements=\(comparison.agreements.count)"
        }
        print("compare facts=\(input.facts.count) documents=\(input.documents.count) \(summary) seconds=\(format(best))")
        return best
    }

    private func format(_ value: Double) -> String { String(format: "%.4f", value) }
}
