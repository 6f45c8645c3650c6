import Foundation

/// What the cover page of a filing says: that it is one, its form, registrant and date.
///
/// The cover is the stretch before the first item heading (at most `coverLines` lines). The
/// labels it is read from are the ones the SEC forms print, which every filer reproduces.
struct CoverPage {
    /// Lines read when the filing has no item heading to end the cover.
    static let coverLines = 250

    /// A line that is (or ends with) "SECURITIES AND EXCHANGE COMMISSION".
    var hasCommissionLine = false
    /// "FORM 8-K", "Form 10-K/A", or "FORM" with the type on the next line.
    var formType: String?
    /// "CURRENT REPORT", "ANNUAL REPORT PURSUANT TO SECTION 13...".
    var hasReportLine = false
    var registrant: String?
    var dateOfReport: PartialDate?

    init(lines: [FilingLine], end: Int) {
        let limit = min(lines.count, end)
        for index in 0..<limit {
            let line = lines[index]
            let key = line.letterKey
            if line.scalars.count <= 80, key.hasSuffix("securitiesandexchangecommission") {
                hasCommissionLine = true
            } else if formType == nil, line.scalars.count <= 40, key.hasPrefix("form") {
                formType = Self.formType(in: line.text.dropFirst(4))
                    ?? (key == "form" && index + 1 < limit ? Self.formType(in: Substring(lines[index + 1].text)) : nil)
            } else if key.hasPrefix("currentreport") || key.hasPrefix("annualreportpursuant")
                        || key.hasPrefix("quarterlyreportpursuant") || key.hasPrefix("reportofforeignprivateissuer") {
                hasReportLine = true
            }
            if registrant == nil, line.contains("exact name of registrant") {
                registrant = Self.registrant(labelLine: line, previous: index > 0 ? lines[index - 1] : nil)
            }
            if dateOfReport == nil, key.containsBytes("dateofreport") {
                dateOfReport = Self.dateOfReport(lines: lines, labelIndex: index, limit: limit)
            }
        }
    }

    /// Whether some line of the text could be the Commission line: its ASCII letters and digits,
    /// lower-cased, end with "securitiesandexchangecommission", and it has at most 80 ASCII
    /// characters that are not blanks. When this is false, `hasCommissionLine` is false for every
    /// cover, so a document without a declared form cannot be a filing.
    ///
    /// Why it is exact: blocks are joined with "\n\n" (`TextAccumulator`, `MainTextFilter`), so
    /// every `FilingLine` is a line of the text, trimmed; trimming changes neither its letter key
    /// nor its ASCII non-blanks, and a line of at most 80 scalars has at most 80 of them. Why it
    /// is here: news that quotes "the Securities and Exchange Commission" in a sentence passed the
    /// earlier whole-text letter search and paid for lines and a cover page it can never have.
    ///
    /// The key test comes first and fails at once on almost every line (its last letter or digit
    /// must be an "n"); `memchr` finds the line ends. Same answer as counting the line's key
    /// bytes first: a key ending with the name has at least the name's length.
    static func mayHaveCommissionLine(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var start = 0
            while start <= bytes.count {
                let end = lineEnd(in: base, from: start, count: bytes.count)
                let line = UnsafeBufferPointer(start: base + start, count: end - start)
                if keyEnds(line), asciiNonBlanks(line) <= 80 { return true }
                start = end + 1
            }
            return false
        }
    }

    /// The offset of the first `\n` or `\r` at or after `start`, else `count`.
    private static func lineEnd(in base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        guard start < count else { return count }
        var end = count
        if let found = memchr(base + start, 0x0A, count - start) {
            end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        if end > start, let found = memchr(base + start, 0x0D, end - start) {
            end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        return end
    }

    private static func asciiNonBlanks(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in line where byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) { count += 1 }
        return count
    }

    private static let commissionKey = Array("securitiesandexchangecommission".utf8)

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A || byte >= 0x30 && byte <= 0x39
    }

    /// Whether the letter key of `line` ends with `commissionKey` (read backwards, short lines only).
    private static func keyEnds(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var remaining = commissionKey.count
        var index = line.count
        while remaining > 0, index > 0 {
            index -= 1
            let byte = line[index]
            guard isKeyByte(byte) else { continue }
            remaining -= 1
            guard byte | 0x20 == commissionKey[remaining] else { return false }
        }
        return remaining == 0
    }

    /// Whether the cover alone shows a filing: the Commission's name and a form or report title.
    var looksLikeFiling: Bool {
        hasCommissionLine && (formType != nil || hasReportLine)
    }

    /// "8-K", "10-K/A", "6-K", "20-F" at the start of the text.
    static func formType(in text: Substring) -> String? {
        let trimmed = text.drop { $0.isWhitespace }
        var form = ""
        var sawDash = false
        for character in trimmed {
            if character.isASCII, character.isLetter || character.isNumber {
                form.append(Character(character.uppercased()))
            } else if character == "-" || character == "\u{2011}", !sawDash, !form.isEmpty {
                sawDash = true
                form.append("-")
            } else {
                break
            }
        }
        guard sawDash, let dash = form.firstIndex(of: "-"), form.index(after: dash) < form.endIndex,
              form.count <= 8 else { return nil }
        let rest = trimmed.dropFirst(form.count)
        if rest.hasPrefix("/A") || rest.hasPrefix("/a") { form += "/A" }
        return form
    }

    /// The line above "(Exact name of registrant as specified in its charter)", or the text
    /// before the label when both share a line.
    static func registrant(labelLine: FilingLine, previous: FilingLine?) -> String? {
        let text = labelLine.text
        if let paren = text.firstIndex(of: "("), paren > text.startIndex {
            let before = cleanName(text[..<paren].unicodeScalars)
            if !before.isEmpty { return before }
        }
        guard let previous, previous.scalars.count <= 150 else { return nil }
        let name = cleanName(previous.scalars)
        return name.isEmpty ? nil : name
    }

    /// A name with its spacing collapsed; unlike a title it keeps a final period ("Inc.").
    static func cleanName(_ text: some Collection<Unicode.Scalar>) -> String {
        ItemHeading.clean(text, stripping: [":", "|", ";", ","])
    }

    /// The date on the "Date of Report" line, or on the line above or below it.
    static func dateOfReport(lines: [FilingLine], labelIndex: Int, limit: Int) -> PartialDate? {
        if let date = FilingDate.first(in: lines[labelIndex].text) { return date }
        for neighbour in [labelIndex - 1, labelIndex + 1] where neighbour >= 0 && neighbour < limit {
            let line = lines[neighbour]
            if line.scalars.count <= 60, let date = FilingDate.first(in: line.text) { return date }
        }
        return nil
    }
}
