import Foundation

/// Finds the documents under the paths a user names, in a stable order.
///
/// Folders are walked recursively. Hidden files and folders, and the case-description files
/// of a scored case folder (`expected.json`, `SOURCES.md`), are not documents and are skipped.
public struct InputScanner: Sendable {
    /// File names that describe a case folder rather than being one of its documents.
    public static let caseFiles: Set<String> = ["expected.json", "SOURCES.md", "FORMAT.md"]

    public init() {}

    /// The files under `paths`, sorted by relative path. A named file that does not exist is still
    /// returned, so that reading it yields a per-file error instead of a silent omission.
    /// - Parameter root: the folder relative paths are taken from; by default each named folder
    ///   is its own root and a named file is relative to its parent.
    public func files(in paths: [URL]) -> [InputFile] {
        var found: [InputFile] = []
        for path in paths {
            let standardized = path.standardizedFileURL
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: standardized.path, isDirectory: &isDirectory), isDirectory.boolValue {
                found.append(contentsOf: walk(standardized, prefix: paths.count > 1 ? standardized.lastPathComponent + "/" : ""))
            } else {
                found.append(InputFile(url: standardized, relativePath: standardized.lastPathComponent))
            }
        }
        return found.sorted { $0.relativePath < $1.relativePath }
    }

    /// Iterative walk; a folder reached twice (symlink loop) is walked once, an unreadable
    /// folder, a broken link and a special file (named pipe, socket, device) are returned as
    /// inputs so that reading them reports the problem.
    private func walk(_ root: URL, prefix rootPrefix: String) -> [InputFile] {
        let manager = FileManager.default
        var result: [InputFile] = []
        var visited: Set<String> = []
        var pending: [(URL, String)] = [(root, rootPrefix)]
        while let (folder, prefix) = pending.popLast() {
            guard visited.insert(folder.resolvingSymlinksInPath().path).inserted else { continue }
            guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else {
                let name = prefix.isEmpty ? folder.lastPathComponent : String(prefix.dropLast())
                result.append(InputFile(url: folder, relativePath: name))
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") && !Self.caseFiles.contains(name) {
                let url = folder.appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    pending.append((url, prefix + name + "/"))
                } else {
                    // Files, and links that lead nowhere: reading them reports the broken link.
                    result.append(InputFile(url: url, relativePath: prefix + name, foundInFolder: true))
                }
            }
        }
        return result
    }
}
