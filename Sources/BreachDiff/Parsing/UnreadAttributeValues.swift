import Foundation

/// Takes the attributes no one reads out of a page before libxml2 parses it: the `style` of an
/// element it does not hide, and every attribute the tree builder never keeps (`valign`,
/// `href`, `contextRef`, ...). EDGAR pages style every cell, and libxml2 copies an attribute
/// value character by character (about 130 instructions a character, plus its name and an
/// allocation): style values alone were a fifth of libxml2's work on the benchmark corpus.
///
/// The scan follows libxml2 2.9.14's HTML tokenizer (`htmlParseContentInternal`,
/// `htmlParseStartTag`, `htmlParseScript`, `htmlParseComment`): start tags are `<` and an ASCII
/// letter, script and style content is raw up to `</script` or `</style`, comments end at
/// `-->`. Whenever the input leaves the plain cases it follows (an unterminated tag, `<!` other
/// than a comment or doctype, a NUL byte, a name of 100 bytes), the rest of the input is passed
/// on unchanged, so a doubt costs speed, never output. Only attributes whose value is printable
/// ASCII without `&` go (no character or entity error can go missing), never on `<meta>`
/// (libxml2 reads its charset), and their line breaks stay (libxml2 reports errors by line). A
/// tag that names an attribute twice (libxml2 reports it and keeps the first) or holds a bogus
/// attribute keeps its attributes; only their values are emptied. Script and style content
/// (3.7 MB of the corpus, read by libxml2 character by character too) is replaced by its line
/// breaks unless it is JSON-LD or may sit inside an element whose whole text is read (a
/// `<title>` holding markup, inline XBRL): the content node stays, its text is never read. The
/// tree gets the same elements, texts and kept attributes (`UnreadAttributeValuesTests`
/// compares both).
enum UnreadAttributeValues {
    /// `bytes` without unread attributes, or nil when there is nothing to take out.
    static func emptied(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            guard let base = buffer.baseAddress, buffer.count > 0,
                  memchr(base, 0, buffer.count) == nil else { return nil }
            var changed = false
            // The output is never longer than the input: written in place, one allocation.
            let output = [UInt8](unsafeUninitializedCapacity: buffer.count) { out, initialized in
                var scan = Scan(input: buffer, output: out.baseAddress!)
                scan.run()
                changed = scan.copied > 0
                if changed { scan.copy(upTo: buffer.count) }
                initialized = changed ? scan.written : 0
            }
            return changed ? output : nil
        }
    }

    /// The most attributes of one tag compared pairwise for a repeated name (EDGAR cells have a
    /// handful); a tag with more goes through a set.
    static let pairwiseLimit = 64

    /// One attribute of the tag being read: offsets into the input.
    private struct Attribute {
        /// The name's first eight bytes as `Scan.folded` gives them: names are compared by it.
        var fold: UInt64
        var name: Range<Int>
        /// The value without its quotes; empty for a bare name.
        var value: Range<Int>
        var form: Form
        /// After the value (its closing quote included), or after the name.
        var end: Int
        /// The value is `Scan.isPlain`.
        var plain: Bool
        /// A line feed may sit between the name's start and `end` (a blank or a control byte does).
        var mayHoldLineFeed: Bool
    }

    private enum Form { case bare, unquoted, quoted }

    /// One pass over the input; `output` holds the input up to `copied`, attributes taken out.
    private struct Scan: ~Copyable {
        let base: UnsafePointer<UInt8>
        let count: Int
        let output: UnsafeMutablePointer<UInt8>
        var written = 0
        var copied = 0
        /// The classes of each byte value (`nameByte`, `nameStart`, `blank` bits): one load where
        /// a chain of compares was.
        let classes: UnsafeMutablePointer<UInt8>
        /// The current tag's attributes: the first `attributeCount` of `capacity` (the storage is
        /// reused from tag to tag; an array cost more in bookkeeping than the rest of the tag).
        var attributes: UnsafeMutablePointer<Attribute>
        var capacity = 16
        var attributeCount = 0
        /// A `<title>` with markup in it or an inline XBRL element was met: a script or style may
        /// sit inside an element whose whole text is read, so their content stays from here on.
        var rawTextMayBeRead = false

        /// A letter, a digit, "_", ":", "." or "-".
        static let nameByte: UInt8 = 1
        /// A letter, "_", ":" or ".".
        static let nameStart: UInt8 = 2
        /// libxml2's `IS_BLANK_CH`: space, tab, line feed, carriage return.
        static let blank: UInt8 = 4

        init(input: UnsafeBufferPointer<UInt8>, output: UnsafeMutablePointer<UInt8>) {
            base = input.baseAddress!
            count = input.count
            self.output = output
            classes = .allocate(capacity: 256)
            classes.initialize(repeating: 0, count: 256)
            for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
                classes[Int(letter)] = Self.nameByte | Self.nameStart
                classes[Int(letter - 0x20)] = Self.nameByte | Self.nameStart
            }
            for byte in "_:.".utf8 { classes[Int(byte)] = Self.nameByte | Self.nameStart }
            for byte in "0123456789-".utf8 { classes[Int(byte)] = Self.nameByte }
            for byte in " \t\n\r".utf8 { classes[Int(byte)] = Self.blank }
            attributes = .allocate(capacity: capacity)
        }

        deinit {
            classes.deallocate()
            attributes.deallocate()
        }

        /// Stops at the end or at the first construct it does not follow.
        mutating func run() {
            var index = 0
            while index < count {
                guard let found = memchr(base + index, 0x3C, count - index) else { return }
                let open = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                guard let next = after(open) else { return }
                index = next
            }
        }

        /// Copies the input from `copied` up to `end`.
        mutating func copy(upTo end: Int) {
            guard end > copied else { return }
            (output + written).update(from: base + copied, count: end - copied)
            written += end - copied
            copied = end
        }

        /// Leaves out `range` but its line feeds (libxml2 numbers error lines), looked for only when `lineFeeds` says it may hold any.
        private mutating func drop(_ range: Range<Int>, lineFeeds: Bool) {
            copy(upTo: range.lowerBound)
            if lineFeeds { writeLineFeeds(of: range) }
            copied = range.upperBound
        }

        /// Writes a line feed for each one in `range` of the input, nothing else of it.
        @inline(__always)
        private mutating func writeLineFeeds(of range: Range<Int>) {
            var index = range.lowerBound
            while index < range.upperBound, let found = memchr(base + index, 0x0A, range.upperBound - index) {
                output[written] = 0x0A
                written += 1
                index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
            }
        }

        private func byte(_ index: Int) -> UInt8 {
            index < count ? base[index] : 0
        }

        /// Where the scan goes on after the `<` at `open`; nil: stop.
        private mutating func after(_ open: Int) -> Int? {
            let next = byte(open + 1)
            if Self.isLetter(next) { return startTag(open) }
            switch next {
            case 0x21: // "!"
                if byte(open + 2) == 0x2D, byte(open + 3) == 0x2D { return comment(open) }
                if isDoctype(open) { return doctype(open) }
                return nil
            case 0x3F: // "?": a processing instruction ends at the first ">".
                guard Self.isLetter(byte(open + 2)), let end = find(0x3E, from: open + 2) else { return nil }
                return end + 1
            case 0x2F: // "/"
                guard isIn(Self.nameStart, byte(open + 2)) else { return open + 2 }
                guard let end = nameEnd(from: open + 2) else { return nil }
                let close = skipBlanks(end)
                return byte(close) == 0x3E ? close + 1 : nil
            default:
                return open + 1 // a "<" of the text
            }
        }

        private func comment(_ open: Int) -> Int? {
            // libxml2 2.9.14 ends a comment at the first "-->" after "<!--"; later versions also
            // end it at "--!>" or right after "<!--" ("<!-->"): such comments stop the scan.
            guard byte(open + 4) != 0x3E, !(byte(open + 4) == 0x2D && byte(open + 5) == 0x3E) else { return nil }
            var index = open + 4
            while let dash = find(0x2D, from: index) {
                if byte(dash + 1) == 0x2D {
                    if byte(dash + 2) == 0x3E { return dash + 3 }
                    if byte(dash + 2) == 0x21, byte(dash + 3) == 0x3E { return nil }
                }
                index = dash + 1
            }
            return nil
        }

        private func isDoctype(_ open: Int) -> Bool {
            let word: StaticString = "DOCTYPE"
            let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            for (offset, letter) in letters.enumerated() where byte(open + 2 + offset) & 0xDF != letter { return false }
            return true
        }

        /// A doctype ends at the first ">" unless a quoted identifier holds one: odd quotes stop the scan.
        private func doctype(_ open: Int) -> Int? {
            guard let end = find(0x3E, from: open + 2) else { return nil }
            var double = 0
            var single = 0
            for index in open..<end {
                if base[index] == 0x22 { double += 1 } else if base[index] == 0x27 { single += 1 }
            }
            return double % 2 == 0 && single % 2 == 0 ? end + 1 : nil
        }

        @inline(__always)
        private mutating func append(_ attribute: Attribute) {
            if attributeCount == capacity { grow() }
            (attributes + attributeCount).initialize(to: attribute)
            attributeCount += 1
        }

        private mutating func grow() {
            let larger = UnsafeMutablePointer<Attribute>.allocate(capacity: 2 * capacity)
            larger.moveInitialize(from: attributes, count: attributeCount)
            attributes.deallocate()
            attributes = larger
            capacity *= 2
        }

        private mutating func startTag(_ open: Int) -> Int? {
            guard let nameEnd = nameEnd(from: open + 1) else { return nil }
            attributeCount = 0
            var bogus = false
            var index = skipBlanks(nameEnd)
            while index < count, base[index] != 0x3E, !(base[index] == 0x2F && byte(index + 1) == 0x3E) {
                if isIn(Self.nameStart, base[index]) {
                    guard let attributeEnd = self.nameEnd(from: index) else { return nil }
                    var attribute = Attribute(fold: folded(index, attributeEnd - index), name: index..<attributeEnd,
                                              value: attributeEnd..<attributeEnd, form: .bare, end: attributeEnd,
                                              plain: true, mayHoldLineFeed: false)
                    index = skipBlanks(attributeEnd)
                    if byte(index) == 0x3D {
                        let equals = index
                        index = skipBlanks(index + 1)
                        attribute.mayHoldLineFeed = equals > attributeEnd || index > equals + 1
                        let quote = byte(index)
                        if quote == 0x22 || quote == 0x27 {
                            guard let value = quoted(from: index + 1, quote) else { return nil }
                            attribute.value = (index + 1)..<value.close
                            attribute.form = .quoted
                            attribute.plain = value.plain
                            attribute.mayHoldLineFeed = attribute.mayHoldLineFeed || value.controls
                            index = value.close + 1
                        } else {
                            // An unquoted value ends at a blank or ">".
                            let start = index
                            while index < count, !isIn(Self.blank, base[index]), base[index] != 0x3E { index += 1 }
                            attribute.value = start..<index
                            attribute.form = .unquoted
                            attribute.plain = isPlain(attribute.value)
                        }
                        attribute.end = index
                    }
                    append(attribute)
                } else {
                    // libxml2 drops a bogus attribute up to the next blank or the tag's end.
                    bogus = true
                    while index < count, !isIn(Self.blank, base[index]), base[index] != 0x3E,
                          !(base[index] == 0x2F && byte(index + 1) == 0x3E) { index += 1 }
                }
                index = skipBlanks(index)
            }
            guard index < count else { return nil }
            let length = nameEnd - open - 1
            let tag = folded(open + 1, min(length, 8))
            if attributeCount > 0, !(length == 4 && tag == Self.word("meta")) {
                takeOutUnread(whole: !bogus && (attributeCount == 1 || !namesRepeat()))
            }
            if base[index] == 0x2F { return index + 2 } // "/>": nothing is opened
            if length >= 3, tag & 0xFF_FFFF == Self.word("ix:") || length == 5 && tag == Self.word("title") && !holdsTextOnly(after: index + 1) {
                rawTextMayBeRead = true
            }
            let raw: StaticString
            if length == 6, tag == Self.word("script") {
                raw = "script"
            } else if length == 5, tag == Self.word("style") {
                raw = "style"
            } else {
                return index + 1
            }
            // Script and style content is raw text up to "</script" or "</style" (any case); an
            // end tag with a longer name ("</scripts>") leaves it open in libxml2: stop there.
            var search = index + 1
            var embedsEndTag = false
            while let slash = find(0x2F, from: search) {
                if base[slash - 1] == 0x3C {
                    if lowered(slash + 1, raw) {
                        guard !isIn(Self.nameByte, byte(slash + 1 + raw.utf8CodeUnitCount)) else { return nil }
                        // Any other "</" in the content is an error libxml2 reports: such content stays.
                        if !embedsEndTag, !rawTextMayBeRead, !(length == 6 && isLinkedData()) {
                            emptyRawText((index + 1)..<(slash - 1))
                        }
                        return slash - 1
                    }
                    embedsEndTag = true
                }
                search = slash + 1
            }
            return nil
        }

        /// Whether a `<title>`'s content up to `</title>` is text only (no markup, so no script).
        private func holdsTextOnly(after start: Int) -> Bool {
            guard let open = find(0x3C, from: start) else { return false }
            return byte(open + 1) == 0x2F && lowered(open + 2, "title") && !isIn(Self.nameByte, byte(open + 7))
        }

        /// Whether the script tag's first `type` is JSON-LD (the walker reads that content), or
        /// cannot be told on the bytes.
        private func isLinkedData() -> Bool {
            guard let type = UnsafeBufferPointer(start: attributes, count: attributeCount)
                .first(where: { $0.name.count == 4 && $0.fold == Self.word("type") }), type.form != .bare else { return false }
            let value = type.value
            guard isPlain(value) else { return true }
            let word: StaticString = "ld+json"
            guard value.count >= word.utf8CodeUnitCount else { return false }
            for start in value.lowerBound...(value.upperBound - word.utf8CodeUnitCount) where lowered(start, word) { return true }
            return false
        }

        /// Replaces script or style content no one reads by its line breaks (libxml2 numbers
        /// error lines; carriage returns too, as they were), or one space: the content node stays, only its text goes. Content with a
        /// control byte or a noncharacter (errors libxml2 reports) stays.
        private mutating func emptyRawText(_ range: Range<Int>) {
            guard range.count > 1, isQuiet(range) else { return }
            copy(upTo: range.lowerBound)
            let start = written
            if memchr(base + range.lowerBound, 0x0D, range.count) == nil {
                writeLineFeeds(of: range)
            } else {
                // Carriage returns stay too, in order, whatever libxml2 makes of them.
                for index in range where base[index] == 0x0A || base[index] == 0x0D {
                    output[written] = base[index]
                    written += 1
                }
            }
            if written == start {
                output[written] = 0x20
                written += 1
            }
            copied = range.upperBound
        }

        /// No byte below 0x20 but tab, line feed and carriage return, no U+FFFE or U+FFFF: nothing libxml2's raw
        /// text reader reports. Eight bytes at a time.
        private func isQuiet(_ range: Range<Int>) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let raw = UnsafeRawPointer(base)
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if (word &- ones &* 0x20) & ~word & highs != 0 || word & highs != 0 {
                    for offset in 0..<8 where !isQuiet(at: index + offset) { return false }
                }
                index += 8
            }
            while index < range.upperBound {
                if !isQuiet(at: index) { return false }
                index += 1
            }
            return true
        }

        private func isQuiet(at index: Int) -> Bool {
            let value = base[index]
            if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            return !(value == 0xEF && byte(index + 1) == 0xBF && byte(index + 2) & 0xFE == 0xBE)
        }

        /// Takes out each unread attribute with a plain value (`whole`), or only empties its quoted value.
        private mutating func takeOutUnread(whole: Bool) {
            for index in 0..<attributeCount {
                let attribute = attributes[index]
                guard attribute.plain, !isRead(attribute) else { continue }
                if whole {
                    drop(attribute.name.lowerBound..<attribute.end, lineFeeds: attribute.mayHoldLineFeed)
                } else if attribute.form == .quoted, !attribute.value.isEmpty {
                    drop(attribute.value, lineFeeds: attribute.mayHoldLineFeed)
                }
            }
        }

        /// Whether two attributes of the tag have the same name (ASCII case ignored).
        private func namesRepeat() -> Bool {
            guard attributeCount > 1 else { return false }
            guard attributeCount <= UnreadAttributeValues.pairwiseLimit else { return namesRepeatInSet() }
            for first in 0..<(attributeCount - 1) {
                let name = attributes[first]
                for second in (first + 1)..<attributeCount {
                    let other = attributes[second]
                    guard other.fold == name.fold, other.name.count == name.name.count else { continue }
                    // The folds hold the first eight bytes.
                    var same = true
                    for offset in 8..<max(name.name.count, 8)
                    where Self.lower(base[name.name.lowerBound + offset]) != Self.lower(base[other.name.lowerBound + offset]) {
                        same = false
                        break
                    }
                    if same { return true }
                }
            }
            return false
        }

        /// `namesRepeat` for a tag with many attributes, through a set of lower-cased names. Why:
        /// pairwise it would be quadratic, and taking the unread attributes of a hostile tag out
        /// whole also spares libxml2 its own quadratic repeat check on them.
        private func namesRepeatInSet() -> Bool {
            var seen = Set<[UInt8]>(minimumCapacity: attributeCount)
            for index in 0..<attributeCount {
                let name = attributes[index].name
                guard seen.insert(name.map { Self.lower(base[$0]) }).inserted else { return true }
            }
            return false
        }

        /// Kept by the tree builder: a known name, and for `style` one that hides the element.
        private func isRead(_ attribute: Attribute) -> Bool {
            let length = attribute.name.count
            guard length <= 16 else { return false } // no name read is that long
            let rest = length > 8 ? folded(attribute.name.lowerBound + 8, length - 8) : 0
            guard let key = AttributeName(lowered: (attribute.fold, rest)) else { return false }
            guard key == .style else { return true }
            guard attribute.form != .bare else { return false }
            return ByteSearch.hidesElement(style: base + attribute.value.lowerBound, length: attribute.value.count)
        }

        /// Printable ASCII, tabs and line feeds, no "&": nothing libxml2 decodes, reports or
        /// normalises (a carriage return might be). Eight bytes at a time, the last word ending
        /// at the value's end (it may go over bytes already looked at).
        private func isPlain(_ value: Range<Int>) -> Bool {
            let raw = UnsafeRawPointer(base)
            var index = value.lowerBound
            while index + 8 <= value.upperBound {
                guard Self.isPlain(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) else { return false }
                index += 8
            }
            guard index < value.upperBound else { return true }
            if value.count >= 8 {
                return Self.isPlain(raw.loadUnaligned(fromByteOffset: value.upperBound - 8, as: UInt64.self))
            }
            if value.lowerBound + 8 <= count {
                // Fewer than eight bytes: the word's bytes after the value become "A"s.
                let kept: UInt64 = 1 << (8 * UInt64(value.count)) &- 1
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: value.lowerBound, as: UInt64.self))
                return Self.isPlain(word & kept | 0x4141_4141_4141_4141 & ~kept)
            }
            while index < value.upperBound {
                if !Self.isPlain(base[index]) { return false }
                index += 1
            }
            return true
        }

        /// The closing `quote` of the value starting at `start`, whether the value is plain
        /// (`isPlain`) and whether it holds a control byte (a line feed, maybe); nil: no closing
        /// quote. Eight bytes at a time: the values are short, and a search per value (for the
        /// quote, then for anything not plain, then for a line feed) cost more in calls than in bytes.
        @inline(__always)
        private func quoted(from start: Int, _ quote: UInt8) -> (close: Int, plain: Bool, controls: Bool)? {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let quotes = ones &* UInt64(quote)
            let raw = UnsafeRawPointer(base)
            var plain = true
            var controls = false
            var index = start
            while index + 8 <= count {
                var word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let matches = word ^ quotes
                let found = (matches &- ones) & ~matches & highs // the lowest is the first quote
                let ampersands = word ^ (ones &* 0x26)
                // Most words hold nothing to look at: a quote, an "&", a byte below 0x20 or above 0x7E.
                let odd = found | (ampersands &- ones) & ~ampersands & highs | (word &+ ones | word) & highs
                    | (word &- ones &* 0x20) & ~word & highs
                if odd != 0 {
                    if found != 0 {
                        // The bytes from the quote on become "A"s.
                        let kept: UInt64 = 1 << UInt64(found.trailingZeroBitCount & ~7) &- 1
                        word = word & kept | 0x4141_4141_4141_4141 & ~kept
                    }
                    plain = plain && Self.isPlain(word)
                    controls = controls || (word &- ones &* 0x20) & ~word & highs != 0
                    if found != 0 { return (index + found.trailingZeroBitCount / 8, plain, controls) }
                }
                index += 8
            }
            guard let close = find(quote, from: index) else { return nil }
            for offset in index..<close {
                plain = plain && Self.isPlain(base[offset])
                controls = controls || base[offset] < 0x20
            }
            return (close, plain, controls)
        }

        /// `isPlain` for the eight bytes of `word`; a word with a control byte is looked at byte by byte.
        @inline(__always)
        private static func isPlain(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let ampersand = word ^ (ones &* 0x26)
            let above = (word &+ ones | word) & highs // a byte of 0x7F or more
            let ampersands = (ampersand &- ones) & ~ampersand & highs
            if above | ampersands != 0 { return false }
            if (word &- ones &* 0x20) & ~word & highs != 0 { // a byte below 0x20
                for shift in stride(from: UInt64(0), to: 64, by: 8) where !isPlain(UInt8(truncatingIfNeeded: word >> shift)) {
                    return false
                }
            }
            return true
        }

        private static func isPlain(_ byte: UInt8) -> Bool {
            byte >= 0x20 ? byte <= 0x7E && byte != 0x26 : byte == 0x09 || byte == 0x0A
        }

        /// Whether the bytes at `start` spell `word` (lower case), ignoring ASCII case.
        private func lowered(_ start: Int, _ word: StaticString) -> Bool {
            let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            for (offset, letter) in letters.enumerated() where Self.lower(byte(start + offset)) != letter { return false }
            return true
        }

        /// The `length` (at most 8) bytes at `start` in a word, the first byte lowest, each with
        /// bit 0x20 set. On name bytes that is ASCII lower-casing ("_" becomes 0x7F, no name
        /// byte): two names are the same, ASCII case ignored, when their words are.
        @inline(__always)
        private func folded(_ start: Int, _ length: Int) -> UInt64 {
            let kept: UInt64 = length >= 8 ? ~0 : 1 << (8 * UInt64(length)) &- 1
            var word: UInt64 = 0
            if start + 8 <= count {
                word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            } else {
                for offset in 0..<min(length, 8) { word |= UInt64(base[start + offset]) << (8 * UInt64(offset)) }
            }
            return (word | 0x2020_2020_2020_2020) & kept
        }

        /// `word` (at most 8 lower-case bytes) as `folded` gives it.
        @inline(__always)
        private static func word(_ text: StaticString) -> UInt64 {
            var word: UInt64 = 0
            for offset in 0..<text.utf8CodeUnitCount { word |= UInt64(text.utf8Start[offset]) << (8 * UInt64(offset)) }
            return word
        }

        /// The end of the name starting at `start` (libxml2's `htmlParseHTMLName`); nil for a
        /// name of 100 bytes or more, which libxml2 cuts in two.
        @inline(__always)
        private func nameEnd(from start: Int) -> Int? {
            var index = start
            while index < count, isIn(Self.nameByte, base[index]) { index += 1 }
            return index - start < 100 ? index : nil
        }

        @inline(__always)
        private func skipBlanks(_ start: Int) -> Int {
            var index = start
            while index < count, isIn(Self.blank, base[index]) { index += 1 }
            return index
        }

        private func find(_ target: UInt8, from start: Int) -> Int? {
            guard start < count, let found = memchr(base + start, Int32(target), count - start)
            else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }

        @inline(__always)
        private func isIn(_ byteClass: UInt8, _ byte: UInt8) -> Bool {
            classes[Int(byte)] & byteClass != 0
        }

        @inline(__always)
        private static func lower(_ byte: UInt8) -> UInt8 {
            byte | (byte &- 0x41 < 26 ? 0x20 : 0)
        }

        private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 &- 0x61 < 26 }
    }
}
