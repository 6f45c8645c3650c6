/// A string's Unicode scalars as an array, decoded in one pass over its UTF-8 bytes.
///
/// Why not `Array(text.unicodeScalars)`: that walks the scalar view twice (once to count, once
/// to copy), decoding each scalar through the generic view, which cost as much as a type
/// extractor on every document. A Swift string's bytes are valid UTF-8, so the decoder below
/// needs no error handling, and prose is nearly all one-byte scalars.
enum TextScalars {
    /// The same array as `Array(text.unicodeScalars)`.
    static func of(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            // At most one scalar per byte; the unused tail is never initialised or counted.
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var index = 0, written = 0
                let end = bytes.count
                while index < end {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        buffer[written] = Unicode.Scalar(lead)
                        index += 1
                    } else {
                        let (value, length) = decode(bytes, at: index, lead: UInt32(lead))
                        // Valid UTF-8 never decodes to a surrogate or beyond U+10FFFF.
                        buffer[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        index += length
                    }
                    written += 1
                }
                count = written
            }
        }
    }

    /// The scalar value of the multi-byte sequence starting at `index` and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt32) -> (UInt32, Int) {
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }
}
