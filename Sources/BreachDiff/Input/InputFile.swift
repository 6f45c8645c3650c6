import Foundation

/// A file handed to BreachDiff: where it is, and the name it has in every output.
public struct InputFile: Sendable, Equatable, Hashable {
    /// Absolute location on disk.
    public var url: URL
    /// Path relative to the input folder, with `/` separators: the `file` of every output row.
    public var relativePath: String

    public init(url: URL, relativePath: String) {
        self.url = url
        self.relativePath = relativePath
    }
}
