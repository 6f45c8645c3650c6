import BreachDiff
import Foundation

/// The JSON shape of one document in `breachdiff read --format json` (documented in docs/reading.md).
/// Optional fields are written as `null` rather than left out, so every line has every key.
struct ReadRecord: Encodable {
    var document: ParsedDocument

    private enum Keys: String, CodingKey {
        case file, kind, title, publisher, published, company, formType, filing, encoding, text, blocks, items, exhibits, errors
    }

    private struct ErrorRecord: Encodable {
        var severity: String
        var code: String
        var message: String
    }

    private struct FilingRecord: Encodable {
        var submission: String
        var accession: String?
        var sequence: Int
        var type: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(submission, forKey: .submission)
            try container.encode(accession, forKey: .accession)
            try container.encode(sequence, forKey: .sequence)
            try container.encode(type, forKey: .type)
        }

        private enum CodingKeys: String, CodingKey { case submission, accession, sequence, type }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(document.file, forKey: .file)
        try container.encode(document.kind.rawValue, forKey: .kind)
        try container.encode(document.title, forKey: .title)
        try container.encode(document.publisher, forKey: .publisher)
        try container.encode(document.published?.description, forKey: .published)
        try container.encode(document.company, forKey: .company)
        try container.encode(document.formType, forKey: .formType)
        try container.encode(document.filing.map {
            FilingRecord(submission: $0.submission, accession: $0.accession, sequence: $0.sequence, type: $0.type)
        }, forKey: .filing)
        try container.encode(document.encoding, forKey: .encoding)
        try container.encode(document.text, forKey: .text)
        try container.encode(document.blocks, forKey: .blocks)
        try container.encode(document.items, forKey: .items)
        try container.encode(document.exhibits, forKey: .exhibits)
        try container.encode(document.errors.map {
            ErrorRecord(severity: $0.severity.rawValue, code: $0.code, message: $0.message)
        }, forKey: .errors)
    }

    static func jsonLine(_ document: ParsedDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(ReadRecord(document: document))
        data.append(0x0A)
        return data
    }

    /// A readable summary: metadata lines, then the blocks with their kind and offsets.
    static func summary(_ document: ParsedDocument) -> String {
        var lines = ["== \(document.file)"]
        func field(_ name: String, _ value: String?) { lines.append("   \(name): \(value ?? "-")") }
        field("kind", document.kind.rawValue)
        field("title", document.title)
        field("publisher", document.publisher)
        field("published", document.published?.description)
        field("company", document.company)
        field("form", document.formType)
        field("encoding", document.encoding)
        if let filing = document.filing { field("filing", "\(filing.submission) part \(filing.sequence) (\(filing.type))") }
        for item in document.items { lines.append("   item \(item.number) \(item.title) [\(item.start)..<\(item.end)]") }
        for exhibit in document.exhibits { lines.append("   exhibit \(exhibit.number) \(exhibit.description)") }
        for error in document.errors { lines.append("   \(error.severity.rawValue): \(error.message) [\(error.code)]") }
        lines.append("   \(document.blocks.count) blocks, \(document.blocks.last?.end ?? 0) characters")
        for block in document.blocks {
            let preview = block.text.count > 100 ? String(block.text.prefix(100)) + "..." : block.text
            lines.append("   [\(block.start)..<\(block.end)] \(block.kind.rawValue): \(preview)")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }
}
