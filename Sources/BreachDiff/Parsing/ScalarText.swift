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

    /// `Array(text.unicodeScalars)`, decoded straight from the string's UTF-8.
    ///
    /// Why: the generic initialiser walks the scalar view twice (once to count, once to copy),
    /// each step a full decode; that was a tenth of sentence splitting and of the filing line
    /// split. The string's UTF-8 is valid, so the decoder needs no checks.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        // Empty: no `unsafeUninitializedCapacity: 0`, which writes the count into the runtime's
        // one shared empty array (a data race ThreadSanitizer reports when threads do it at once).
        guard !text.isEmpty else { return [] }
        var text = text
        return text.withUTF8 { utf8 in
            // A scalar takes at least one byte: the byte count bounds the scalar count.
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
                initialized = decode(utf8, into: buffer)
            }
        }
    }

    /// Replaces the contents of `scalars` with the scalars of `text`, keeping its storage: a
    /// caller that decodes block after block allocates once instead of once per block (each
    /// allocation cost more than decoding a short block).
    static func replace(_ scalars: inout [Unicode.Scalar], with text: String) {
        var text = text
        text.withUTF8 { utf8 in
            scalars.removeAll(keepingCapacity: true)
            scalars.append(contentsOf: repeatElement(Unicode.Scalar(0), count: utf8.count))
            let written = scalars.withUnsafeMutableBufferPointer { decode(utf8, into: $0) }
            scalars.removeLast(utf8.count - written)
        }
    }

    /// Decodes valid UTF-8 into `output` (room for `utf8.count` scalars); returns the count.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        var index = 0
        var written = 0
        let count = utf8.count
        guard let bytes = UnsafeRawPointer(utf8.baseAddress), let scalars = output.baseAddress else { return 0 }
        while index < count {
            // Eight ASCII bytes at once (most text): one test, one widening store.
            if index + 8 <= count {
                let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    // Widened as one vector (zero-extension to 32 bits is the scalar value of
                    // an ASCII byte): a few vector instructions instead of eight shifts and stores.
                    let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
                    UnsafeMutableRawPointer(scalars + written).storeBytes(of: wide, as: SIMD8<UInt32>.self)
                    index += 8
                    written += 8
                    continue
                }
            }
            let lead = utf8[index]
            var value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
                index += 1
            } else if lead < 0xE0 {
                value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                index += 3
            } else {
                value = UInt32(lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                    | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                index += 4
            }
            // Valid UTF-8 never decodes to a surrogate or to a value above U+10FFFF.
            output[written] = Unicode.Scalar(value).unsafelyUnwrapped
            written += 1
        }
        return written
    }

    /// `scalar.properties.isWhitespace`, answered without the property table for ASCII.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}
