/// What the EDGAR stage finds in an SEC filing's text.
public struct FilingStructure: Sendable, Equatable {
    /// "8-K", "8-K/A", "10-K".
    public var formType: String?
    /// The registrant ("Exact name of registrant as specified in its charter").
    public var company: String?
    /// "Date of Report (Date of earliest event reported)".
    public var dateOfReport: PartialDate?
    /// The items in document order; a combined heading ("Items 7.01 and 8.01") gives one item
    /// per number, all with the same span and title.
    public var items: [FilingItem]
    /// The exhibits listed by Item 9.01 or the exhibit index, in order of first mention.
    public var exhibits: [Exhibit]

    /// Makes a structure; every part is optional because filings omit any of them.
    public init(formType: String? = nil, company: String? = nil, dateOfReport: PartialDate? = nil,
                items: [FilingItem] = [], exhibits: [Exhibit] = []) {
        self.formType = formType
        self.company = company
        self.dateOfReport = dateOfReport
        self.items = items
        self.exhibits = exhibits
    }
}

/// Recognises an SEC filing and segments its items.
///
/// A document is a filing when its inline XBRL names a `dei:DocumentType`, when the reader
/// already knows its form type from a full submission (exhibit parts excepted), when its
/// cover carries both the Commission's name and a form or report title ("FORM 8-K",
/// "CURRENT REPORT"), or when the reader classed it as `secFiling` and it has item headings.
/// See `docs/filings.md` for how items are segmented.
public enum FilingAnalyzer {
    /// nil when the document is not an SEC filing.
    /// - Parameter inlineXBRL: `ix:` facts of the HTML by their `name` (`dei:EntityRegistrantName`,
    ///   `dei:DocumentType`, `dei:DocumentPeriodEndDate`), as the HTML reader collected them.
    public static func analyze(_ document: ParsedDocument, inlineXBRL: [String: String]) -> FilingStructure? {
        if let known = document.formType, isExhibitOrAttachment(known) { return nil }
        // Most documents are news: without a form type, a `dei:DocumentType` or the reader's
        // `secFiling` class, only a cover line naming the Commission makes a filing, and its letters
        // must then be a short line of the text. One byte scan instead of lines, headings and cover.
        if document.formType == nil, document.kind != .secFiling, fact("DocumentType", in: inlineXBRL) == nil,
           !CoverPage.mayHaveCommissionLine(document.text) {
            return nil
        }
        let lines = FilingLine.lines(of: document)
        let firstHeading = lines.firstIndex { ItemHeading(parsing: $0) != nil } ?? lines.count
        let cover = CoverPage(lines: lines, end: min(firstHeading, CoverPage.coverLines))
        let xbrlForm = fact("DocumentType", in: inlineXBRL).map { ItemHeading.clean($0.unicodeScalars) }
        let declared = xbrlForm != nil || document.formType != nil || cover.looksLikeFiling
        // A page the reader already classed as a filing (file name, tracker page quoting an 8-K)
        // counts when it has item headings of its own.
        guard declared || (document.kind == .secFiling && firstHeading < lines.count) else { return nil }

        var formType = xbrlForm ?? document.formType ?? cover.formType
        let items = ItemSegmenter(lines: lines, formType: formType).items()
        if !declared {
            guard !items.isEmpty else { return nil }
            // Numbers with a decimal point ("8.01") exist only on Form 8-K.
            if items.allSatisfy({ $0.number.contains(".") }) { formType = formType ?? "8-K" }
        }
        let company = fact("EntityRegistrantName", in: inlineXBRL).map { CoverPage.cleanName($0.unicodeScalars) }
            ?? cover.registrant ?? document.company
        let xbrlDate = fact("DocumentPeriodEndDate", in: inlineXBRL).flatMap { value in
            PartialDate(iso: value.filingTrimmed) ?? FilingDate.first(in: value)
        }
        return FilingStructure(
            formType: formType, company: company, dateOfReport: xbrlDate ?? cover.dateOfReport,
            items: items, exhibits: exhibits(lines: lines, items: items)
        )
    }

    /// Exhibits from the items whose title names exhibits, then from an exhibit index after the last item.
    static func exhibits(lines: [FilingLine], items: [FilingItem]) -> [Exhibit] {
        var ranges: [Range<Int>] = []
        for item in items where item.title.lowercased().contains("exhibit") {
            let lower = lines.firstIndex { $0.start >= item.start } ?? lines.count
            var upper = lower
            while upper < lines.count, lines[upper].end <= item.end { upper += 1 }
            ranges.append(lower..<upper)
        }
        let afterItems = items.map(\.end).max() ?? 0
        if let index = lines.firstIndex(where: { $0.start >= afterItems && isExhibitIndexTitle($0) }) {
            ranges.append((index + 1)..<lines.count)
        }
        return ExhibitListReader(lines: lines).exhibits(in: ranges)
    }

    static func isExhibitIndexTitle(_ line: FilingLine) -> Bool {
        guard line.scalars.count <= 30 else { return false }
        let key = line.letterKey
        return key == "exhibitindex" || key == "indextoexhibits" || key == "exhibitsindex"
    }

    /// Parts of a submission that are not the filing itself: "EX-99.1", "GRAPHIC", "ZIP".
    static func isExhibitOrAttachment(_ type: String) -> Bool {
        let upper = type.uppercased()
        return upper.hasPrefix("EX-") || PartBuilder.isBinary(type: upper) || upper == "XML"
    }

    /// The value of a `dei:` fact, whatever prefix or case the reader kept on its name.
    static func fact(_ name: String, in facts: [String: String]) -> String? {
        if let value = facts["dei:" + name] { return value.filingTrimmed.isEmpty ? nil : value }
        let wanted = name.lowercased()
        for (key, value) in facts {
            let local = key.split(separator: ":").last.map { $0.lowercased() } ?? ""
            if local == wanted, !value.filingTrimmed.isEmpty { return value }
        }
        return nil
    }
}

extension String {
    /// The string without surrounding white space (no Foundation needed).
    var filingTrimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !FilingLine.isSpace($0) }),
              let last = scalars.lastIndex(where: { !FilingLine.isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
