import Foundation
@testable import BreachDiff

/// Builds documents from prose written for the tests and finds literal spans in them.
enum CoreTestSupport {
    /// A document of `kind` whose paragraphs are separated by blank lines, about "Acme" unless said.
    static func document(_ text: String, kind: DocumentKind = .news, company: String? = "Acme Corp",
                         published: PartialDate? = PartialDate(year: 2024, month: 3, day: 1)) -> ParsedDocument {
        var document = DocumentReader().read(text: text, file: "test.txt")
        document.kind = kind
        document.company = company
        document.published = published
        return document
    }

    /// A one-paragraph news document holding `text` exactly as given (no reader normalisation).
    static func verbatim(_ text: String) -> ParsedDocument {
        let length = text.unicodeScalars.count
        return ParsedDocument(file: "verbatim.txt", kind: .news, company: "Acme Corp", text: text,
                              blocks: [TextBlock(kind: .paragraph, text: text, start: 0, end: length)])
    }

    /// The speaker and stance the resolver gives the sentence holding `phrase`.
    static func attribution(of phrase: String, in document: ParsedDocument) -> Attribution? {
        let sentences = SentenceSplitter().sentences(of: document)
        let attributions = AttributionResolver().attributions(for: sentences, in: document)
        guard let index = sentences.firstIndex(where: { $0.text.contains(phrase) }) else { return nil }
        return attributions[index]
    }
}

/// A type extractor for tests: a count fact on every occurrence of a literal phrase, so the fact
/// builder's attribution, clause stance, hints and quoting can be checked on known spans.
struct PhraseCountExtractor: TypeExtractor {
    var phrase: String
    var value: Int64 = 1

    func candidates(in input: ExtractionInput) -> [FactCandidate] {
        var result: [FactCandidate] = []
        let needle = Array(phrase.unicodeScalars)
        for (index, sentence) in input.sentences.enumerated() {
            let scalars = Array(sentence.text.unicodeScalars)
            guard scalars.count >= needle.count else { continue }
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                result.append(FactCandidate(
                    payload: .count(CountFact(value: value, unit: "customers", qualifier: .exact)), sentenceIndex: index,
                    start: sentence.start + start, end: sentence.start + start + needle.count
                ))
            }
        }
        return result
    }
}
