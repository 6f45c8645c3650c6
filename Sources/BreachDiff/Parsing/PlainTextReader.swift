import Foundation

/// The main text of a plain-text document, and what its first lines say about it.
struct PlainTextContent: Sendable {
    var text: String = ""
    var blocks: [TextBlock] = []
    /// `Key: value` lines of a clipping tool's header (`+ Source: ...`, `+ Date: ...`) and a leading
    /// ` date YYYY-MM-DD ` marker, by lower-cased key.
    var fields: [String: String] = [:]
}

/// Turns plain text into blocks by line heuristics.
///
/// Paragraphs are separated by blank lines; single line breaks inside one become spaces, except
/// after a long line that ends a sentence (saved pages often put one paragraph per line). Bullet
/// lines are list items, `#` lines and short unpunctuated lines before a blank line are headings.
/// Page chrome goes: menu lines, comment-thread lines, and everything from a line that opens a
/// comment section or a link list ("Top Rated Comments", "Popular Stories", "Leave a Reply").
struct PlainTextReader {
    /// SEC filings keep every line.
    var keepAllSections = false

    func read(utf8 bytes: [UInt8]) -> PlainTextContent {
        var content = PlainTextContent()
        var lines = Self.lines(bytes)
        if let first = lines.firstIndex(where: { !$0.isEmpty }), lines[first].lowercased().hasPrefix("date ") {
            // A clipping tool's " date YYYY-MM-DD " marker before the first paragraph.
            let line = lines[first]
            let value = line.dropFirst(5).prefix(10)
            if PartialDate(iso: String(value)) != nil {
                content.fields["date"] = String(value)
                lines[first] = String(line.dropFirst(15)).trimmingSpaces()
            }
        }
        var accumulator = TextAccumulator()
        accumulator.reserve(bytes.count)
        var paragraphLines = 0
        var seenText = false
        var index = 0
        var navRun = 0
        // Scalars of body text so far: a section marker cuts to the end only after a body.
        var bodyLength = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isEmpty {
                finishParagraph(&accumulator, lines: paragraphLines, beforeBlank: true)
                paragraphLines = 0
                continue
            }
            // The line number first: `headerField` looks for a colon in every line otherwise.
            if index < 40, let field = headerField(line) {
                if content.fields[field.key] == nil { content.fields[field.key] = field.value }
                if line.hasPrefix("+ ") || line.hasPrefix("* ") { continue }
            }
            if !keepAllSections {
                if isSectionStart(line) {
                    // "Share this article" under the headline is a button row, not the end of the article.
                    if bodyLength >= Self.bodyBeforeCut, !Self.isShareLine(line) { break }
                    continue
                }
                if bodyLength < Self.bodyBeforeCut, BoilerplateRules.isMenuBar(line) { continue }
                if BoilerplateRules.isMenuLine(line) || BoilerplateRules.isCommentLine(line) || isPromoLine(line) { continue }
                if line.hasPrefix("![") || line.hasPrefix("[[") { continue }
                if paragraphLines == 0, Self.isImageLabel(line), index < lines.count, lines[index].utf8.count >= 80 { continue }
                if let marker = line.unicodeScalars.first, "•*·".unicodeScalars.contains(marker), line.count <= 25, !seenText {
                    navRun += 1
                    continue
                }
            }
            if line.hasPrefix("#") {
                let heading = line.drop { $0 == "#" }.trimmingSpaces()
                finishParagraph(&accumulator, lines: paragraphLines, beforeBlank: false)
                paragraphLines = 0
                if heading.isEmpty || ["information:", "article:"].contains(heading.lowercased()) { continue }
                accumulator.append(heading, kind: .heading)
                accumulator.flush(as: .heading)
                continue
            }
            if Self.isFilingHeading(line) {
                // Text-only SEC filings hard-wrap their lines; an item heading or the signature
                // line must stay a block of its own so the filing analysis can segment items.
                finishParagraph(&accumulator, lines: paragraphLines, beforeBlank: false)
                paragraphLines = 0
                accumulator.append(line.trimmingSpaces(), kind: .heading)
                accumulator.flush(as: .heading)
                seenText = true
                continue
            }
            if let item = Self.listItemText(line) {
                finishParagraph(&accumulator, lines: paragraphLines, beforeBlank: false)
                if item.utf8.count >= 60 { bodyLength += item.utf8.count }
                accumulator.append(item, kind: .listItem)
                accumulator.flush(as: .listItem)
                paragraphLines = 0
                seenText = true
                continue
            }
            if paragraphLines > 0 { accumulator.appendSpace() }
            accumulator.append(line, kind: .paragraph)
            paragraphLines += 1
            // Body is prose: a sentence-ending line, not a headline, menu or by-line.
            if line.utf8.count >= 60, let last = line.unicodeScalars.last, ".!?\"'".unicodeScalars.contains(last) {
                bodyLength += line.utf8.count
            }
            if line.utf8.count >= 30 { seenText = true }
            if line.utf8.count >= 100, let last = line.unicodeScalars.last, ".!?\"'\u{201D}\u{2019})".unicodeScalars.contains(last) {
                finishParagraph(&accumulator, lines: paragraphLines, beforeBlank: false)
                paragraphLines = 0
            }
        }
        finishParagraph(&accumulator, lines: paragraphLines, beforeBlank: true)
        _ = navRun
        content.text = accumulator.text
        content.blocks = accumulator.blocks
        return content
    }

    /// A short line that starts an SEC item ("Item 5. Other Events", "ITEM 1.05 Material ...",
    /// "Item 2.02:") or is the signature heading.
    static func isFilingHeading(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard trimmed.utf8.count <= 120 else { return false }
        let upper = trimmed.uppercased()
        if upper == "SIGNATURE" || upper == "SIGNATURES" { return true }
        guard upper.hasPrefix("ITEM ") || upper.hasPrefix("ITEMS ") else { return false }
        let rest = upper.drop { $0 != " " }.drop { $0 == " " }
        let number = rest.prefix { $0.isNumber || $0 == "." || $0 == "A" || $0 == "B" || $0 == "C" }
        guard let first = number.first, first.isNumber else { return false }
        let after = rest.dropFirst(number.count).drop { $0 == " " || $0 == ":" || $0 == "." || $0 == "-" }
        // "Item 8.01 of this report" is a cross-reference; a heading goes on with its title.
        guard let next = after.first else { return true }
        return !(after.hasPrefix("OF ") || after.hasPrefix("IN ") || after.hasPrefix("TO ") || after.hasPrefix("AND "))
            && (next.isLetter || next == "(")
    }

    /// Body text (in bytes) that must precede a chrome section marker for it to end the text;
    /// before that, the marker line alone is dropped.
    static let bodyBeforeCut = 200

    /// Share prompts never end the text, wherever they are.
    static func isShareLine(_ line: String) -> Bool {
        BoilerplateRules.headingKey(line).hasPrefix("share ")
    }

    /// A one-line paragraph that is short, unpunctuated and followed by a blank line is a heading.
    private func finishParagraph(_ accumulator: inout TextAccumulator, lines: Int, beforeBlank: Bool) {
        guard accumulator.hasPendingText else { return }
        if lines == 1, beforeBlank, accumulator.pendingScalarCount <= 100 {
            let text = accumulator.pendingText
            if let last = text.unicodeScalars.last, !".!?:;,\"'".unicodeScalars.contains(last),
               text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                accumulator.flush(as: .heading)
                return
            }
        }
        accumulator.flush(as: .paragraph)
    }

    /// A line that opens a chrome section: a section heading on its own, or one before a colon
    /// ("Comments: Our rules").
    private func isSectionStart(_ line: String) -> Bool {
        if BoilerplateRules.isSectionHeading(line) { return true }
        guard let colon = Self.firstColon(in: line) else { return false }
        return BoilerplateRules.sectionHeadings.contains(BoilerplateRules.headingKey(String(line[..<colon])))
    }

    /// One-line promotions between paragraphs: "Related: ...", "Recommended News: ...", "Read also: ...".
    private func isPromoLine(_ line: String) -> Bool {
        guard line.utf8.count <= 200, let colon = Self.firstColon(in: line) else { return false }
        let key = BoilerplateRules.headingKey(String(line[..<colon]))
        return Self.promoKeys.contains { key == $0.key || key.hasPrefix($0.prefix) }
    }

    /// Keys of promotion lines, and each with the space after it (made once, not per line).
    private static let promoKeys = ["related", "recommended", "read more", "read also", "also read", "see also", "more",
                                    "read next", "suggested"].map { (key: $0, prefix: $0 + " ") }

    /// `line.firstIndex(of: ":")`, found on the UTF-8 bytes.
    ///
    /// Why: the `Character` search walked every line of a plain-text page grapheme by grapheme.
    /// A colon byte with ASCII bytes (or nothing) on both sides is a `Character` of its own (only
    /// non-ASCII scalars extend or prepend to a grapheme), and no earlier `Character` can be ":"
    /// without an earlier colon byte; any other case takes the `Character` search.
    static func firstColon(in line: String) -> String.Index? {
        let utf8 = line.utf8
        guard let byte = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let before = byte == utf8.startIndex ? nil : utf8[utf8.index(before: byte)]
        let afterIndex = utf8.index(after: byte)
        let after = afterIndex == utf8.endIndex ? nil : utf8[afterIndex]
        if (before ?? 0) < 0x80, (after ?? 0) < 0x80 { return byte }
        return line.firstIndex(of: ":")
    }

    /// `+ Source: Name`, `Date: July 29, 2019`: a clipping header or a dated line.
    private func headerField(_ line: String) -> (key: String, value: String)? {
        var text = Substring(line)
        if text.hasPrefix("+ ") || text.hasPrefix("* ") { text = text.dropFirst(2) }
        // Every key is at most nine ASCII letters (and no other character lower-cases into one
        // of them): without a colon among the first ten bytes there is no field, and the
        // character search below would walk the whole line.
        guard text.utf8.prefix(10).contains(UInt8(ascii: ":")) else { return nil }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].lowercased()
        guard ["source", "date", "published", "updated", "posted", "author", "publisher"].contains(key) else { return nil }
        let value = text[text.index(after: colon)...].trimmingSpaces()
        return value.isEmpty ? nil : (key == "publisher" ? "source" : key, value)
    }

    /// An image's alt text left on its own line: one lower-case word ("companylogo").
    static func isImageLabel(_ line: String) -> Bool {
        line.utf8.count >= 4 && line.utf8.count <= 40 && line.unicodeScalars.allSatisfy { $0.properties.isLowercase }
    }

    /// The text of a bullet line ("- ", "• ", "* ", "+ ", "1. ", "2) "), or nil.
    static func listItemText(_ line: String) -> String? {
        let scalars = Array(line.unicodeScalars.prefix(6))
        guard let first = scalars.first else { return nil }
        if "-•*+·▪◦".unicodeScalars.contains(first), scalars.count > 1, scalars[1] == " " {
            let rest = line.dropFirst(2).trimmingSpaces()
            return rest.isEmpty ? nil : rest
        }
        return nil
    }

    /// Lines without their line terminators, trimmed of surrounding white space.
    static func lines(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var start = 0
        var index = 0
        let count = bytes.count
        while index <= count {
            if index == count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                let line = String(decoding: bytes[start..<index], as: UTF8.self)
                result.append(line.trimmingSpaces())
                if index < count, bytes[index] == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        return result
    }
}
