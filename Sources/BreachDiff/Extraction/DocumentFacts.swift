/// What the extraction stage keeps of one document: its metadata and its facts (the text is released).
public struct DocumentFacts: Sendable, Equatable {
    public var info: DocumentInfo
    public var facts: [Fact]

    public init(info: DocumentInfo, facts: [Fact]) {
        self.info = info
        self.facts = facts
    }
}
