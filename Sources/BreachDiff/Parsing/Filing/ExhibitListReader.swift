/// Reads exhibit numbers and descriptions from an exhibit list: the body of Item 9.01 (or any
/// item whose title names exhibits) and an "EXHIBIT INDEX" section.
///
/// An entry is "99.1 Press release dated ...", "Exhibit 104 - Cover Page Interactive Data File",
/// "(d) Exhibit 99.1 ..." on one line, or the number alone in one table cell with the
/// description in the next. The first description of a number wins.
struct ExhibitListReader {
    let lines: [FilingLine]

    /// Exhibit numbers of Regulation S-K Item 601 (integer part); anything else is a list counter or a figure.
    static func isExhibitNumber(_ major: Int) -> Bool {
        (1...35).contains(major) || (95...107).contains(major)
    }

    /// Lines without an entry after which a list is over: an exhibit index at the end of a
    /// 10-K is followed by the financial statements, whose numbered rows must not be read.
    static let maximumGap = 40

    /// The exhibits listed in `ranges` of the lines.
    func exhibits(in ranges: [Range<Int>]) -> [Exhibit] {
        var exhibits: [Exhibit] = []
        var seen: Set<String> = []
        for range in ranges {
            var index = range.lowerBound
            var lastEntry = range.lowerBound
            while index < range.upperBound, index - lastEntry <= Self.maximumGap {
                defer { index += 1 }
                guard let (number, rest) = Self.entry(lines[index]) else { continue }
                lastEntry = index
                var description = rest
                if description.isEmpty, index + 1 < range.upperBound {
                    let next = lines[index + 1]
                    guard Self.entry(next) == nil, Self.isDescription(next.scalars[...]) else { continue }
                    description = ItemHeading.clean(next.scalars)
                    index += 1
                }
                guard !description.isEmpty, !seen.contains(number) else { continue }
                seen.insert(number)
                exhibits.append(Exhibit(number: number, description: description))
            }
        }
        return exhibits
    }

    /// Number and (possibly empty) description of a line that starts an exhibit entry.
    static func entry(_ line: FilingLine) -> (String, String)? {
        let scalars = line.scalars
        var index = 0
        func skipSpace() {
            while index < scalars.count, FilingLine.isSpace(scalars[index]) { index += 1 }
        }
        // "(c)", "(d)": the paragraph of Item 9.01 the list belongs to.
        if scalars.count > 3, scalars[0] == "(", scalars[2] == ")", ("a"..."d").contains(scalars[1]) {
            index = 3
            skipSpace()
        }
        var prefixed = false
        if line.hasPrefix("exhibit", from: index) {
            index += 7
            if index < scalars.count, FilingLine.lower(scalars[index]) == "s" { index += 1 }
            prefixed = true
            skipSpace()
        } else if line.hasPrefix("ex.", from: index) {
            index += 3
            prefixed = true
            skipSpace()
        }
        let numberStart = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index > numberStart, index - numberStart <= 3,
              let major = Int(String(String.UnicodeScalarView(scalars[numberStart..<index]))),
              isExhibitNumber(major) else { return nil }
        var minorDigits = 0
        if index + 1 < scalars.count, scalars[index] == ".", ("0"..."9").contains(scalars[index + 1]) {
            index += 1
            while index < scalars.count, ("0"..."9").contains(scalars[index]), minorDigits < 3 {
                index += 1
                minorDigits += 1
            }
        }
        let number = String(String.UnicodeScalarView(scalars[numberStart..<index]))
        if index < scalars.count {
            let next = scalars[index]
            // "2. The stockholders..." or "3) ..." is a numbered list, "10,000" a figure.
            if !prefixed, minorDigits == 0, next == "." || next == ")" || next == "," { return nil }
            guard FilingLine.isSpace(next) || ".:-\u{2013}\u{2014}|".unicodeScalars.contains(next) else { return nil }
        }
        while index < scalars.count, ItemHeading.isSeparator(scalars[index]) { index += 1 }
        let rest = scalars[index...]
        if rest.isEmpty { return (number, "") }
        guard isDescription(rest) else { return nil }
        return (number, ItemHeading.clean(rest))
    }

    /// Text that can describe an exhibit: starts with a capital (or a quote or digit), has letters, is not a header.
    static func isDescription(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = text.first, !first.properties.isLowercase, text.count <= 400,
              text.contains(where: { $0.properties.isAlphabetic }) else { return false }
        let key = String(String.UnicodeScalarView(KnownItemTitles.key(text)))
        return key != "description" && key != "descriptionofexhibit" && !key.hasPrefix("signature")
            && key != "tableofcontents"
    }
}
