import Foundation

/// One output format: writes one file of the output folder from a report.
///
/// Each conformance lives in its own file with its escaping rules next to it (`CSVRenderer`,
/// `JSONLRenderer`, `MarkdownRenderer`, `HTMLRenderer`, `SQLiteWriter`). `OutputWriter` hands each
/// a temporary path inside the output folder and renames the result over the target.
public protocol ReportRenderer: Sendable {
    /// The file name in the output folder (`facts.csv`).
    var fileName: String { get }
    /// Writes the whole file to `url`, which does not exist yet.
    func write(_ report: Report, to url: URL) throws
}

/// A renderer whose output is text, written front to back into a `TextOutput`: streamed to the
/// file by `write(_:to:)`, gathered in memory by `render(_:)`.
public protocol TextRenderer: ReportRenderer {
    /// Appends the file's content to `out`.
    func render(_ report: Report, into out: TextOutput)
}

extension TextRenderer {
    /// The file's content.
    public func render(_ report: Report) -> String {
        let out = TextOutput()
        render(report, into: out)
        return out.text
    }

    /// Streams the content as UTF-8 into the file, a chunk at a time.
    public func write(_ report: Report, to url: URL) throws {
        let out = try TextOutput(file: url)
        render(report, into: out)
        try out.close()
    }
}
