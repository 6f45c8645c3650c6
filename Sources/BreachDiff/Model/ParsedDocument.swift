/// A document read into clean main text with its metadata: the output of the reading stage.
public struct ParsedDocument: Sendable, Equatable {
    /// Path relative to the input folder; a part of a full submission adds `#N` (its sequence).
    public var file: String
    public var kind: DocumentKind
    public var title: String?
    public var publisher: String?
    public var published: PartialDate?
    /// The company the document is about (8-K registrant, press-release issuer), as written.
    public var company: String?
    /// SEC form type ("8-K", "8-K/A", "EX-99.1") for filings and their exhibits.
    public var formType: String?
    public var items: [FilingItem]
    public var exhibits: [Exhibit]
    public var filing: FilingLink?
    /// The encoding the bytes were decoded with ("utf-8", "windows-1252", "utf-16le").
    public var encoding: String?
    /// The main text: blocks joined by a blank line.
    public var text: String
    public var blocks: [TextBlock]
    public var errors: [Diagnostic]

    public init(
        file: String, kind: DocumentKind, title: String? = nil, publisher: String? = nil,
        published: PartialDate? = nil, company: String? = nil, formType: String? = nil,
        items: [FilingItem] = [], exhibits: [Exhibit] = [], filing: FilingLink? = nil,
        encoding: String? = nil, text: String = "", blocks: [TextBlock] = [], errors: [Diagnostic] = []
    ) {
        self.file = file
        self.kind = kind
        self.title = title
        self.publisher = publisher
        self.published = published
        self.company = company
        self.formType = formType
        self.items = items
        self.exhibits = exhibits
        self.filing = filing
        self.encoding = encoding
        self.text = text
        self.blocks = blocks
        self.errors = errors
    }

    /// Whether the file could not be read at all.
    public var failed: Bool { errors.contains { $0.severity == .error } && blocks.isEmpty }

    /// The metadata without the text, which is what the later stages keep per document.
    public var info: DocumentInfo {
        DocumentInfo(
            file: file, kind: kind, title: title, publisher: publisher, published: published,
            company: company, formType: formType, items: items, exhibits: exhibits, filing: filing,
            encoding: encoding, characters: blocks.last?.end ?? 0, errors: errors
        )
    }
}

/// A document's metadata, kept for the comparison and the tables after its text is released.
public struct DocumentInfo: Sendable, Equatable, Codable {
    public var file: String
    public var kind: DocumentKind
    public var title: String?
    public var publisher: String?
    public var published: PartialDate?
    public var company: String?
    public var formType: String?
    public var items: [FilingItem]
    public var exhibits: [Exhibit]
    public var filing: FilingLink?
    public var encoding: String?
    /// Length of the main text in Unicode scalars.
    public var characters: Int
    public var errors: [Diagnostic]
    /// Lower-cased words the prose names most often as an organisation, most frequent first
    /// (found by the extraction stage). A hint for grouping when `company` is unknown: it can be
    /// wrong ("Seller" in "Seller says ..."), so a subject names the folder's company only when it
    /// leads in several documents (`ProseCompanies`); a company known from metadata is preferred.
    public var subjects: [String] = []

    public init(
        file: String, kind: DocumentKind, title: String? = nil, publisher: String? = nil,
        published: PartialDate? = nil, company: String? = nil, formType: String? = nil,
        items: [FilingItem] = [], exhibits: [Exhibit] = [], filing: FilingLink? = nil,
        encoding: String? = nil, characters: Int = 0, errors: [Diagnostic] = []
    ) {
        self.file = file
        self.kind = kind
        self.title = title
        self.publisher = publisher
        self.published = published
        self.company = company
        self.formType = formType
        self.items = items
        self.exhibits = exhibits
        self.filing = filing
        self.encoding = encoding
        self.characters = characters
        self.errors = errors
    }
}
