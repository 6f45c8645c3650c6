/// Takes the furniture out of the top of a page's main text, after the page was read into blocks.
///
/// Only the leading region is looked at: the blocks before the first body paragraph (100+
/// characters). There, menu bars ("Home | Security | Privacy", "Newsroom > News Releases") and
/// menu lines go, and by-lines ("By Dana Ortiz · August 16, 2021") and dateline-only blocks
/// ("Published: July 23, 2022 | PA Wire", "August 20, 2021") move to `metaLines`: they are where
/// metadata comes from, but they are not statements of the document. Headings other than menu
/// bars always stay. SEC filings are never filtered (`DocumentReader` does not call this).
struct MainTextFilter {
    /// What remains of the text, and the lines taken out for metadata.
    struct Result {
        var text: String
        var blocks: [TextBlock]
        var metaLines: [String]
    }

    /// A body paragraph ends the leading region.
    static let bodyLength = 100

    func filter(_ blocks: [TextBlock], text: String) -> Result {
        var kept: [TextBlock] = []
        var metaLines: [String] = []
        var leading = true
        for block in blocks {
            let length = block.end - block.start
            if leading, block.kind != .heading, length >= Self.bodyLength { leading = false }
            guard leading else { kept.append(block); continue }
            if BoilerplateRules.isMenuBar(block.text) || BoilerplateRules.isMenuLine(block.text) { continue }
            if block.kind != .heading, Self.isByline(block.text) || Self.isDateline(block.text) {
                metaLines.append(block.text)
                continue
            }
            kept.append(block)
        }
        guard kept.count != blocks.count else { return Result(text: text, blocks: blocks, metaLines: []) }
        // Offsets are rebuilt from the blocks' scalar lengths: no String index arithmetic.
        var offset = 0
        var rebuilt: [TextBlock] = []
        rebuilt.reserveCapacity(kept.count)
        for block in kept {
            if !rebuilt.isEmpty { offset += 2 }
            let length = block.end - block.start
            rebuilt.append(TextBlock(kind: block.kind, text: block.text, start: offset, end: offset + length))
            offset += length
        }
        return Result(text: kept.map(\.text).joined(separator: "\n\n"), blocks: rebuilt, metaLines: metaLines)
    }

    /// "By Lee Kwan", "By Dana Ortiz · August 16, 2021", "By Sam Whitaker, Staff Writer".
    static func isByline(_ text: String) -> Bool {
        guard text.utf8.count <= 120, text.lowercased().hasPrefix("by ") else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 14, words[1].first?.isUppercase == true else { return false }
        // A sentence that starts with "By" ("By Monday, the company had ...") has a verb and ends with a period.
        return !text.hasSuffix(".") || words.count <= 4
    }

    /// A block that is only a date, or a "Published:"/"Updated:"/"Posted" line with a date.
    static func isDateline(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.count
        let lower = text.lowercased()
        let cue = ["published", "updated", "posted", "last updated", "date:"].contains { lower.hasPrefix($0) }
        if cue, scalars <= 100 { return TextDate.firstDate(in: text, allowMonthOnly: true, limit: 12) != nil }
        guard scalars <= 40, TextDate.firstDate(in: text, limit: 8) != nil else { return false }
        // Only the date: at most one other word ("pm", "ET"); "company disclosed on May 2, 2016" is a sentence.
        let others = lower.split { !$0.isLetter }.filter { !Self.dateWords.contains(String($0)) }
        return others.count <= 1
    }

    private static let dateWords: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday", "sat", "saturday",
        "sun", "sunday", "st", "nd", "rd", "th",
    ]
}
