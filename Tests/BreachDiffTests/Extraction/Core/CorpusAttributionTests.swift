import Foundation
import Testing
@testable import BreachDiff

/// Measures attribution against the hand-checked corpus: for every gold fact whose quote is found in
/// its document, the speaker (and stance, when the gold gives one) the resolver assigns to the clause
/// holding the quote. Skipped when `../shared/corpus` is absent. Set BREACHDIFF_ATTRIBUTION_REPORT=1
/// to print every disagreement.
@Suite struct CorpusAttributionTests {
    struct Tally: CustomStringConvertible {
        var right = 0
        var total = 0
        var description: String { "\(right)/\(total)" + (total == 0 ? "" : String(format: " (%.0f%%)", 100.0 * Double(right) / Double(total))) }
    }

    @Test("Speaker attribution agrees with the gold on most facts", .enabled(if: SharedCorpus.available))
    func attributionAccuracy() throws {
        let verbose = ProcessInfo.processInfo.environment["BREACHDIFF_ATTRIBUTION_REPORT"] != nil
        var bySource: [SourceRole: Tally] = [:]
        var stance = Tally()
        var notFound = 0
        for folder in SharedCorpus.cases() {
            let expected = try ExpectedCase(folder: folder)
            for goldDocument in expected.documents {
                guard let document = SharedCorpus.read(goldDocument.file, in: folder) else { continue }
                let sentences = SentenceSplitter().sentences(of: document)
                let resolver = AttributionResolver()
                let resolution = resolver.resolve(sentences, in: document)
                let text = document.text
                for raw in goldDocument.facts {
                    guard let gold = raw.fact(file: goldDocument.file) else { continue }
                    guard let (start, end) = Self.locate(gold.quote, in: text) else {
                        notFound += 1
                        if verbose { print("NOTFOUND \(goldDocument.file) | \(gold.quote.prefix(80))") }
                        continue
                    }
                    guard let index = sentences.lastIndex(where: { $0.start <= start }) else { notFound += 1; continue }
                    let sentence = sentences[index]
                    let tokens = resolution.tokens[index]
                    let clauses = ClauseSplitter.clauses(of: resolution.scalars[index], tokens: tokens)
                    let clause = ClauseSplitter.clause(containing: start - sentence.start, end - sentence.start, in: clauses)
                    let source = resolution.attributions[index].source
                    let found = resolver.stanceRules.stance(
                        of: tokens, range: FactExtractor.tokenRange(tokens, within: clause), source: source, sentence: 0..<tokens.count)
                    bySource[gold.source, default: Tally()].total += 1
                    if source == gold.source { bySource[gold.source]!.right += 1 }
                    let goldStance = raw.stance.flatMap(Stance.init(rawValue:))
                    if let goldStance {
                        stance.total += 1
                        if found == goldStance { stance.right += 1 }
                    }
                    if verbose, source != gold.source || (goldStance != nil && goldStance != found) {
                        print("MISS \(goldDocument.file) gold=\(gold.source.rawValue)/\(goldStance?.rawValue ?? "-") got=\(source.rawValue)/\(found.rawValue) | \(sentence.text.prefix(220))")
                    }
                }
            }
        }
        let total = bySource.values.reduce(Tally()) { Tally(right: $0.right + $1.right, total: $0.total + $1.total) }
        print("attribution by gold source:", SourceRole.allCases.compactMap { role in bySource[role].map { "\(role.rawValue) \($0)" } }.joined(separator: ", "))
        print("attribution overall \(total); count stance \(stance); quotes not found \(notFound)")
        #expect(Double(total.right) >= 0.75 * Double(total.total))
    }

    /// Scalar offsets of `quote` in `text`, comparing with runs of white space collapsed (the reader
    /// may join lines the gold quote kept, or the reverse).
    static func locate(_ quote: String, in text: String) -> (Int, Int)? {
        func collapsed(_ string: String) -> ([Unicode.Scalar], [Int]) {
            var scalars: [Unicode.Scalar] = []
            var offsets: [Int] = []
            for (offset, scalar) in string.unicodeScalars.enumerated() {
                let space = scalar.properties.isWhitespace
                if space, scalars.last == " " { continue }
                // The reader straightens typographic quotes; the gold keeps them.
                let plain: Unicode.Scalar = switch scalar {
                case "\u{2018}", "\u{2019}": "'"
                case "\u{201C}", "\u{201D}": "\""
                default: space ? " " : scalar
                }
                scalars.append(plain)
                offsets.append(offset)
            }
            return (scalars, offsets)
        }
        let (haystack, offsets) = collapsed(text)
        let needle = collapsed(quote.trimmingCharacters(in: .whitespacesAndNewlines)).0
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle {
                return (offsets[start], offsets[start + needle.count - 1] + 1)
            }
        }
        return nil
    }
}
