/// Something that went wrong with one file, reported with it instead of stopping the run.
public struct Diagnostic: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Hashable {
        /// The file could not be read; it has no text.
        case error
        /// The file was read, but something was repaired or dropped (encoding fallback, truncation).
        case warning
    }

    public var file: String
    public var severity: Severity
    /// A stable lowerCamel code: `empty`, `binary`, `unreadable`, `tooLarge`, `tooDeep`,
    /// `encodingFallback`, `malformedMarkup`, `truncated`, ...
    public var code: String
    public var message: String

    public init(file: String, severity: Severity, code: String, message: String) {
        self.file = file
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// One line: `file: error: message [code]`.
    public var description: String {
        "\(file): \(severity.rawValue): \(message) [\(code)]"
    }
}
