/// Builds a document's text block by block, normalising as it goes, with scalar offsets
/// computed incrementally (one pass, no `String.Index` arithmetic).
///
/// Normalisation: Unicode spaces become a space and runs of white space collapse to one;
/// soft hyphens, zero-width characters and control characters disappear; curly quotes and
/// primes become straight quotes; hyphen variants and the minus sign become `-` (en and em
/// dashes are kept as they are). C1 controls (U+0080...U+009F) are read as the windows-1252
/// characters they stand for, as browsers do with `&#146;` in old EDGAR HTML, so "Company&#146;s"
/// keeps its apostrophe. The normalised text *is* the document text.
struct TextAccumulator {
    /// The document's text, then (while a block is pending) the separator and the pending
    /// block's text. Why the pending text lives here rather than in a buffer of its own: a
    /// block was copied twice (into the buffer, then into the document) and the buffer emptied
    /// once per block; now it is written once, where it stays.
    private(set) var bytes: [UInt8] = []
    /// Scalars of the finished blocks and their separators (the pending block not counted).
    private(set) var scalarCount = 0
    private(set) var blocks: [TextBlock] = []
    /// Byte and scalar length of the document before each block, so a block can be taken back.
    private var marks: [(bytes: Int, scalars: Int)] = []

    /// Where the pending block's text starts in `bytes`, and the document's length before the
    /// block and its separator; meaningful while `pendingScalars > 0`.
    private var pendingStart = 0
    private var pendingMark: (bytes: Int, scalars: Int) = (0, 0)
    private var pendingScalars = 0
    private var pendingSpace = false
    /// Inside `<pre>`: line breaks are kept (as single `\n`), other white space still collapses.
    var keepLineBreaks = false
    private var pendingNewline = false

    /// Upper bound of one block in scalars; longer runs are cut into several blocks so that
    /// the later stages (sentence splitting, rules) keep working on bounded pieces.
    static let maxBlockScalars = 200_000

    var hasPendingText: Bool { pendingScalars > 0 }
    var pendingText: String { pendingScalars > 0 ? String(decoding: bytes[pendingStart...], as: UTF8.self) : "" }

    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    /// Appends UTF-8 text (valid UTF-8 is assumed; libxml2 trees and our decoder guarantee it).
    mutating func append(utf8 buffer: UnsafeBufferPointer<UInt8>, kind: BlockKind) {
        var index = 0
        let count = buffer.count
        while index < count {
            let lead = buffer[index]
            if lead > 0x20 && lead < 0x7F {
                // Printable ASCII with single spaces between (most of any text) needs none of the
                // normalisation cases: the run is copied as it is.
                var end = index + 1
                let base = UnsafeRawPointer(buffer.baseAddress!)
                run: while end < count {
                    // Eight bytes at once when the byte steps below would take them all; else
                    // eight byte steps before the next try (a failed word test is not repeated
                    // at every byte).
                    if end + 8 <= count, Self.isPrintableWord(base.loadUnaligned(fromByteOffset: end, as: UInt64.self)) {
                        end += 8
                        continue
                    }
                    let stop = min(count, end + 8)
                    while end < stop {
                        let byte = buffer[end]
                        if byte > 0x20 && byte < 0x7F { end += 1; continue }
                        guard byte == 0x20, end + 1 < count, buffer[end + 1] > 0x20, buffer[end + 1] < 0x7F else { break run }
                        end += 2
                    }
                }
                appendPrintable(UnsafeBufferPointer(rebasing: buffer[index..<end]), kind: kind)
                index = end
                continue
            }
            if lead < 0x80 {
                index += 1
                appendScalar(UInt32(lead), kind: kind)
                continue
            }
            var value: UInt32
            var length: Int
            switch lead {
            case 0xC0...0xDF: value = UInt32(lead & 0x1F); length = 2
            case 0xE0...0xEF: value = UInt32(lead & 0x0F); length = 3
            case 0xF0...0xF7: value = UInt32(lead & 0x07); length = 4
            default: index += 1; continue
            }
            guard index + length <= count else { break }
            for offset in 1..<length { value = value << 6 | UInt32(buffer[index + offset] & 0x3F) }
            index += length
            appendScalar(value, kind: kind)
        }
    }

    /// Whether the byte steps of a printable run would take all eight bytes of `word` (memory
    /// order, little-endian), the byte before them being printable and not a space: printable
    /// ASCII or spaces, no two spaces together, and no space last (whether it stays depends on
    /// the byte after). Bit tricks per byte lane; each test is exact for "some lane has it".
    @inline(__always)
    static func isPrintableWord(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let noHigh = word & high == 0
        let noControl = (word &- 0x2020_2020_2020_2020) & ~word & high == 0
        let delete = word ^ 0x7F7F_7F7F_7F7F_7F7F
        let noDelete = (delete &- ones) & ~delete & high == 0
        guard noHigh, noControl, noDelete else { return false }
        // 0x80 in exactly the lanes that hold a space.
        let spaces = word ^ 0x2020_2020_2020_2020
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let spaceLanes = ~(((spaces & low) &+ low) | spaces | low)
        return spaceLanes & (spaceLanes << 8) == 0 && spaceLanes >> 63 == 0
    }

