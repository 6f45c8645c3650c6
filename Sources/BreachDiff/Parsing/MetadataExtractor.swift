import Foundation

/// Fills a document's metadata from its markup, its text and, last, its file name.
///
/// Sources by field, best first:
/// - title: `og:title`, `twitter:title`, `<title>`, the first heading or first short block.
/// - publisher: `og:site_name`, JSON-LD `publisher`, `application-name`, the wire service of a
///   press release, a clipping header's `Source:` (`<meta name=author>` is a person, not a publisher).
/// - published: JSON-LD `datePublished`, `article:published_time`, `<meta name=date|pubdate|DC.date>`,
///   `<time datetime>`, then text cues (wire dateline, "Published:", "Updated:", a dated by-line),
///   then the file name.
struct MetadataExtractor {
    var fileName: String
    var partType: String?
    /// By-lines, datelines and post-info lines taken out of the main text (`MainTextFilter`,
    /// `HTMLContent.metaLines`): read for the kind and the date like the first blocks.
    var metaLines: [String] = []

    /// A filing's cover page (news that merely mentions the SEC does not have these phrases).
    static func looksLikeFiling(_ bytes: [UInt8]) -> Bool {
        let head = InputSniffer.lowerBytes(bytes.prefix(65536))
        if ByteSearch.contains(head, "<ix:header") { return true }
        return ByteSearch.contains(head, "securities and exchange commission")
            && (ByteSearch.contains(head, "washington, d.c. 20549") || ByteSearch.contains(head, "exact name of registrant")
                || ByteSearch.contains(head, "commission file number"))
    }

