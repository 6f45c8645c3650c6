/// Why a file yields no text. Surfaces as an error `Diagnostic` with the case name as its code.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing but white space.
    case empty
    /// Not a text document; the associated value names what it looks like ("PNG image").
    case binary(String)
    /// Cannot be opened or read: missing, a directory, no permission.
    case unreadable(String)
    /// Bigger than the reader's limit.
    case tooLarge(bytes: Int, limit: Int)

    /// The stable lowerCamel diagnostic code.
    public var code: String {
        switch self {
        case .empty: "empty"
        case .binary: "binary"
        case .unreadable: "unreadable"
        case .tooLarge: "tooLarge"
        }
    }

    /// One line, without the file name.
    public var description: String {
        switch self {
        case .empty: "the file is empty"
        case .binary(let what): "not a text document (\(what))"
        case .unreadable(let reason): reason
        case .tooLarge(let bytes, let limit): "the file has \(bytes) bytes, more than the limit of \(limit)"
        }
    }

    func diagnostic(file: String) -> Diagnostic {
        Diagnostic(file: file, severity: .error, code: code, message: description)
    }
}
