import Foundation

/// What a file's bytes look like, decided by content first and by extension second.
enum InputFormat: Equatable {
    case empty
    /// Not text: the name of what it looks like ("PNG image", "NUL bytes").
    case binary(String)
    case submission
    /// A single `<DOCUMENT>` with an SGML header (`<TYPE>EX-99.1`), as EDGAR serves exhibits.
    case sgmlDocument
    case html
    case text
}

enum InputSniffer {
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "xht", "shtml"]

    static func sniff(_ bytes: [UInt8], fileExtension: String) -> InputFormat {
        guard bytes.contains(where: { $0 > 0x20 }) else { return .empty }
        if let magic = magic(bytes) { return .binary(magic) }
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        if !utf16, bytes.withUnsafeBytes({ memchr($0.baseAddress!, 0, min($0.count, 8192)) != nil }) { return .binary("NUL bytes") }
        if !utf16, SubmissionSplitter.looksLikeSubmission(bytes) { return .submission }
        let headBytes = lowerBytes(bytes.prefix(4096), skippingNUL: utf16)
        let head = String(decoding: headBytes, as: UTF8.self)
        let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" || $0 == "\u{FFFD}" }
        if trimmed.hasPrefix("<sec-document>") || trimmed.hasPrefix("<ims-document>") { return .submission }
        if trimmed.hasPrefix("<document>") { return .sgmlDocument }
        if htmlExtensions.contains(fileExtension.lowercased()) { return .html }
        // Byte search, not `String.contains` (Foundation's UTF-16 search on Linux): the markers are ASCII.
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || ByteSearch.contains(headBytes, "<html")
            || ByteSearch.contains(headBytes, "<body") {
            return .html
        }
        return .text
    }

    /// Magic numbers of the binary formats people drop into document folders.
    private static func magic(_ bytes: [UInt8]) -> String? {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && Array(bytes.prefix(prefix.count)) == prefix }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "PNG image" }
        if starts(Array("%PDF".utf8)) { return "PDF document" }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return "ZIP archive" }
        if starts([0xFF, 0xD8, 0xFF]) { return "JPEG image" }
        if starts(Array("GIF8".utf8)) { return "GIF image" }
        if starts([0x1F, 0x8B]) { return "gzip archive" }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "Office document" }
        return nil
    }

    /// ASCII lower-cased view of a prefix, for cheap marker checks.
    static func lowerASCII(_ bytes: ArraySlice<UInt8>, skippingNUL: Bool = false) -> String {
        String(decoding: lowerBytes(bytes, skippingNUL: skippingNUL), as: UTF8.self)
    }

    /// ASCII lower-cased bytes, same length as the input (unless NULs are skipped).
    static func lowerBytes(_ bytes: ArraySlice<UInt8>, skippingNUL: Bool = false) -> [UInt8] {
        if skippingNUL {
            return bytes.compactMap { $0 == 0 ? nil : ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) }
        }
        // Written in place: appending byte by byte was a visible cost on 64 KB filing heads.
        // (Not for no bytes: see `ScalarText.scalars(of:)` on the shared empty array.)
        guard !bytes.isEmpty else { return [] }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            count = bytes.count
        }
    }

    /// The encoding an XML declaration or a `<meta charset>` / http-equiv names, if any.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = lowerBytes(bytes.prefix(4096))
        for marker in ["encoding=", "charset="] {
            // The marker is ASCII: found by bytes, then the name is read as text after it.
            guard let end = ByteSearch.firstEnd(of: marker, in: head) else { continue }
            var name = ""
            for character in String(decoding: head[end...], as: UTF8.self) {
                if character == "\"" || character == "'" { if name.isEmpty { continue } else { break } }
                if character.isLetter || character.isNumber || character == "-" || character == "_" || character == ":" {
                    name.append(character)
                } else { break }
            }
            if !name.isEmpty { return name }
        }
        return nil
    }
}
