/// The first and last visible scalars of a block and the tests `AttributionResolver.blockJoins`
/// asks of them, with ASCII answered without the Unicode property tables (same answers).
enum BlockEdges {
    /// The last scalar that is not white space (`properties.isWhitespace`).
    static func lastVisible(_ text: String) -> Unicode.Scalar? {
        // Nearly every block ends in a visible ASCII byte, which is then its last scalar.
        if let byte = text.utf8.last, byte < 0x80, !ScalarText.isWhitespace(Unicode.Scalar(byte)) { return Unicode.Scalar(byte) }
        return text.unicodeScalars.last { !ScalarText.isWhitespace($0) }
    }

    /// The first scalar that is not white space.
    static func firstVisible(_ text: String) -> Unicode.Scalar? {
        if let byte = text.utf8.first, byte < 0x80, !ScalarText.isWhitespace(Unicode.Scalar(byte)) { return Unicode.Scalar(byte) }
        return text.unicodeScalars.first { !ScalarText.isWhitespace($0) }
    }

    /// Closing punctuation: a block ending in it does not run on into the next.
    static func closes(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", ":", "\"", "\u{201D}": true
        default: false
        }
    }

    /// `properties.isLowercase`.
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase
    }

    /// `properties.isLowercase || properties.numericType != nil`; in ASCII only the digits have a
    /// numeric type.
    static func isLowercaseOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A || value >= 0x30 && value <= 0x39 }
        return scalar.properties.isLowercase || scalar.properties.numericType != nil
    }
}
