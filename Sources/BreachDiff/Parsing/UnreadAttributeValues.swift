import Foundation

/// Empties the attribute values no one reads before libxml2 parses a page: the `style` of an
/// element it does not hide, and every attribute the walker never keeps (`valign`, `href`,
/// `contextRef`, ...). EDGAR pages style every cell, and libxml2 copies an attribute value
/// character by character (about 130 instructions a character): style values alone were a
/// fifth of libxml2's work on the benchmark corpus.
///
/// The scan follows libxml2 2.9.14's HTML tokenizer (`htmlParseContentInternal`,
/// `htmlParseStartTag`, `htmlParseScript`, `htmlParseComment`): start tags are `<` and an ASCII
/// letter, script and style content is raw up to `</script` or `</style`, comments end at
/// `-->`. Whenever the input leaves the plain cases it follows (an unterminated tag, `<!` other
/// than a comment or doctype, a NUL byte, a name of 100 bytes), the rest of the input is passed
/// on unchanged, so a doubt costs speed, never output. An emptied value keeps its quotes and
/// its line breaks (libxml2 reports errors by line); only values of printable ASCII without
/// `&` are emptied, so no character or entity error can go missing. Only the parser's input
/// changes: the tree gets the same elements, texts and kept attributes
/// (`UnreadAttributeValuesTests` compares both trees).
enum UnreadAttributeValues {
    /// `bytes` with unread attribute values emptied, or nil when there is nothing to empty.
    static func emptied(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            guard let base = buffer.baseAddress, buffer.count > 0,
                  memchr(base, 0, buffer.count) == nil else { return nil }
            var scan = Scan(input: buffer)
            scan.run()
            guard scan.copied > 0 else { return nil }
            scan.output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[scan.copied...]))
            return scan.output
        }
    }

    /// One pass over the input; `output` holds the input up to `copied`, values emptied.
    private struct Scan {
        let input: UnsafeBufferPointer<UInt8>
        var output: [UInt8] = []
        var copied = 0

        init(input: UnsafeBufferPointer<UInt8>) {
            self.input = input
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
            let word: [UInt8] = Array("DOCTYPE".utf8)
            for (offset, letter) in word.enumerated() where byte(open + 2 + offset) & 0xDF != letter { return false }
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
            let raw = rawTextName(open + 1, nameEnd)
            let isMeta = nameEnd - open - 1 == 4 && lowered(open + 1, "meta")
            var index = skipBlanks(nameEnd)
            while index < input.count, input[index] != 0x3E, !(input[index] == 0x2F && byte(index + 1) == 0x3E) {
                if Self.isNameStart(input[index]) {
                    guard let attributeEnd = self.nameEnd(from: index) else { return nil }
                    let attribute = index..<attributeEnd
                    index = skipBlanks(attributeEnd)
                    if byte(index) == 0x3D {
                        index = skipBlanks(index + 1)
                        let quote = byte(index)
                        if quote == 0x22 || quote == 0x27 {
                            guard let close = find(quote, from: index + 1) else { return nil }
                            if !isMeta { emptyIfUnread(attribute, value: (index + 1)..<close) }
                            index = close + 1
                        } else {
                            // An unquoted value ends at a blank or ">"; it is kept as it is.
                            while index < input.count, !Self.isBlank(input[index]), input[index] != 0x3E { index += 1 }
                        }
                    }
                } else {
                    // libxml2 drops a bogus attribute up to the next blank or the tag's end.
                    while index < input.count, !Self.isBlank(input[index]), input[index] != 0x3E,
                          !(input[index] == 0x2F && byte(index + 1) == 0x3E) { index += 1 }
                }
                index = skipBlanks(index)
            }
            guard index < input.count else { return nil }
            if input[index] == 0x2F { return index + 2 } // "/>": nothing is opened
            guard let raw else { return index + 1 }
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

        /// "script" or "style" for those tags (libxml2 reads their content as raw text).
        private func rawTextName(_ start: Int, _ end: Int) -> StaticString? {
            if end - start == 6, lowered(start, "script") { return "script" }
            if end - start == 5, lowered(start, "style") { return "style" }
            return nil
        }

        /// Empties `value` when its attribute is not read and the value is plain printable ASCII.
        private mutating func emptyIfUnread(_ attribute: Range<Int>, value: Range<Int>) {
            guard value.count > 2, isPlain(value), !isRead(attribute, value: value) else { return }
            output.reserveCapacity(input.count)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<value.lowerBound]))
            // Line breaks stay: libxml2 numbers error lines.
            for index in value where input[index] == 0x0A { output.append(0x0A) }
            copied = value.upperBound
        }

        private func isRead(_ attribute: Range<Int>, value: Range<Int>) -> Bool {
            // A packed, NUL-terminated copy of the name for `AttributeName` (17 bytes at most).
            guard attribute.count <= 16 else { return false }
            var name: (UInt64, UInt64, UInt64) = (0, 0, 0)
            let key: AttributeName? = withUnsafeMutableBytes(of: &name) { bytes in
                for (offset, index) in attribute.enumerated() { bytes[offset] = input[index] }
                return AttributeName(cString: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
            guard let key else { return false }
            guard key == .style else { return true }
            return ByteSearch.hidesElement(style: input.baseAddress! + value.lowerBound, length: value.count)
        }

        /// Printable ASCII, tabs and line breaks, no "&": nothing libxml2 decodes or reports.
        private func isPlain(_ value: Range<Int>) -> Bool {
            for index in value {
                let byte = input[index]
                if byte >= 0x20 ? byte > 0x7E || byte == 0x26 : !(byte == 0x09 || byte == 0x0A || byte == 0x0D) {
                    return false
                }
            }
            return true
        }

        /// Whether the bytes at `start` spell `word` (lower case), ignoring ASCII case.
        private func lowered(_ start: Int, _ word: StaticString) -> Bool {
            let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            for (offset, letter) in letters.enumerated() {
                let value = byte(start + offset)
                guard value | (value &- 0x41 < 26 ? 0x20 : 0) == letter else { return false }
            }
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

        private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 &- 0x61 < 26 }

        private static func isNameStart(_ byte: UInt8) -> Bool {
            isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            isNameStart(byte) || byte &- 0x30 < 10 || byte == 0x2D
        }

        /// libxml2's `IS_BLANK_CH`: space, tab, line feed, carriage return.
        private static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}
