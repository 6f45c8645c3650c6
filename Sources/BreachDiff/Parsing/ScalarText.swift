/// Fast conversions between scalar arrays and strings for the hot paths of reading and extraction.
///
/// Why: `String(String.UnicodeScalarView(slice))` appends scalar by scalar through the generic
/// `append(contentsOf:)` (about 12% of extraction time in the profile); encoding the UTF-8 once
/// into the string's own storage gives the same string several times faster. And
/// `Unicode.Scalar.Properties.isWhitespace` is a table lookup that ASCII text never needs.
enum ScalarText {
    /// The string of `scalars` (same value as `String(String.UnicodeScalarView(scalars))`).
    static func string<S: Collection>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        let count = scalars.count
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count * 4) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[index] = UInt8(value); index += 1
                } else if value < 0x800 {
                    buffer[index] = UInt8(0xC0 | value >> 6)
                    buffer[index + 1] = UInt8(0x80 | value & 0x3F); index += 2
                } else if value < 0x10000 {
                    buffer[index] = UInt8(0xE0 | value >> 12)
                    buffer[index + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[index + 2] = UInt8(0x80 | value & 0x3F); index += 3
                } else {
                    buffer[index] = UInt8(0xF0 | value >> 18)
                    buffer[index + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[index + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[index + 3] = UInt8(0x80 | value & 0x3F); index += 4
                }
            }
            return index
        }
    }

    /// `scalar.properties.isWhitespace`, answered without the property table for ASCII.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}
