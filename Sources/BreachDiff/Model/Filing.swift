/// One item of an SEC current report ("Item 1.05 Material Cybersecurity Incidents").
public struct FilingItem: Sendable, Equatable, Codable {
    /// The item number as printed: "1.05", "7.01", "8.01", "9.01" (old filings: "5", "7").
    public var number: String
    public var title: String
    /// Offsets in Unicode scalars into the document text: from the heading to the end of the item's text.
    public var start: Int
    public var end: Int

    public init(number: String, title: String, start: Int, end: Int) {
        self.number = number
        self.title = title
        self.start = start
        self.end = end
    }
}

/// An exhibit listed by a filing (Item 9.01's index) or carried inside a full submission.
public struct Exhibit: Sendable, Equatable, Codable {
    /// "99.1", "104".
    public var number: String
    public var description: String
    /// The document of this run that holds the exhibit, when it was read too.
    public var file: String?

    public init(number: String, description: String, file: String? = nil) {
        self.number = number
        self.description = description
        self.file = file
    }
}

/// Where a document sits in an EDGAR full submission (`<SEC-DOCUMENT>` with several `<DOCUMENT>` parts).
public struct FilingLink: Sendable, Equatable, Codable {
    /// The submission file, relative to the input folder.
    public var submission: String
    /// Accession number from the SEC header, when present.
    public var accession: String?
    /// 1-based position of the `<DOCUMENT>` part.
    public var sequence: Int
    /// The part's `<TYPE>`: "8-K", "EX-99.1".
    public var type: String

    public init(submission: String, accession: String?, sequence: Int, type: String) {
        self.submission = submission
        self.accession = accession
        self.sequence = sequence
        self.type = type
    }
}
