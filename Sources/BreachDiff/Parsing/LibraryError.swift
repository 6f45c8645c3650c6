/// One libxml2 error, copied out of the C callback as plain Swift values (`HTMLReader`'s sink).
struct LibraryError: Sendable {
    var code: Int
    var line: Int
    /// Without libxml2's trailing newline.
    var message: String
    /// libxml2 reported invalid characters (`XML_ERR_INVALID_CHAR`).
    var invalidCharacter: Bool

    /// Repeated recoverable errors become one warning per code, with the first message as example
    /// and a count of the others.
    static func diagnostics(_ entries: [LibraryError], file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var seen: [String: Int] = [:]
        var counts: [String: Int] = [:]
        for entry in entries {
            let lower = entry.message.lowercased()
            let code: String
            if lower.contains("huge text") || lower.contains("huge input") { code = "truncated" }
            else if lower.contains("depth") || lower.contains("nesting") { code = "tooDeep" }
            else if entry.invalidCharacter || lower.contains("encoding") { code = "encodingError" }
            else { code = "malformedMarkup" }
            counts[code, default: 0] += 1
            if seen[code] == nil {
                seen[code] = result.count
                result.append(Diagnostic(file: file, severity: .warning, code: code,
                                         message: "line \(entry.line): \(entry.message)"))
            }
        }
        for (code, index) in seen where counts[code, default: 0] > 1 {
            result[index].message += " (and \(counts[code]! - 1) more)"
        }
        return result
    }
}
