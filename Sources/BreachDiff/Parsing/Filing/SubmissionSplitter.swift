/// The SEC header of an EDGAR full-submission `.txt` file.
public struct SubmissionHeader: Sendable, Equatable {
    public var accession: String?
    /// CONFORMED SUBMISSION TYPE: "8-K", "8-K/A".
    public var formType: String?
    /// COMPANY CONFORMED NAME of the filer.
    public var companyName: String?
    /// FILED AS OF DATE.
    public var filed: PartialDate?
    /// CONFORMED PERIOD OF REPORT (for an 8-K, the date of the earliest event reported).
    public var periodOfReport: PartialDate?

    public init(accession: String? = nil, formType: String? = nil, companyName: String? = nil,
                filed: PartialDate? = nil, periodOfReport: PartialDate? = nil) {
        self.accession = accession
        self.formType = formType
        self.companyName = companyName
        self.filed = filed
        self.periodOfReport = periodOfReport
    }
}

/// One `<DOCUMENT>` of a full submission.
public struct SubmissionPart: Sendable, Equatable {
    /// 1-based position among the submission's documents.
    public var sequence: Int
    /// `<TYPE>`: "8-K", "EX-99.1", "GRAPHIC".
    public var type: String
    public var filename: String?
    public var description: String?
    /// The bytes inside `<TEXT>`...`</TEXT>` (HTML or plain text).
    public var body: [UInt8]

    public init(sequence: Int, type: String, filename: String? = nil, description: String? = nil, body: [UInt8]) {
        self.sequence = sequence
        self.type = type
        self.filename = filename
        self.description = description
        self.body = body
    }
}

/// Splits an EDGAR full-submission file (`<SEC-DOCUMENT>`, `<SEC-HEADER>`, several `<DOCUMENT>`).
///
/// PLACEHOLDER: the EDGAR stage fills this in.
public enum SubmissionSplitter {
    /// Whether the bytes are a full submission (or a single SGML-wrapped `<DOCUMENT>`).
    public static func looksLikeSubmission(_ bytes: [UInt8]) -> Bool {
        false
    }

    /// The header and the parts; parts without text (GRAPHIC, ZIP, uuencoded) keep an empty body.
    public static func split(_ bytes: [UInt8]) -> (header: SubmissionHeader, parts: [SubmissionPart]) {
        (SubmissionHeader(), [])
    }
}
