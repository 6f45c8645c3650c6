/// The HTML attributes the tree walker reads, recognised from a NUL-terminated name.
///
/// Why bytes: the walker meets every attribute of every element, and most (`href`, `src`,
/// `data-*`) are never read. Making a `String` of each name, lower-casing and switching on it was
/// a visible part of reading; so was handing a Swift literal to a C comparison (a copy per call).
/// Names are compared in place, ASCII case-insensitively, as HTML attribute names are.
enum AttributeName: Equatable {
    /// `class` or `id`: both describe what the element is.
    case classOrID
    case role, hidden, ariaHidden, style, name, property, itemprop, httpEquiv, content, type, datetime

    /// Lower-case spellings as bytes.
    private static let spellings: [(name: [UInt8], key: AttributeName)] = [
        ("class", AttributeName.classOrID), ("id", .classOrID), ("role", .role), ("hidden", .hidden),
        ("aria-hidden", .ariaHidden), ("style", .style), ("name", .name), ("property", .property),
        ("itemprop", .itemprop), ("http-equiv", .httpEquiv), ("content", .content), ("type", .type),
        ("datetime", .datetime),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Bit `n` is set when a spelling starts with the `n`th letter (a = 1).
    private static let firstLetters: UInt32 = spellings.reduce(0) { $0 | 1 << UInt32($1.name[0] & 0x1F) }

    /// nil for an attribute the walker does not read.
    init?(cString name: UnsafePointer<UInt8>) {
        // Most attributes (`href`, `src`, `width`, `data-*`) start with a letter none of the
        // spellings starts with: one test turns them away.
        let first = name[0] | 0x20
        guard Self.firstLetters & (1 << UInt32(first & 0x1F)) != 0, first >= 0x61, first <= 0x7A else { return nil }
        candidates: for entry in Self.spellings {
            var index = 0
            for expected in entry.name {
                // Stops at the terminating NUL at the latest: no expected byte is 0.
                let byte = name[index]
                guard (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == expected else { continue candidates }
                index += 1
            }
            if name[index] == 0 { self = entry.key; return }
        }
        return nil
    }
}
