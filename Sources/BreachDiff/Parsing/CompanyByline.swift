/// The signed, dated line of a company's own statement ("Jane Roe, Chief Executive Officer ·
/// March 3, 2021") or its date line under the headline ("Thursday, March 4, 2021"), kept in the
/// main text.
///
/// Why: a by-line box of a news page is the outlet's furniture and stays out of the text (it
/// gives no fact, `docs/dates.md`). On a company's press release or notice the same box says who
/// issued the statement and on which day, which is the company's disclosure date, just as a wire
/// dateline ("CITY, ST, date /PRNewswire/") or a notice's own dated line is. A fact needs its
/// quote in `ParsedDocument.text`, so the line goes back in after the page's headline. Only a
/// short line that ends with a day date after a separator (`·`, `|`, `—`, `–`, `•`) qualifies, or
/// a line holding only a day date (round 4 reads an own-line day date of a company notice as its
/// disclosure, `EventLinker.datedLineFact`);
/// "Updated"/"Posted"/"Published" labels never do (the shared gold gives those no fact).
enum CompanyByline {
    /// Longest line taken as a signed by-line, in scalars.
    static let maxLength = 140

    /// Puts the first signed, dated line of `metaLines` (by-line boxes) back into a company
    /// document's text, or else its first date-only line under the headline (`datelines`, the
    /// lines `MainTextFilter` took out: "Thursday, March 4, 2021" as a release date).
    static func restore(into document: inout ParsedDocument, metaLines: [String], datelines: [String] = []) {
        guard document.kind == .pressRelease || document.kind == .companyNotice else { return }
        // After the headline when the page opens with one (a kicker may come first), else first.
        let leading = document.blocks.prefix(3)
        let index = leading.firstIndex { $0.kind == .heading }.map { $0 + 1 } ?? 0
        // "February 1, 2023 / Dear Customer,": a letter's date says when it was sent to its reader,
        // not when the company made a statement; it stays out.
        let letter = index < document.blocks.count && document.blocks[index].text.hasPrefix("Dear ")
        guard let line = metaLines.first(where: signed) ?? (letter ? nil : datelines.first(where: dateOnly)) else { return }
        let scalars = ScalarText.scalars(of: document.text)
        let offset = index < document.blocks.count ? document.blocks[index].start : scalars.count
        let lineScalars = Array(line.unicodeScalars)
        let separator: [Unicode.Scalar] = ["\n", "\n"]
        var inserted = Array(scalars[..<offset])
        if offset == scalars.count, !scalars.isEmpty { inserted += separator }
        inserted += lineScalars
        if offset < scalars.count { inserted += separator }
        inserted += scalars[offset...]
        let shift = inserted.count - scalars.count
        let start = offset == scalars.count && !scalars.isEmpty ? offset + 2 : offset
        var blocks = document.blocks
        for position in index..<blocks.count {
            blocks[position].start += shift
            blocks[position].end += shift
        }
        blocks.insert(TextBlock(kind: .paragraph, text: line, start: start, end: start + lineScalars.count), at: index)
        // `ScalarText.string`, not `UnicodeScalarView.append(contentsOf:)`: the generic append
        // went scalar by scalar and cost as much as reading the whole page.
        document.text = ScalarText.string(inserted)
        document.blocks = blocks
    }

    /// "Jane Roe, Chief Executive Officer · March 3, 2021": a name, a separator and a day date
    /// that ends the line.
    static func signed(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count <= maxLength, !scalars.isEmpty else { return false }
        let lower = line.lowercased()
        if labels.contains(where: { lower.hasPrefix($0) }) { return false }
        guard let mark = scalars.lastIndex(where: { separators.contains($0) }), mark > 0 else { return false }
        let tail = String(String.UnicodeScalarView(scalars[(mark + 1)...]))
        guard let date = TextDate.firstDate(in: tail, limit: 8), date.precision == .day else { return false }
        // Only the date (and a weekday) after the mark: "· 4 min read" or "| Staff" is no signature date.
        let words = tail.lowercased().split { !$0.isLetter }
        return words.count <= 3 && !lower.contains("updated") && !lower.contains("read")
    }

    /// A line that is a day date and nothing else (a weekday allowed): no "Updated"/"Posted" label.
    static func dateOnly(_ line: String) -> Bool {
        let lower = line.lowercased()
        guard line.unicodeScalars.count <= 40, !labels.contains(where: { lower.hasPrefix($0) }),
              let date = TextDate.firstDate(in: line, limit: 8), date.precision == .day else { return false }
        return MainTextFilter.isDateline(line)
    }

    static let separators: Set<Unicode.Scalar> = ["\u{00B7}", "|", "\u{2014}", "\u{2013}", "\u{2022}"]
    static let labels = ["updated", "last updated", "posted", "published", "modified"]
}
