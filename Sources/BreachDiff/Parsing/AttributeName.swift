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

    /// Lower-case spellings packed into two words (see `pack`), with their keys, in a small
    /// open-addressing table: a name is looked up with one multiply and (almost always) one
    /// compare, where a scan of the thirteen spellings cost a compare each.
    ///
    /// Why packed: comparing a name against byte arrays retained and released each array per
    /// candidate; two integer compares per spelling cost no reference counting at all.
    private struct Table {
        var slots = [(packed: (UInt64, UInt64), key: AttributeName?)](repeating: ((0, 0), nil), count: 32)
        /// Bit `n` is set when a spelling starts with the `n`th letter (a = 1).
        var firstLetters: UInt32 = 0

        init() {
            let spellings: [(String, AttributeName)] = [
                ("class", .classOrID), ("id", .classOrID), ("role", .role), ("hidden", .hidden),
                ("aria-hidden", .ariaHidden), ("style", .style), ("name", .name), ("property", .property),
                ("itemprop", .itemprop), ("http-equiv", .httpEquiv), ("content", .content), ("type", .type),
                ("datetime", .datetime),
            ]
            for (spelling, key) in spellings {
                let packed = (Array(spelling.utf8) + [0]).withUnsafeBufferPointer { AttributeName.pack($0.baseAddress!)! }
                var slot = Table.slot(of: packed)
                while slots[slot].key != nil { slot = (slot + 1) & 31 }
                slots[slot] = (packed, key)
                firstLetters |= 1 << UInt32(packed.0 & 0x1F)
            }
        }

        static func slot(of packed: (UInt64, UInt64)) -> Int {
            Int(truncatingIfNeeded: ((packed.0 ^ packed.1 &* 31) &* 0x9E37_79B9_7F4A_7C15) >> 59)
        }

        /// The key of a packed name; probing stops at the first empty slot.
        func key(of packed: (UInt64, UInt64)) -> AttributeName? {
            var slot = Table.slot(of: packed)
            while let key = slots[slot].key {
                if slots[slot].packed == packed { return key }
                slot = (slot + 1) & 31
            }
            return nil
        }
    }

    private static let table = Table()

    /// The name up to its NUL, ASCII lower-cased, eight bytes to a word; nil when the name is
    /// longer than 16 bytes (no spelling is). Two fixed loops and a branch-free lower-casing:
    /// this runs for most attributes of every element.
    private static func pack(_ name: UnsafePointer<UInt8>) -> (UInt64, UInt64)? {
        var low: UInt64 = 0
        for index in 0..<8 {
            let byte = name[index]
            if byte == 0 { return (low, 0) }
            low |= UInt64(lowered(byte)) << (8 * index)
        }
        var high: UInt64 = 0
        for index in 0..<8 {
            let byte = name[8 + index]
            if byte == 0 { return (low, high) }
            high |= UInt64(lowered(byte)) << (8 * index)
        }
        return name[16] == 0 ? (low, high) : nil
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte | (byte &- 0x41 < 26 ? 0x20 : 0)
    }

    /// Read on every element (`ElementAttributes`); the others only on `<meta>`, `<script>`,
    /// `<time>` and inline XBRL (`SpecialAttributes`), so the tree keeps them only there.
    var isReadOnEveryElement: Bool {
        switch self {
        case .classOrID, .role, .hidden, .ariaHidden, .style: true
        case .name, .property, .itemprop, .httpEquiv, .content, .type, .datetime: false
        }
    }

    /// nil for an attribute the walker does not read; `lowered` is the name ASCII lower-cased,
    /// eight bytes to a word, the first byte lowest, as `pack` makes it (`UnreadAttributeValues`
    /// reads names in the page's bytes and has their words already).
    init?(lowered packed: (UInt64, UInt64)) {
        guard Self.table.firstLetters & (1 << UInt32(packed.0 & 0x1F)) != 0, let key = Self.table.key(of: packed) else { return nil }
        self = key
    }

    /// nil for an attribute the walker does not read.
    init?(cString name: UnsafePointer<UInt8>) {
        // Most attributes (`href`, `src`, `width`, `data-*`) start with a letter none of the
        // spellings starts with: one test turns them away.
        let first = name[0] | 0x20
        guard Self.table.firstLetters & (1 << UInt32(first & 0x1F)) != 0, first >= 0x61, first <= 0x7A,
              let packed = Self.pack(name), let key = Self.table.key(of: packed) else { return nil }
        self = key
    }
}
