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

/// A renderer whose output is text, rendered whole in memory.
public protocol TextRenderer: ReportRenderer {
    /// The file's content.
    func render(_ report: Report) -> String
}

extension TextRenderer {
    /// Writes `render(report)` as UTF-8.
    public func write(_ report: Report, to url: URL) throws {
        try Data(render(report).utf8).write(to: url)
    }
}