    static let dateMetaKeys = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
        "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "publication_date", "article.published",
        "article:modified_time", "datemodified",
    ]

    func describe(_ document: inout ParsedDocument, html: HTMLContent) {
        let linked = LinkedData(scripts: html.jsonLD)
        document.title = [html.metas["og:title"], html.metas["twitter:title"], html.title, linked.headline]
            .compactMap { $0.flatMap(clean) }.first
        document.publisher = [html.metas["og:site_name"], linked.publisher, html.metas["application-name"]]
            .compactMap { $0.flatMap(clean) }.first
        document.published = linked.datePublished.flatMap(TextDate.iso)
            ?? Self.dateMetaKeys.lazy.compactMap { html.metas[$0].flatMap(TextDate.iso) }.first
            ?? html.timeDatetime.flatMap(TextDate.iso)
        finish(&document, inlineXBRL: html.inlineXBRL)
    }

    func describe(_ document: inout ParsedDocument, plain: PlainTextContent) {
        document.publisher = plain.fields["source"].flatMap(clean)
        document.published = ["updated", "date", "published", "posted"].lazy
            .compactMap { plain.fields[$0].flatMap(Self.cueDate) }.first
        finish(&document, inlineXBRL: [:])
    }

    /// Text cues, kind, filing structure, and the file-name fallbacks.
    private func finish(_ document: inout ParsedDocument, inlineXBRL: [String: String]) {
        let headBlocks = document.blocks.prefix(12)
        var head = metaLines.prefix(12).map { Self.prefix($0, 300).lowercased() + "\n" }.joined()
        for block in headBlocks where head.utf8.count < 6000 { head += Self.prefix(block.text, 1500).lowercased() + "\n" }
        document.kind = DocumentClassifier.kind(head: head, partType: partType, fileName: fileName)
        if document.title == nil, let first = document.blocks.first,
           first.kind == .heading || first.text.unicodeScalars.count <= 160 {
            document.title = first.text
        }
        if let wire = DocumentClassifier.wireName(in: head) {
            if document.publisher == nil { document.publisher = wire }
            if let block = headBlocks.first(where: { block in
                let lower = block.text.lowercased()
                return DocumentClassifier.wireMarkers.contains { lower.containsBytes($0.marker) }
            }) {
                document.published = document.published ?? TextDate.firstDate(in: block.text, limit: 40)
                document.company = document.company ?? Self.issuer(in: block.text)
            }
        }
        if document.published == nil {
            let lines = metaLines.prefix(8).map { TextBlock(kind: .paragraph, text: $0, start: 0, end: 0) }
            document.published = datedLine(in: lines + Array(headBlocks))
        }
        if let structure = FilingAnalyzer.analyze(document, inlineXBRL: inlineXBRL) {
            let exhibit = partType?.uppercased().hasPrefix("EX-99") == true
            document.kind = exhibit ? .pressRelease : .secFiling
            document.formType = structure.formType ?? partType ?? document.formType
            document.company = structure.company ?? document.company
            document.items = structure.items
            document.exhibits = structure.exhibits
            // An amendment, or a report filed days after its event, is dated by its signature.
            if document.published == nil {
                document.published = SignatureDate.later(than: structure.dateOfReport, in: document.blocks) ?? structure.dateOfReport
            }
        }
        if document.formType == nil, let partType { document.formType = partType }
        document.title = document.title.map { Self.title($0, publisher: document.publisher, headings: headBlocks) }
        if document.published == nil { document.published = FileNameHints.date(of: fileName) }
    }

    /// `text.prefix(count)`: a text of at most `count` bytes has at most `count` characters and is
    /// its own prefix, without walking `count` grapheme breaks (most blocks are that short).
    private static func prefix(_ text: String, _ count: Int) -> Substring {
        text.utf8.count <= count ? Substring(text) : text.prefix(count)
    }

    /// "Published: ...", "Updated: ...", "Posted on ...", a by-line, or a short block that is
    /// just a date. In a cue line the date after "updated" wins ("Date: May 1, 2020, updated May 3, 2020").
    private func datedLine(in blocks: [TextBlock]) -> PartialDate? {
        for block in blocks.prefix(8) {
            let text = block.text
            let lower = text.lowercased()
            let cue = ["published", "updated", "posted", "date:", "by "].contains { lower.hasPrefix($0) }
            guard cue || text.unicodeScalars.count <= 40 else { continue }
            if let date = cue ? Self.cueDate(text) : TextDate.firstDate(in: text, limit: 30) { return date }
        }
        return nil
    }

    /// A page title without its site-name suffix: "Headline - Site" or "Headline | Site" loses the
    /// suffix when it is the publisher, or when the rest is the page's own heading.
    static func title(_ title: String, publisher: String?, headings: ArraySlice<TextBlock>) -> String {
        guard mayHoldSeparator(title) else { return title }
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingSpaces()
            let tail = title[range.upperBound...].trimmingSpaces()
            guard !head.isEmpty, !tail.isEmpty else { continue }
            if let publisher, tail.caseInsensitiveCompare(publisher) == .orderedSame { return head }
            if headings.contains(where: { $0.kind == .heading && $0.text == head }) { return head }
        }
        return title
    }

    /// Whether `title(_:publisher:headings:)` can find a separator at all: its bytes hold one of
    /// the spaced separators, or a middle dot (or U+0387, the only scalar canonically equivalent
    /// to one; nothing is equivalent to a space, `|`, `-`, `:` or the dashes).
    ///
    /// Why: six Foundation searches per title cost more than reading the title's bytes once.
    static func mayHoldSeparator(_ title: String) -> Bool {
        title.containsBytes(" | ") || title.containsBytes(" - ") || title.containsBytes(" :: ")
            || title.containsBytes(" \u{2013} ") || title.containsBytes(" \u{2014} ")
            || title.containsBytes("\u{00B7}") || title.containsBytes("\u{0387}")
    }

    /// The date of a "Date:"/"Updated:" line; a later "updated ..." date wins.
    static func cueDate(_ text: String) -> PartialDate? {
        if let range = text.range(of: "updated", options: [.backwards, .caseInsensitive]),
           let date = TextDate.firstDate(in: String(text[range.upperBound...]), allowMonthOnly: true, limit: 30) {
            return date
        }
        return TextDate.firstDate(in: text, allowMonthOnly: true, limit: 30)
    }

    /// The issuer of a wire release: the words after the dateline's wire marker up to the first
    /// parenthesis or verb ("-- Acme Corporation (NYSE: ACME) announced ..." gives "Acme Corporation").
    static func issuer(in text: String) -> String? {
        let lower = text.lowercased()
        guard let marker = DocumentClassifier.wireMarkers.first(where: { lower.contains($0.marker) }),
              let range = lower.range(of: marker.marker) else { return nil }
        let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
        var rest = Substring(text.dropFirst(offset))
        rest = rest.drop { " -\u{2013}\u{2014}".contains($0) }
        var words: [Substring] = []
        for word in rest.split(separator: " ") {
            if word.hasPrefix("(") || word.first?.isLowercase == true || words.count >= 8 { break }
            words.append(word)
        }
        let name = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
        return name.count >= 2 ? name : nil
    }

    private func clean(_ value: String) -> String? {
        var accumulator = TextAccumulator()
        accumulator.append(value, kind: .paragraph)
        let text = accumulator.pendingText
        return text.isEmpty ? nil : text
    }
}
