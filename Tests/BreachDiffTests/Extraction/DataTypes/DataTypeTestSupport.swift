@testable import BreachDiff

/// What a test asserts about one extracted data type.
struct FoundDataType: Hashable, CustomStringConvertible {
    var key: DataTypeKey
    var status: ExposureStatus
    var source: SourceRole
    var count: Int64?
    var quote: String

    var description: String { "\(key.rawValue) \(status.rawValue) \(source.rawValue)" }
}

/// Builds documents for the data-type tests without depending on the reader or the sentence
/// splitter: each block is given as one sentence, so the tests pin the extractor alone.
enum DataTypeTestSupport {
    static func document(_ blocks: [(BlockKind, String)], kind: DocumentKind = .news) -> ParsedDocument {
        var text = ""
        var parsed: [TextBlock] = []
        var offset = 0
        for (kind, body) in blocks {
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let length = body.unicodeScalars.count
            parsed.append(TextBlock(kind: kind, text: body, start: offset, end: offset + length))
            text += body
            offset += length
        }
        return ParsedDocument(file: "test.txt", kind: kind, text: text, blocks: parsed)
    }

    /// Runs `DataTypeExtractor` on blocks with one attribution per block.
    static func extract(_ blocks: [(BlockKind, String)], attribution: Attribution = Attribution(source: .company, stance: .confirmed),
                        attributions: [Attribution]? = nil) -> [FoundDataType] {
        let document = document(blocks)
        let sentences = document.blocks.enumerated().map { index, block in
            Sentence(text: block.text, start: block.start, end: block.end, blockIndex: index)
        }
        let input = ExtractionInput(document: document, sentences: sentences,
                                    attributions: attributions ?? Array(repeating: attribution, count: sentences.count))
        let scalars = Array(document.text.unicodeScalars)
        return DataTypeExtractor().candidates(in: input).compactMap { candidate in
            guard case .dataType(let fact) = candidate.payload else { return nil }
            let sentence = input.attributions[candidate.sentenceIndex]
            return FoundDataType(
                key: fact.key, status: fact.status, source: candidate.source ?? sentence.source, count: fact.count,
                quote: String(String.UnicodeScalarView(scalars[candidate.start..<candidate.end]))
            )
        }
    }

    static func extract(_ sentence: String, attribution: Attribution = Attribution(source: .company, stance: .confirmed)) -> [FoundDataType] {
        extract([(.paragraph, sentence)], attribution: attribution)
    }

    /// Keys and statuses only, for set comparisons.
    static func statuses(_ sentence: String, attribution: Attribution = Attribution(source: .company, stance: .confirmed)) -> Set<String> {
        Set(extract(sentence, attribution: attribution).map { "\($0.key.rawValue) \($0.status.rawValue)" })
    }
}
