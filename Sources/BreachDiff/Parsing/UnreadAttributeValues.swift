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
/// attribute keeps its attributes; only their values are emptied. The tree gets the same
/// elements, texts and kept attributes (`UnreadAttributeValuesTests` compares both).
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
        /// The current tag's attributes (reused from tag to tag).
        var attributes: [Attribute] = []

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
            while let lineFeed = find(0x0A, from: index), lineFeed < range.upperBound {
                output[written] = 0x0A
                written += 1
                index = lineFeed + 1
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
            attributes.removeAll(keepingCapacity: true)
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
                    attributes.append(attribute)
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
            if !attributes.isEmpty, !(length == 4 && lowered(open + 1, "meta")) {
                takeOutUnread(whole: !bogus && !namesRepeat())
            }
            if input[index] == 0x2F { return index + 2 } // "/>": nothing is opened
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
            while let slash = find(0x2F, from: search) {
                if input[slash - 1] == 0x3C, lowered(slash + 1, raw) {
                    return Self.isNameByte(byte(slash + 1 + raw.utf8CodeUnitCount)) ? nil : slash - 1
                }
                search = slash + 1
            }
            return nil
        }

        /// Takes out each unread attribute with a plain value (`whole`), or only empties its quoted value.
        private mutating func takeOutUnread(whole: Bool) {
            for attribute in attributes {
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
            guard attributes.count > 1 else { return false }
            for first in 0..<(attributes.count - 1) {
                let name = attributes[first].name
                for second in (first + 1)..<attributes.count where attributes[second].name.count == name.count {
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

        /// A letter, "_", ":" or ".".
        private static func isNameStart(_ byte: UInt8) -> Bool {
            isIn(byte, low: 0x0400_4000_0000_0000, high: 0x07FF_FFFE_87FF_FFFE)
        }

        /// A letter, a digit, "_", ":", "." or "-".
        private static func isNameByte(_ byte: UInt8) -> Bool {
            isIn(byte, low: 0x07FF_6000_0000_0000, high: 0x07FF_FFFE_87FF_FFFE)
        }

        /// libxml2's `IS_BLANK_CH`: space, tab, line feed, carriage return.
        private static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}
