/// The main text of a plain-text document, and what its first lines say about it.
struct PlainTextContent: Sendable {
    var text: String = ""
    var blocks: [TextBlock] = []
    /// `Key: value` lines of a clipping tool's header (`+ Source: ...`, `+ Date: ...`), lower-cased keys.
    var fields: [String: String] = [:]
}

/// Turns plain text into blocks by line heuristics.
struct PlainTextReader {
    var keepAllSections = false

    func read(utf8 bytes: [UInt8]) -> PlainTextContent {
        var accumulator = TextAccumulator()
        bytes.withUnsafeBufferPointer { accumulator.append(utf8: $0, kind: .paragraph) }
        accumulator.flush()
        return PlainTextContent(text: accumulator.text, blocks: accumulator.blocks)
    }
}
