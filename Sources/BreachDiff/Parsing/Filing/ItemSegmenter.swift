/// Finds the item headings of a filing and the span of text each item covers.
///
/// 1. Every line that parses as an `ItemHeading` is a candidate; a heading without a title
///    takes the next line as its title when that line reads like one (inline XBRL filings put
///    "Item 2.02" and its title in neighbouring table cells).
/// 2. Candidates after the signature block are dropped: what follows it is an exhibit index or
///    an appended exhibit.
/// 3. Each item number keeps its last occurrence. A table of contents lists every item before
///    the body does, so its entries are superseded by the real headings further down. (10-Q
///    numbers repeat across Part I and Part II, so there the part is part of the key.)
/// 4. An item runs to the next kept heading, a "PART II" line, the signature block, or an
///    exhibit index, whichever comes first.
struct ItemSegmenter {
    let lines: [FilingLine]
    let formType: String?

    /// A kept heading: where it is and what it says.
    struct Candidate {
        var line: Int
        var number: String
        var title: String
        var part: String
    }

    /// The line where the signature block starts, if the filing has one after its first item.
    func signatureLine(after first: Int) -> Int? {
        var index = first
        while index < lines.count {
            let line = lines[index]
            // Plain-text filings wrap the sentence, so "duly caused" may sit a line or two further down.
            if line.hasPrefix("pursuant to the requirements"),
               lines[index..<min(index + 3, lines.count)].contains(where: { $0.contains("duly caused") }) {
                // Start the block at its "SIGNATURE(S)" title when that stands just above.
                for back in stride(from: index - 1, through: max(first + 1, index - 2), by: -1) {
                    let key = lines[back].letterKey
                    if key == "signature" || key == "signatures" { return back }
                }
                return index
            }
            index += 1
        }
        return nil
    }

    func isExhibitIndex(_ line: FilingLine) -> Bool {
        guard line.scalars.count <= 30 else { return false }
        let key = line.letterKey
        return key == "exhibitindex" || key == "indextoexhibits" || key == "exhibitsindex"
    }

    /// "PART I", "PART II - OTHER INFORMATION".
    func partName(_ line: FilingLine) -> String? {
        guard line.scalars.count <= 80, line.hasPrefix("part"), line.scalars.count > 5,
              FilingLine.isSpace(line.scalars[4]) else { return nil }
        var index = 5
        while index < line.scalars.count, FilingLine.isSpace(line.scalars[index]) { index += 1 }
        var roman = String.UnicodeScalarView()
        while index < line.scalars.count, "IVX".unicodeScalars.contains(line.scalars[index]) {
            roman.append(line.scalars[index])
            index += 1
        }
        guard !roman.isEmpty, index == line.scalars.count || !line.scalars[index].properties.isAlphabetic else { return nil }
        return String(roman)
    }

    /// The items, in document order.
    func items() -> [FilingItem] {
        var candidates: [Candidate] = []
        var part = ""
        var partLines: [Int] = []
        for (index, line) in lines.enumerated() {
            if let name = partName(line) {
                part = name
                partLines.append(index)
                continue
            }
            guard let (heading, used) = heading(at: index) else { continue }
            let title = heading.title.isEmpty ? titleFromNextLine(after: index + used - 1, numbers: heading.numbers) : heading.title
            for number in heading.numbers {
                candidates.append(Candidate(line: index, number: number, title: title, part: part))
            }
        }
        guard let first = candidates.first else { return [] }
        let signature = signatureLine(after: first.line)
        if let signature { candidates.removeAll { $0.line >= signature } }

        let partsRepeatNumbers = formType?.uppercased().hasPrefix("10-Q") == true
        var lastByKey: [String: Int] = [:]
        for (position, candidate) in candidates.enumerated() {
            lastByKey[partsRepeatNumbers ? candidate.part + "|" + candidate.number : candidate.number] = position
        }
        let kept = candidates.enumerated().filter { position, candidate in
            lastByKey[partsRepeatNumbers ? candidate.part + "|" + candidate.number : candidate.number] == position
        }.map(\.element)

        // Lines where an item must stop: the next heading, a part title, the signatures, an exhibit index.
        var stops = Set(kept.map(\.line)).union(partLines)
        if let signature { stops.insert(signature) }
        if let lastLine = kept.last?.line {
            for index in (lastLine + 1)..<(signature ?? lines.count) where isExhibitIndex(lines[index]) {
                stops.insert(index)
                break
            }
        }
        let sortedStops = stops.sorted()
        return kept.map { candidate in
            let stop = sortedStops.first { $0 > candidate.line } ?? lines.count
            return FilingItem(number: candidate.number, title: candidate.title,
                              start: lines[candidate.line].start, end: lines[stop - 1].end)
        }
    }

    /// The heading that starts at a line, and how many lines it takes: one, or two when "Item"
    /// stands alone in one table cell and "1.05" starts the next.
    func heading(at index: Int) -> (ItemHeading, Int)? {
        let line = lines[index]
        if let heading = ItemHeading(parsing: line) { return (heading, 1) }
        guard line.scalars.count <= 5, index + 1 < lines.count, line.hasLetterKey(in: ["item", "items"]),
              let first = lines[index + 1].scalars.first, ("0"..."9").contains(first) else { return nil }
        let joined = FilingLine(scalars: line.scalars + [" "] + lines[index + 1].scalars, start: line.start, end: lines[index + 1].end)
        return ItemHeading(parsing: joined).map { ($0, 2) }
    }

    /// The title printed in the line (table cell) after a bare "Item 2.02", when it reads like one.
    func titleFromNextLine(after index: Int, numbers: [String]) -> String {
        guard index + 1 < lines.count else { return "" }
        let next = lines[index + 1]
        guard ItemHeading(parsing: next) == nil, !next.hasPrefix("pursuant to the requirements") else { return "" }
        let slice = next.scalars[...]
        for number in numbers {
            if let length = KnownItemTitles.prefixLength(of: slice, number: number) {
                let stop = ItemHeading.sentenceEnd(in: slice, from: length) ?? slice.endIndex
                return ItemHeading.clean(stop <= ItemHeading.maximumTitleLength ? slice[..<stop] : slice[..<length])
            }
        }
        guard let first = slice.first, !first.properties.isLowercase, slice.count <= ItemHeading.maximumTitleLength,
              ItemHeading.sentenceEnd(in: slice, from: 0) == nil, ItemHeading.isTitleLike(slice) else { return "" }
        return ItemHeading.clean(slice)
    }
}
