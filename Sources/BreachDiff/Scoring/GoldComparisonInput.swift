import Foundation

/// A case's gold facts prepared as the comparison stage would receive them from the extractors,
/// without the answer: the gold incident id is removed from `incidentHint` and replaced by what an
/// extractor can know, a year the sentence around the quote points back to. Quotes are located in
/// the document text to get real offsets. Used by `compare --gold` and `score`.
public struct GoldComparisonInput: Sendable {
    public var documents: [DocumentInfo]
    public var facts: [Fact]

    /// - Parameters:
    ///   - expected: the case's `expected.json`.
    ///   - folder: the case folder, to read the documents' text (files that cannot be read keep offset 0).
    public init(expected: ExpectedCase, folder: URL) {
        var documents: [DocumentInfo] = []
        var facts: [Fact] = []
        for document in expected.documents {
            let kind = document.kind.flatMap { DocumentKind(rawValue: String($0.split(separator: " ").first ?? "")) } ?? .unknown
            let published = document.published.flatMap(PartialDate.init(iso:))
            let title = Self.title(fromFileName: document.file)
            let ownDocument: Set<DocumentKind> = [.secFiling, .pressRelease, .companyNotice]
            documents.append(DocumentInfo(file: document.file, kind: kind, title: title, published: published,
                                          company: ownDocument.contains(kind) ? expected.company : nil))
            let text = (try? String(contentsOf: folder.appendingPathComponent(document.file), encoding: .utf8))
                .map { Array($0.unicodeScalars) } ?? []
            for gold in document.facts {
                guard var fact = gold.fact(file: document.file) else { continue }
                fact.incidentHint = nil
                if let range = Self.locate(fact.quote, in: text) {
                    fact.start = range.lowerBound
                    fact.end = range.upperBound
                    if fact.type != .date {
                        fact.incidentHint = Self.backReference(around: range, in: text, documentYear: published?.year)
                    }
                } else if fact.type != .date {
                    fact.incidentHint = Self.backReference(in: fact.quote, documentYear: published?.year)
                }
                facts.append(fact)
            }
        }
        self.documents = documents
        self.facts = facts
    }

    /// "2021-08-17_press-release_tmobile-additional-information.txt" -> "tmobile additional information".
    static func title(fromFileName file: String) -> String {
        let stem = file.split(separator: ".").first.map(String.init) ?? file
        let parts = stem.split(separator: "_")
        return (parts.count > 2 ? parts[2...].joined(separator: " ") : stem).replacingOccurrences(of: "-", with: " ")
    }

    static func locate(_ quote: String, in text: [Unicode.Scalar]) -> Range<Int>? {
        let needle = Array(quote.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        var index = 0
        while index + needle.count <= text.count {
            if text[index] == needle[0], Array(text[index..<(index + needle.count)]) == needle { return index..<(index + needle.count) }
            index += 1
        }
        return nil
    }

    /// Scalars before and after the quote, within its sentence, searched for a year.
    static let reachBefore = 150
    static let reachAfter = 60

    /// The year nearest to the quote in its sentence (within `reachBefore`/`reachAfter` scalars),
    /// when it is before the document's year. A sentence opening with "This"/"That"/"It" also
    /// looks into the sentence before it ("In 2022 ... . This breach ...").
    static func backReference(around range: Range<Int>, in text: [Unicode.Scalar], documentYear: Int?) -> String? {
        guard let documentYear else { return nil }
        var start = sentenceStart(before: range.lowerBound, in: text)
        let opening = String(String.UnicodeScalarView(text[start..<min(text.count, start + 6)]))
        if ["This ", "That ", "These", "It ha", "It wa"].contains(where: { opening.hasPrefix($0) }), start > 1 {
            start = sentenceStart(before: start - 2, in: text)
            start = max(start, range.lowerBound - reachBefore - 100)
        } else {
            start = max(start, range.lowerBound - reachBefore)
        }
        var end = range.upperBound
        while end < text.count, end < range.upperBound + reachAfter,
              !(isTerminator(text, end) || (text[end] == "\n" && end + 1 < text.count && text[end + 1] == "\n")) { end += 1 }
        var best: (distance: Int, year: Int)?
        for (offset, year) in years(in: text, from: start, to: end, upTo: documentYear) {
            let distance = offset < range.lowerBound ? range.lowerBound - offset : max(0, offset - range.upperBound)
            if best == nil || distance < best!.distance { best = (distance, year) }
        }
        guard let best, best.year < documentYear else { return nil }
        return String(best.year)
    }

    /// Four-digit years from 1990 to `upTo` with their offsets.
    static func years(in text: [Unicode.Scalar], from start: Int, to end: Int, upTo limit: Int) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        var index = max(0, start)
        while index + 4 <= min(end, text.count) {
            let digits = text[index..<(index + 4)]
            let bounded = (index == 0 || !isDigit(text[index - 1])) && (index + 4 == text.count || !isDigit(text[index + 4]))
            if bounded, digits.allSatisfy(isDigit), let year = Int(String(String.UnicodeScalarView(digits))),
               (1990...limit).contains(year) {
                found.append((index, year))
            }
            index += 1
        }
        return found
    }

    static func sentenceStart(before index: Int, in text: [Unicode.Scalar]) -> Int {
        var position = max(0, index)
        while position > 0 {
            if isTerminator(text, position - 1) || (text[position - 1] == "\n" && position > 1 && text[position - 2] == "\n") { break }
            position -= 1
        }
        while position < text.count, text[position] == " " || text[position] == "\n" { position += 1 }
        return position
    }

    static func isTerminator(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index + 1 < text.count, ".!?".unicodeScalars.contains(text[index]) else { return false }
        return text[index + 1] == " " || text[index + 1] == "\n"
    }

    /// The earliest year before the document's year named in the quote itself.
    static func backReference(in quote: String, documentYear: Int?) -> String? {
        guard let documentYear else { return nil }
        let scalars = Array(quote.unicodeScalars)
        guard let earliest = years(in: scalars, from: 0, to: scalars.count, upTo: documentYear).map(\.1).min(),
              earliest < documentYear else { return nil }
        return String(earliest)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
