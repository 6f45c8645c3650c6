/// The SEC header of an EDGAR full-submission `.txt` file.
public struct SubmissionHeader: Sendable, Equatable {
    /// ACCESSION NUMBER: "0001193125-23-010949".
    public var accession: String?
    /// CONFORMED SUBMISSION TYPE: "8-K", "8-K/A".
    public var formType: String?
    /// COMPANY CONFORMED NAME of the filer.
    public var companyName: String?
    /// FILED AS OF DATE.
    public var filed: PartialDate?
    /// CONFORMED PERIOD OF REPORT (for an 8-K, the date of the earliest event reported).
    public var periodOfReport: PartialDate?

    /// Makes a header; every field is optional because truncated or hand-made files omit them.
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
    /// `<FILENAME>`: "acme-20230119.htm".
    public var filename: String?
    /// `<DESCRIPTION>`: "PRESS RELEASE".
    public var description: String?
    /// The bytes inside `<TEXT>`...`</TEXT>` (HTML or plain text).
    public var body: [UInt8]

    /// Makes a part.
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
/// The SGML of a submission is line oriented: every tag we need starts a line. The splitter
/// therefore walks the bytes once, line by line, and never builds a `String` of a body. Tags
/// are matched without regard to case and lines may end in CRLF. A truncated file (no
/// `</TEXT>`, no `</DOCUMENT>`) still yields its parts: a body then runs to the next
/// `<DOCUMENT>` or to the end of the bytes.
public enum SubmissionSplitter {
    /// How far into the file the `<DOCUMENT>`/`<TYPE>` structure must show itself.
    static let sniffLimit = 4096

    /// Whether the bytes are a full submission (or a single SGML-wrapped `<DOCUMENT>`).
    ///
    /// True only when the first tag of the file is `<SEC-DOCUMENT>`, `<IMS-DOCUMENT>`,
    /// `<SEC-HEADER>` or `<DOCUMENT>`, and (for a lone `<DOCUMENT>`) a `<TYPE>` line follows
    /// within a few lines. An HTML file starts with `<!DOCTYPE`, `<html` or `<?xml` and is false.
    public static func looksLikeSubmission(_ bytes: [UInt8]) -> Bool {
        var lines = SGMLLines(bytes: bytes, limit: min(bytes.count, sniffLimit))
        guard let first = lines.nextNonEmpty() else { return false }
        if first.hasTag("SEC-DOCUMENT") || first.hasTag("IMS-DOCUMENT")
            || first.hasTag("SEC-HEADER") || first.hasTag("IMS-HEADER") {
            return true
        }
        guard first.hasTag("DOCUMENT") else { return false }
        // A lone wrapped document: `<TYPE>` is its first or second line (some writers put `<SEQUENCE>` first).
        for _ in 0..<3 {
            guard let line = lines.nextNonEmpty() else { return false }
            if line.hasTag("TYPE") { return true }
        }
        return false
    }

    /// The header and the parts; parts without text (GRAPHIC, ZIP, uuencoded) keep an empty body.
    public static func split(_ bytes: [UInt8]) -> (header: SubmissionHeader, parts: [SubmissionPart]) {
        var header = SubmissionHeader()
        var parts: [SubmissionPart] = []
        var inHeader = false
        var current: PartBuilder?
        var lines = SGMLLines(bytes: bytes, limit: bytes.count)

        func finish(at end: Int) {
            guard let builder = current else { return }
            parts.append(builder.part(sequence: parts.count + 1, bytes: bytes, end: end))
            current = nil
        }

        while let line = lines.next() {
            if var builder = current, builder.bodyStart != nil {
                // Inside `<TEXT>`: only the closing tags and a new `<DOCUMENT>` (truncation) matter.
                if builder.bodyEnd == nil, line.hasTag("/TEXT") {
                    builder.bodyEnd = line.start
                    current = builder
                } else if line.hasTag("/DOCUMENT") {
                    finish(at: line.start)
                } else if line.hasTag("DOCUMENT") {
                    finish(at: line.start)
                    current = PartBuilder()
                }
                continue
            }
            if line.hasTag("SEC-HEADER") || line.hasTag("IMS-HEADER") {
                inHeader = true
            } else if line.hasTag("/SEC-HEADER") || line.hasTag("/IMS-HEADER") {
                inHeader = false
            } else if line.hasTag("DOCUMENT") {
                finish(at: line.start)
                inHeader = false
                current = PartBuilder()
            } else if line.hasTag("/DOCUMENT") {
                finish(at: line.start)
            } else if var builder = current {
                builder.read(line)
                current = builder
            } else if inHeader {
                header.read(line)
            }
        }
        finish(at: bytes.count)
        return (header, parts)
    }
}
