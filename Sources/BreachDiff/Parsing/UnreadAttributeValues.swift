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
        var name: Range<Int>
        /// The value without its quotes; nil for a bare name.
        var value: Range<Int>?
        var quoted: Bool
        /// After the value (its closing quote included).
        var end: Int
    }

    /// One pass over the input; `output` holds the input up to `copied`, attributes taken out.
    private struct Scan {
        let input: UnsafeBufferPointer<UInt8>
        let output: UnsafeMutablePointer<UInt8>
        var written = 0
        var copied = 0
        /// The current tag's attributes: the first `attributeCount` (the storage is reused from
        /// tag to tag; emptying the array per tag cost more than the rest of the tag).
        var attributes: [Attribute] = []
        var attributeCount = 0
        /// A `<title>` with markup in it or an inline XBRL element was met: a script or style may
        /// sit inside an element whose whole text is read, so their content stays from here on.
        var rawTextMayBeRead = false

        init(input: UnsafeBufferPointer<UInt8>, output: UnsafeMutablePointer<UInt8>) {
            self.input = input
            self.output = output
            attributes.reserveCapacity(16)
        }

        /// Stops at the end or at the first construct it does not follow.
        mutating func run() {
            let count = input.count
            var index = 0
            while index < count {
                guard let found = memchr(input.baseAddress! + index, 0x3C, count - index) else { return }
                let open = UnsafeRawPointer(input.baseAddress!).distance(to: UnsafeRawPointer(found))
                guard let next = after(open) else { return }
                index = next
            }
        }

        /// Copies the input from `copied` up to `end`.
        mutating func copy(upTo end: Int) {
            guard end > copied else { return }
            (output + written).update(from: input.baseAddress! + copied, count: end - copied)
            written += end - copied
            copied = end
        }

        /// Leaves out `range` but its line feeds (libxml2 numbers error lines).
        private mutating func drop(_ range: Range<Int>) {
            copy(upTo: range.lowerBound)
            var index = range.lowerBound
            while index < range.upperBound, let found = memchr(input.baseAddress! + index, 0x0A, range.upperBound - index) {
                output[written] = 0x0A
                written += 1
                index = UnsafeRawPointer(input.baseAddress!).distance(to: UnsafeRawPointer(found)) + 1
            }
            copied = range.upperBound
        }

        private func byte(_ index: Int) -> UInt8 {
            index < input.count ? input[index] : 0
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
                guard Self.isNameStart(byte(open + 2)) else { return open + 2 }
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
                if input[index] == 0x22 { double += 1 } else if input[index] == 0x27 { single += 1 }
            }
            return double % 2 == 0 && single % 2 == 0 ? end + 1 : nil
        }

        private mutating func startTag(_ open: Int) -> Int? {
            guard let nameEnd = nameEnd(from: open + 1) else { return nil }
            attributeCount = 0
            var bogus = false
            var index = skipBlanks(nameEnd)
            while index < input.count, input[index] != 0x3E, !(input[index] == 0x2F && byte(index + 1) == 0x3E) {
                if Self.isNameStart(input[index]) {
                    guard let attributeEnd = self.nameEnd(from: index) else { return nil }
                    var attribute = Attribute(name: index..<attributeEnd, value: nil, quoted: false, end: attributeEnd)
                    index = skipBlanks(attributeEnd)
                    if byte(index) == 0x3D {
                        index = skipBlanks(index + 1)
                        let quote = byte(index)
                        if quote == 0x22 || quote == 0x27 {
                            guard let close = find(quote, from: index + 1) else { return nil }
                            attribute.value = (index + 1)..<close
                            attribute.quoted = true
                            index = close + 1
                        } else {
                            // An unquoted value ends at a blank or ">".
                            let start = index
                            while index < input.count, !Self.isBlank(input[index]), input[index] != 0x3E { index += 1 }
                            attribute.value = start..<index
                        }
                        attribute.end = index
                    }
                    if attributeCount < attributes.count {
                        attributes[attributeCount] = attribute
                    } else {
                        attributes.append(attribute)
                    }
                    attributeCount += 1
                } else {
                    // libxml2 drops a bogus attribute up to the next blank or the tag's end.
                    bogus = true
                    while index < input.count, !Self.isBlank(input[index]), input[index] != 0x3E,
                          !(input[index] == 0x2F && byte(index + 1) == 0x3E) { index += 1 }
                }
                index = skipBlanks(index)
            }
            guard index < input.count else { return nil }
            let length = nameEnd - open - 1
            if attributeCount > 0, !(length == 4 && lowered(open + 1, "meta")) {
                takeOutUnread(whole: !bogus && !namesRepeat())
            }
            if input[index] == 0x2F { return index + 2 } // "/>": nothing is opened
            if length >= 3, lowered(open + 1, "ix:") || length == 5 && lowered(open + 1, "title") && !holdsTextOnly(after: index + 1) {
                rawTextMayBeRead = true
            }
            let raw: StaticString
            if length == 6, lowered(open + 1, "script") {
                raw = "script"
            } else if length == 5, lowered(open + 1, "style") {
                raw = "style"
            } else {
                return index + 1
            }
            // Script and style content is raw text up to "</script" or "</style" (any case); an
            // end tag with a longer name ("</scripts>") leaves it open in libxml2: stop there.
            var search = index + 1
            var embedsEndTag = false
            while let slash = find(0x2F, from: search) {
                if input[slash - 1] == 0x3C {
                    if lowered(slash + 1, raw) {
                        guard !Self.isNameByte(byte(slash + 1 + raw.utf8CodeUnitCount)) else { return nil }
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
            return byte(open + 1) == 0x2F && lowered(open + 2, "title") && !Self.isNameByte(byte(open + 7))
        }

        /// Whether the script tag's first `type` is JSON-LD (the walker reads that content), or
        /// cannot be told on the bytes.
        private func isLinkedData() -> Bool {
            guard let type = attributes[0..<attributeCount].first(where: { $0.name.count == 4 && lowered($0.name.lowerBound, "type") }),
                  let value = type.value else { return false }
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
            if memchr(input.baseAddress! + range.lowerBound, 0x0D, range.count) == nil {
                var index = range.lowerBound
                while let found = memchr(input.baseAddress! + index, 0x0A, range.upperBound - index) {
                    output[written] = 0x0A
                    written += 1
                    index = UnsafeRawPointer(input.baseAddress!).distance(to: UnsafeRawPointer(found)) + 1
                }
            } else {
                // Carriage returns stay too, in order, whatever libxml2 makes of them.
                for index in range where input[index] == 0x0A || input[index] == 0x0D {
                    output[written] = input[index]
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
            let raw = UnsafeRawPointer(input.baseAddress!)
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
            let value = input[index]
            if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            return !(value == 0xEF && byte(index + 1) == 0xBF && byte(index + 2) & 0xFE == 0xBE)
        }

        /// Takes out each unread attribute with a plain value (`whole`), or only empties its quoted value.
        private mutating func takeOutUnread(whole: Bool) {
            for index in 0..<attributeCount {
                let attribute = attributes[index]
                guard !isRead(attribute) else { continue }
                if let value = attribute.value, !isPlain(value) { continue }
                if whole {
                    drop(attribute.name.lowerBound..<attribute.end)
                } else if attribute.quoted, let value = attribute.value, !value.isEmpty {
                    drop(value)
                }
            }
        }

        /// Whether two attributes of the tag have the same name (ASCII case ignored).
        private func namesRepeat() -> Bool {
            guard attributeCount > 1 else { return false }
            guard attributeCount <= UnreadAttributeValues.pairwiseLimit else { return namesRepeatInSet() }
            for first in 0..<(attributeCount - 1) {
                let name = attributes[first].name
                for second in (first + 1)..<attributeCount where attributes[second].name.count == name.count {
                    let other = attributes[second].name.lowerBound
                    var same = true
                    for offset in 0..<name.count where Self.lower(input[name.lowerBound + offset]) != Self.lower(input[other + offset]) {
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
                guard seen.insert(name.map { Self.lower(input[$0]) }).inserted else { return true }
            }
            return false
        }

        /// Kept by the tree builder: a known name, and for `style` one that hides the element.
        private func isRead(_ attribute: Attribute) -> Bool {
            guard let key = AttributeName(name: input.baseAddress! + attribute.name.lowerBound, count: attribute.name.count)
            else { return false }
            guard key == .style else { return true }
            guard let value = attribute.value else { return false }
            return ByteSearch.hidesElement(style: input.baseAddress! + value.lowerBound, length: value.count)
        }

        /// Printable ASCII, tabs and line feeds, no "&": nothing libxml2 decodes, reports or
        /// normalises (a carriage return might be).
        /// Eight bytes at a time; a word with a control byte is looked at byte by byte.
        private func isPlain(_ value: Range<Int>) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let raw = UnsafeRawPointer(input.baseAddress!)
            var index = value.lowerBound
            while index + 8 <= value.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let ampersand = word ^ (ones &* 0x26)
                let above = (word &+ ones | word) & highs // a byte of 0x7F or more
                let ampersands = (ampersand &- ones) & ~ampersand & highs
                if above | ampersands != 0 { return false }
                if (word &- ones &* 0x20) & ~word & highs != 0 { // a byte below 0x20
                    for offset in 0..<8 where !Self.isPlain(input[index + offset]) { return false }
                }
                index += 8
            }
            while index < value.upperBound {
                if !Self.isPlain(input[index]) { return false }
                index += 1
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

        /// The end of the name starting at `start` (libxml2's `htmlParseHTMLName`); nil for a
        /// name of 100 bytes or more, which libxml2 cuts in two.
        private func nameEnd(from start: Int) -> Int? {
            var index = start
            while index < input.count, Self.isNameByte(input[index]) { index += 1 }
            return index - start < 100 ? index : nil
        }

        private func skipBlanks(_ start: Int) -> Int {
            var index = start
            while index < input.count, Self.isBlank(input[index]) { index += 1 }
            return index
        }

        private func find(_ target: UInt8, from start: Int) -> Int? {
            guard start < input.count, let found = memchr(input.baseAddress! + start, Int32(target), input.count - start)
            else { return nil }
            return UnsafeRawPointer(input.baseAddress!).distance(to: UnsafeRawPointer(found))
        }

        @inline(__always)
        private static func lower(_ byte: UInt8) -> UInt8 {
            byte | (byte &- 0x41 < 26 ? 0x20 : 0)
        }

        private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 &- 0x61 < 26 }

        /// Bit `n` of the two words: byte `n` (below 128) is in the class.
        @inline(__always)
        private static func isIn(_ byte: UInt8, low: UInt64, high: UInt64) -> Bool {
            byte < 64 ? (low >> UInt64(byte)) & 1 != 0 : byte < 128 && (high >> UInt64(byte &- 64)) & 1 != 0
        }

        // Names are mostly lower-case letters: one compare answers for them before the masks.

        /// A letter, "_", ":" or ".".
        @inline(__always)
        private static func isNameStart(_ byte: UInt8) -> Bool {
            byte &- 0x61 < 26 || isIn(byte, low: 0x0400_4000_0000_0000, high: 0x07FF_FFFE_87FF_FFFE)
        }

        /// A letter, a digit, "_", ":", "." or "-".
        @inline(__always)
        private static func isNameByte(_ byte: UInt8) -> Bool {
            byte &- 0x61 < 26 || isIn(byte, low: 0x07FF_6000_0000_0000, high: 0x07FF_FFFE_87FF_FFFE)
        }

        /// libxml2's `IS_BLANK_CH`: space, tab, line feed, carriage return.
        private static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}
