import Foundation

/// A file handed to BreachDiff: where it is, and the name it has in every output.
public struct InputFile: Sendable, Equatable, Hashable {
    /// Absolute location on disk.
    public var url: URL
    /// Path relative to the input folder, with `/` separators: the `file` of every output row.
    public var relativePath: String
    /// Found by walking a folder rather than named by the user. Only a regular file found in a
    /// folder is read: a named pipe or device there would block or never end the run, while a
    /// pipe the user names (`<(gunzip -c a.html.gz)`, `/dev/stdin`) is read as asked.
    public var foundInFolder: Bool

    public init(url: URL, relativePath: String, foundInFolder: Bool = false) {
        self.url = url
        self.relativePath = relativePath
        self.foundInFolder = foundInFolder
    }
}
