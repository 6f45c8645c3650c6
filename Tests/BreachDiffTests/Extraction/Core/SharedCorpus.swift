import Foundation
@testable import BreachDiff

/// The shared corpus at `../shared/corpus` relative to the package root, when it is there.
enum SharedCorpus {
    static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/corpus")
    }

    static var available: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("FORMAT.md").path)
    }

    /// Case folders that have an `expected.json`.
    static func cases() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().map { root.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("expected.json").path) }
    }

    /// Reads one document of a case the way the pipeline does.
    static func read(_ file: String, in folder: URL) -> ParsedDocument? {
        DocumentReader().read(InputFile(url: folder.appendingPathComponent(file), relativePath: file)).first
    }
}
