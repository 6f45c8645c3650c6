import Foundation

/// Reads one input file into documents (a full EDGAR submission yields one per part).
///
/// PLACEHOLDER: plain text only, paragraphs split on blank lines, metadata from the file name.
/// The reading stage replaces this with libxml2 HTML parsing, encoding detection, boilerplate
/// removal and SEC filing structure.
public struct DocumentReader: Sendable {
    public init() {}

    /// Never throws: a file that cannot be read comes back as a document with an error diagnostic.
    public func read(_ input: InputFile) -> [ParsedDocument] {
        guard let data = try? Data(contentsOf: input.url) else {
            return [ParsedDocument(file: input.relativePath, kind: .unknown, errors: [
                Diagnostic(file: input.relativePath, severity: .error, code: "unreadable", message: "cannot open the file"),
            ])]
        }
        let text = String(decoding: data, as: UTF8.self)
        return [read(text: text, file: input.relativePath)]
    }

    /// Reads already-decoded plain text (used by tests and by the text path).
    public func read(text: String, file: String) -> ParsedDocument {
        var blocks: [TextBlock] = []
        var joined = ""
        var offset = 0
        for paragraph in text.components(separatedBy: "\n\n") {
            let trimmed = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "\n", with: " ")
            guard !trimmed.isEmpty else { continue }
            if !joined.isEmpty {
                joined += "\n\n"
                offset += 2
            }
            let length = trimmed.unicodeScalars.count
            blocks.append(TextBlock(kind: .paragraph, text: trimmed, start: offset, end: offset + length))
            joined += trimmed
            offset += length
        }
        let name = (file as NSString).lastPathComponent
        return ParsedDocument(
            file: file, kind: FileNameHints.kind(of: name) ?? .news, published: FileNameHints.date(of: name),
            encoding: "utf-8", text: joined, blocks: blocks
        )
    }
}
