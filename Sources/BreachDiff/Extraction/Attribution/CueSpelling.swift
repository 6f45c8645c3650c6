import Foundation

/// How a `CueToken` spells its word and written form without a `String` of its own.
///
/// Why: tokenising made one or two strings per word of every sentence, and each copy of a token
/// retained them; that was the largest cost of attribution (callgrind, session 7). A word of at most
/// 16 UTF-8 bytes (nearly all) is kept as its bytes in two integers, and the written form as the
/// positions of its ASCII capitals. Anything else (a longer word, a capital outside ASCII) is kept
/// once in `CueSpellingTable` and referred to by its entry. Two spellings are equal exactly when
/// their words and written forms have the same bytes.
struct CueSpelling: Sendable, Equatable {
    /// UTF-8 bytes 0..<8 of the word, first byte lowest, zero after the end.
    var head: UInt64 = 0
    /// UTF-8 bytes 8..<16 of the word.
    var tail: UInt64 = 0
    /// UTF-8 length of the word, or `long` when it has more than 16 bytes (then `head` and `tail` are 0).
    var length: UInt8 = 0
    /// Bit `i` set: byte `i` of the written form is the ASCII capital of byte `i` of the word.
    var capitals: UInt16 = 0
    /// Index in `CueSpellingTable.shared` when the word is long or the written form is not the word
    /// with ASCII capitals; -1 otherwise.
    var entry: Int32 = -1

    static let long: UInt8 = 0xFF
    static let capacity = 16

    /// Whether the word's bytes are in `head` and `tail`.
    @inline(__always)
    var isInline: Bool { length != Self.long }

    /// The spelling of `word` written as `raw`.
    init(word: String, raw: String) {
        let bytes = Array(word.utf8)
        let written = Array(raw.utf8)
        if bytes.count <= Self.capacity {
            for (offset, byte) in bytes.enumerated() { set(byte, at: offset) }
            length = UInt8(bytes.count)
            if written.count == bytes.count {
                var mask: UInt16 = 0
                var derived = true
                for offset in 0..<bytes.count where written[offset] != bytes[offset] {
                    let capital = written[offset]
                    guard capital >= 0x41 && capital <= 0x5A && capital | 0x20 == bytes[offset] else { derived = false; break }
                    mask |= 1 << UInt16(offset)
                }
                if derived {
                    capitals = mask
                    return
                }
            }
        } else {
            length = Self.long
        }
        entry = CueSpellingTable.shared.entry(word: word, raw: raw)
    }

    /// An ASCII word of at most 16 bytes, already packed (the tokenizer's path).
    @inline(__always)
    init(head: UInt64, tail: UInt64, length: Int, capitals: UInt16) {
        self.head = head
        self.tail = tail
        self.length = UInt8(truncatingIfNeeded: length)
        self.capitals = capitals
    }

    @inline(__always)
    mutating func set(_ byte: UInt8, at offset: Int) {
        if offset < 8 { head |= UInt64(byte) << UInt64(offset * 8) } else { tail |= UInt64(byte) << UInt64((offset - 8) * 8) }
    }

    @inline(__always)
    func byte(at offset: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: offset < 8 ? head >> UInt64(offset * 8) : tail >> UInt64((offset - 8) * 8))
    }

    /// Byte `offset` of the written form, when it is inline (`entry` < 0).
    @inline(__always)
    func writtenByte(at offset: Int) -> UInt8 {
        let byte = byte(at: offset)
        return capitals & (1 << UInt16(offset)) != 0 ? byte & ~0x20 : byte
    }

    /// Whether the inline bytes are all ASCII.
    @inline(__always)
    var isASCII: Bool { (head | tail) & 0x8080_8080_8080_8080 == 0 }

    /// Whether both spell the same word (written forms aside).
    @inline(__always)
    func sameWord(as other: CueSpelling) -> Bool {
        if isInline { return head == other.head && tail == other.tail && length == other.length }
        return !other.isInline && word == other.word
    }

    /// Whether the word is `literal` (compared byte by byte, as `WordSet` does).
    @inline(__always)
    func isWord(_ literal: StaticString) -> Bool {
        // Bytes decide when both are ASCII: `String` equality is canonical equivalence, which for
        // ASCII is byte equality, while other text may have several byte forms ("K" and the Kelvin sign).
        guard isInline, isASCII, literal.hasPointerRepresentation, literal.isASCII else { return word == literal.description }
        guard Int(length) == literal.utf8CodeUnitCount else { return false }
        let bytes = literal.utf8Start
        for offset in 0..<Int(length) where bytes[offset] != byte(at: offset) { return false }
        return true
    }

    /// The word.
    var word: String {
        guard isInline else { return CueSpellingTable.shared.word(entry) }
        return text(capitals: 0)
    }

    /// The written form.
    var raw: String {
        guard entry < 0 else { return CueSpellingTable.shared.raw(entry) }
        return text(capitals: capitals)
    }

    /// The inline bytes as a string, the bytes in `capitals` upper-cased.
    private func text(capitals: UInt16) -> String {
        let count = Int(length)
        return String(unsafeUninitializedCapacity: count) { buffer in
            for offset in 0..<count {
                let byte = self.byte(at: offset)
                buffer[offset] = capitals & (1 << UInt16(offset)) != 0 ? byte & ~0x20 : byte
            }
            return count
        }
    }
}

/// The words and written forms `CueSpelling` cannot keep inline, each kept once per process.
///
/// Rare (words over 16 bytes, capitals outside ASCII), so one lock is no contention. Keys are the
/// exact bytes: `String` equality would merge canonically equivalent spellings, whose bytes differ.
final class CueSpellingTable: @unchecked Sendable {
    static let shared = CueSpellingTable()

    private let lock = NSLock()
    private var entries: [(word: String, raw: String)] = []
    private var index: [[UInt8]: Int32] = [:]

    func entry(word: String, raw: String) -> Int32 {
        // 0xFF never occurs in UTF-8, so it separates the two spellings unambiguously.
        let key = Array(word.utf8) + [0xFF] + Array(raw.utf8)
        lock.lock()
        defer { lock.unlock() }
        if let found = index[key] { return found }
        let number = Int32(entries.count)
        entries.append((word, raw))
        index[key] = number
        return number
    }

    func word(_ entry: Int32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return entries[Int(entry)].word
    }

    func raw(_ entry: Int32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return entries[Int(entry)].raw
    }
}
