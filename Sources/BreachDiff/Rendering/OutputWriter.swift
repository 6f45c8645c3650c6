import Foundation

/// Writes every output file of a run into a folder, each atomically: rendered into a temporary
/// file in the same folder, then renamed over the target, so a reader (or a crash) never sees a
/// half-written file and an older file is replaced whole.
public struct OutputWriter: Sendable {
    /// The renderers, in writing order.
    public var renderers: [any ReportRenderer]

    public init(renderers: [any ReportRenderer] = OutputWriter.standardRenderers) {
        self.renderers = renderers
    }

    /// Every file of the main job, in the order `docs/output.md` lists them.
    public static let standardRenderers: [any ReportRenderer] =
        ["documents", "facts"].map { CSVRenderer(table: $0) } + [JSONLRenderer(table: "facts")]
        + ["incidents", "discrepancies", "agreements", "slot_values", "timeline"].map { CSVRenderer(table: $0) }
        + [MarkdownRenderer(), HTMLRenderer(), SQLiteWriter()]

    /// Why the output could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String

        /// One line with what to do about it.
        public var description: String {
            "cannot write \(path): \(reason); choose another --out folder or check its permissions"
        }
    }

    /// Creates `folder` if needed and writes every file into it.
    /// - Returns: the files written, by name.
    @discardableResult
    public func write(_ report: Report, to folder: URL) throws(WriteError) -> [String] {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: folder.path, reason: Self.reason(error))
        }
        var written: [String] = []
        for renderer in renderers {
            try Self.atomically(folder.appendingPathComponent(renderer.fileName)) { temporary in
                try renderer.write(report, to: temporary)
            }
            written.append(renderer.fileName)
        }
        return written
    }

    /// Runs `body` on a fresh temporary path beside `target`, then renames it over `target`.
    /// The temporary file is removed when anything fails.
    public static func atomically(_ target: URL, _ body: (URL) throws -> Void) throws(WriteError) {
        let folder = target.deletingLastPathComponent()
        // Hidden and unique per process and call, so parallel runs into one folder do not collide.
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UUID().uuidString).tmp")
        do {
            try body(temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: target.path, reason: reason(error))
        }
        // rename(2) replaces the target in one step on the same file system.
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: target.path, reason: reason)
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? WriteError { return error.reason }
        if let error = error as? SQLiteDatabase.Failure { return error.description }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}