    mutating func append(_ text: String, kind: BlockKind) {
        var copy = text
        copy.withUTF8 { append(utf8: $0, kind: kind) }
    }

    /// A soft break: white space that separates words (`<br>`, a line break in plain text).
    mutating func appendSpace() {
        if keepLineBreaks { if pendingScalars > 0 { pendingNewline = true } } else if pendingScalars > 0 { pendingSpace = true }
    }

    private var pendingKind: BlockKind = .paragraph

    private mutating func appendScalar(_ raw: UInt32, kind: BlockKind) {
        var value = raw
        switch value {
        case 0x0A, 0x0D:
            if keepLineBreaks { if pendingScalars > 0 { pendingNewline = true } ; return }
            if pendingScalars > 0 { pendingSpace = true }
            return
        case 0x80...0x9F:
            if let character = ByteDecoder.windows1252Character(forC1: value) { appendScalar(character, kind: kind) }
            return
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            if pendingScalars > 0 { pendingSpace = true }
            return
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF, 0x00...0x1F, 0x7F:
            return
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: value = 0x27
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: value = 0x22
        case 0x2010, 0x2011, 0x2212: value = 0x2D
        default: break
        }
        appendKept(value, kind: kind)
    }

    /// Appends a run of printable ASCII in which every space is single and followed by a
    /// printable byte: byte for byte what `appendScalar` would give, in bulk where nothing is
    /// pending. A block is cut where the per-scalar path cuts it: after the first kept (non-space)
    /// scalar that reaches `maxBlockScalars`; a space right after the cut is dropped.
    private mutating func appendPrintable(_ run: UnsafeBufferPointer<UInt8>, kind: BlockKind) {
        var start = 0
        let count = run.count
        while start < count {
            guard pendingScalars > 0, !pendingSpace, !pendingNewline, run[start] != 0x20 else {
                appendScalar(UInt32(run[start]), kind: kind)
                start += 1
                continue
            }
            var take = min(count - start, Self.maxBlockScalars - pendingScalars)
            // A space never ends a block: its printable neighbour (always in the run) comes along.
            if run[start + take - 1] == 0x20 { take += 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[start..<(start + take)]))
            pendingScalars += take
            start += take
            if pendingScalars >= Self.maxBlockScalars { flush() }
        }
    }

    /// Appends a scalar that stays in the text, after the pending space or line break.
    @inline(__always)
    private mutating func appendKept(_ value: UInt32, kind: BlockKind) {
        if pendingScalars == 0 {
            pendingKind = kind
            beginBlock()
        }
        if pendingNewline {
            bytes.append(0x0A); pendingScalars += 1
            pendingNewline = false; pendingSpace = false
        } else if pendingSpace {
            bytes.append(0x20); pendingScalars += 1
            pendingSpace = false
        }
        if value < 0x80 { bytes.append(UInt8(value)) } else { ByteDecoder.appendUTF8(value, to: &bytes) }
        pendingScalars += 1
        if pendingScalars >= Self.maxBlockScalars { flush() }
    }

    /// Ends the current block with the given kind instead of the one its first character had.
    mutating func flush(as kind: BlockKind) {
        pendingKind = kind
        flush()
    }

    var pendingScalarCount: Int { pendingScalars }

    /// Ends the current block (if it has text) and appends it to the document.
    mutating func flush() {
        pendingSpace = false
        pendingNewline = false
        guard pendingScalars > 0 else { return }
        marks.append(pendingMark)
        let start = pendingMark.scalars + (pendingMark.bytes > 0 ? 2 : 0)
        scalarCount = start + pendingScalars
        blocks.append(TextBlock(kind: pendingKind, text: String(decoding: bytes[pendingStart...], as: UTF8.self),
                                start: start, end: scalarCount))
        pendingScalars = 0
    }

    /// Starts the pending block: the separator after an earlier block ("\n\n"), then its text.
    private mutating func beginBlock() {
        pendingMark = (bytes.count, scalarCount)
        if !bytes.isEmpty { bytes.append(0x0A); bytes.append(0x0A) }
        pendingStart = bytes.count
    }

    /// Drops the pending text without making a block of it.
    mutating func discardPending() {
        if pendingScalars > 0 { bytes.removeSubrange(pendingMark.bytes...) }
        pendingScalars = 0
        pendingSpace = false
        pendingNewline = false
    }

    /// Takes back the last block (a heading that turned out to introduce page chrome).
    mutating func removeLastBlock() {
        guard let mark = marks.popLast() else { return }
        // Pending text (none when the reader takes blocks back, but kept if there is) moves
        // down with its separator decided again, as when it was held apart.
        let carried = pendingScalars > 0 ? Array(bytes[pendingStart...]) : nil
        blocks.removeLast()
        bytes.removeSubrange(mark.bytes...)
        scalarCount = mark.scalars
        if let carried {
            beginBlock()
            bytes.append(contentsOf: carried)
        }
    }

    /// Takes back every block from index `count` on.
    mutating func truncate(toBlockCount count: Int) {
        while blocks.count > count { removeLastBlock() }
    }

    /// The finished blocks' text (the pending block not included).
    var text: String { String(decoding: bytes[..<(pendingScalars > 0 ? pendingMark.bytes : bytes.count)], as: UTF8.self) }
}
