/// Splits a document's blocks into sentences with document offsets.
///
/// PLACEHOLDER: splits on ". " only; the reading stage replaces it with abbreviation-aware rules.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func sentences(of document: ParsedDocument) -> [Sentence] {
        var result: [Sentence] = []
        for (index, block) in document.blocks.enumerated() {
            let scalars = Array(block.text.unicodeScalars)
            var begin = 0
            var position = 0
            while position < scalars.count {
                let atEnd = position == scalars.count - 1
                if atEnd || (scalars[position] == "." && scalars[position + 1] == " ") {
                    let end = position + 1
                    var text = String(String.UnicodeScalarView(scalars[begin..<end]))
                    var start = begin
                    while text.first == " " { text.removeFirst(); start += 1 }
                    if !text.isEmpty {
                        result.append(Sentence(text: text, start: block.start + start, end: block.start + end, blockIndex: index))
                    }
                    begin = end
                }
                position += 1
            }
        }
        return result
    }
}
