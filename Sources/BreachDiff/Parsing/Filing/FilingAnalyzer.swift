/// What the EDGAR stage finds in an SEC filing's text.
public struct FilingStructure: Sendable, Equatable {
    /// "8-K", "8-K/A", "10-K".
    public var formType: String?
    /// The registrant ("Exact name of registrant as specified in its charter").
    public var company: String?
    /// "Date of Report (Date of earliest event reported)".
    public var dateOfReport: PartialDate?
    public var items: [FilingItem]
    public var exhibits: [Exhibit]

    public init(formType: String? = nil, company: String? = nil, dateOfReport: PartialDate? = nil,
                items: [FilingItem] = [], exhibits: [Exhibit] = []) {
        self.formType = formType
        self.company = company
        self.dateOfReport = dateOfReport
        self.items = items
        self.exhibits = exhibits
    }
}

/// Recognises an SEC filing and segments its items.
///
/// PLACEHOLDER: the EDGAR stage fills this in.
public enum FilingAnalyzer {
    /// nil when the document is not an SEC filing.
    /// - Parameter inlineXBRL: `ix:` facts of the HTML by their `name` (`dei:EntityRegistrantName`,
    ///   `dei:DocumentType`, `dei:DocumentPeriodEndDate`), as the HTML reader collected them.
    public static func analyze(_ document: ParsedDocument, inlineXBRL: [String: String]) -> FilingStructure? {
        nil
    }
}
