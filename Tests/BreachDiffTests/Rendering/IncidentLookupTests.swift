import BreachDiff
import Foundation
import Testing

/// `Report.incidentOfFactByPosition` (sorted places, used by the facts table and the HTML facts
/// list) against the dictionary it replaced, `incidentOfFact`: a difference would only show in
/// the byte-for-byte output test on inputs that happen to hit the edge cases, so they are built here.
@Suite struct IncidentLookupTests {
    static func fact(_ file: String, _ start: Int, _ end: Int, _ value: Int64, source: SourceRole = .media) -> Fact {
        Fact(file: file, start: start, end: end, quote: "q\(start)", source: source, stance: .confirmed,
             payload: .count(CountFact(value: value, unit: "accounts", qualifier: .exact)))
    }

    static func incident(_ id: String, _ facts: [Fact]) -> Incident {
        Incident(id: id, company: id, summary: "", documents: [], facts: facts, timeline: [])
    }

    static func dictionaryAnswer(_ report: Report) -> [String?] {
        let incidents = report.incidentOfFact
        return report.facts.map { incidents[$0] }
    }

    @Test("Edge cases: shared facts (first incident wins), one place with several payloads, facts of no incident")
    func edgeCases() {
        let a = Self.fact("a.txt", 10, 20, 5)
        let samePlace = Self.fact("a.txt", 10, 20, 6)
        let sameFactOtherSource = Self.fact("a.txt", 10, 20, 5, source: .company)
        let b = Self.fact("b.txt", 0, 4, 7)
        let lonely = Self.fact("c.txt", 3, 9, 1)
        let earlierFile = Self.fact("0.txt", 99, 100, 2)
        let incidents = [
            Self.incident("zeta-2020", [b, samePlace]),
            Self.incident("alpha-2021", [a, b]),
            Self.incident("beta-2022", [a, sameFactOtherSource]),
        ]
        let facts = [a, samePlace, sameFactOtherSource, b, lonely, earlierFile, a, b]
        let report = Report(documents: [], facts: facts, comparison: Comparison(incidents: incidents))
        let byPosition = report.incidentOfFactByPosition
        #expect(byPosition == Self.dictionaryAnswer(report))
        #expect(byPosition == ["alpha-2021", "zeta-2020", "beta-2022", "zeta-2020", nil, nil, "alpha-2021", "zeta-2020"])
    }

    @Test("Random reports: same answers as the dictionary", arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func random(seed: UInt64) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pool = (0..<120).map { _ in
            Self.fact(["a.txt", "b.txt", "c/d.html"][next(3)], next(6), 6 + next(3), Int64(next(4)),
                      source: [.media, .company][next(2)])
        }
        let incidents = (0..<(1 + next(6))).map { index in
            Self.incident("inc-\(index)", (0..<next(40)).map { _ in pool[next(pool.count)] })
        }
        let facts = (0..<150).map { _ in pool[next(pool.count)] }
        let report = Report(documents: [], facts: facts, comparison: Comparison(incidents: incidents))
        #expect(report.incidentOfFactByPosition == Self.dictionaryAnswer(report))
    }

    @Test("The Corpus folder's run: same answers as the dictionary")
    func corpus() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
        let inputs = InputScanner().files(in: [folder])
        guard !inputs.isEmpty else { return }
        let report = Report(Pipeline().run(inputs, jobs: 2))
        let byPosition = report.incidentOfFactByPosition
        #expect(byPosition == Self.dictionaryAnswer(report))
        #expect(byPosition.contains { $0 != nil })
    }
}
