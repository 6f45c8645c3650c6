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

    /// Lower-case spellings packed into two words (see `pack`), with their keys.
    ///
    /// Why packed: comparing a name against byte arrays retained and released each array per
    /// candidate; two integer compares per spelling cost no reference counting at all.
    private static let spellings: [(packed: (UInt64, UInt64), key: AttributeName)] = [
        ("class", AttributeName.classOrID), ("id", .classOrID), ("role", .role), ("hidden", .hidden),
        ("aria-hidden", .ariaHidden), ("style", .style), ("name", .name), ("property", .property),
        ("itemprop", .itemprop), ("http-equiv", .httpEquiv), ("content", .content), ("type", .type),
        ("datetime", .datetime),
    ].map { spelling, key in
        Array(spelling.utf8).withUnsafeBufferPointer { (pack($0.baseAddress!, count: $0.count)!, key) }
    }

    /// Bit `n` is set when a spelling starts with the `n`th letter (a = 1).
    private static let firstLetters: UInt32 = spellings.reduce(0) { $0 | 1 << UInt32($1.packed.0 & 0x1F) }

    /// The first `count` bytes (or up to the NUL), ASCII lower-cased, eight to a word; nil when
    /// the name is longer than 16 bytes (no spelling is).
    private static func pack(_ name: UnsafePointer<UInt8>, count: Int = 17) -> (UInt64, UInt64)? {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        while index < count, name[index] != 0 {
            guard index < 16 else { return nil }
            let byte = name[index]
            let lower = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if index < 8 { low |= lower << (8 * index) } else { high |= lower << (8 * (index - 8)) }
            index += 1
        }
        return (low, high)
    }

    /// Read on every element (`ElementAttributes`); the others only on `<meta>`, `<script>`,
    /// `<time>` and inline XBRL (`SpecialAttributes`), so the tree keeps them only there.
    var isReadOnEveryElement: Bool {
        switch self {
        case .classOrID, .role, .hidden, .ariaHidden, .style: true
        case .name, .property, .itemprop, .httpEquiv, .content, .type, .datetime: false
        }
    }

    /// nil for an attribute the walker does not read.
    init?(cString name: UnsafePointer<UInt8>) {
        // Most attributes (`href`, `src`, `width`, `data-*`) start with a letter none of the
        // spellings starts with: one test turns them away.
        let first = name[0] | 0x20
        guard Self.firstLetters & (1 << UInt32(first & 0x1F)) != 0, first >= 0x61, first <= 0x7A,
              let packed = Self.pack(name) else { return nil }
        for entry in Self.spellings where entry.packed == packed {
            self = entry.key
            return
        }
        return nil
    }
}
