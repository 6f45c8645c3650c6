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

    /// One line: `file: error: message [code]`. File names and messages can come from hostile
    /// input (a file named with a line break or a terminal escape sequence), so control
    /// characters are shown as `\u{1B}` instead of being written to the terminal.
    public var description: String {
        "\(Self.printable(file)): \(severity.rawValue): \(Self.printable(message)) [\(Self.printable(code))]"
    }

    /// `text` with C0 and C1 control characters and Unicode line separators made visible.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
