extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: the same result as Foundation's
    /// `trimmingSpaces()` (tab and the space separators, Unicode category
    /// Zs), without its detour through `NSString`, which cost about 6% of reading plain text on
    /// Linux (docs/performance.md). ASCII needs no Unicode property lookup.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isTrimmableSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isTrimmableSpace })!
        // Most lines have nothing to trim: the same characters, without re-encoding the whole
        // line scalar by scalar (long plain-text lines made that a visible cost).
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        return ScalarText.string(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// A member of `CharacterSet.whitespaces`: tab or a space separator.
    var isTrimmableSpace: Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return properties.generalCategory == .spaceSeparator
    }
}
