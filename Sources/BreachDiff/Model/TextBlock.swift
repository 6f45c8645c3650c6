/// The structural role of a block of main text.
public enum BlockKind: String, Sendable, Codable, Hashable {
    case heading
    case paragraph
    case listItem = "list-item"
    case tableCell = "table-cell"
    case quotation
    case preformatted
}

/// One block of a document's main text.
///
/// `start` and `end` are offsets in Unicode scalars (Python string indices) into
/// `ParsedDocument.text`, so `text[start:end]` in a notebook is exactly `text` here.
public struct TextBlock: Sendable, Equatable, Codable {
    public var kind: BlockKind
    public var text: String
    public var start: Int
    public var end: Int

    public init(kind: BlockKind, text: String, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
    }
}

/// One sentence of a block, with offsets into the document text (Unicode scalars).
public struct Sentence: Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    /// Index of the block in `ParsedDocument.blocks`.
    public var blockIndex: Int

    public init(text: String, start: Int, end: Int, blockIndex: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.blockIndex = blockIndex
    }
}
