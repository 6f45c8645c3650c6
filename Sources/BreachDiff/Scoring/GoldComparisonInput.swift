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

    /// The earliest year before the document's year named in the quote's sentence (or, when the
    /// sentence opens with "This"/"That"/"It", in the sentence before it too).
    static func backReference(around range: Range<Int>, in text: [Unicode.Scalar], documentYear: Int?) -> String? {
        var start = sentenceStart(before: range.lowerBound, in: text)
        let opening = String(String.UnicodeScalarView(text[start..<min(text.count, start + 6)]))
        if ["This ", "That ", "These", "It ha", "It wa"].contains(where: { opening.hasPrefix($0) }), start > 1 {
            start = sentenceStart(before: start - 1, in: text)
        }
        var end = range.upperBound
        while end < text.count, !(isTerminator(text, end) || (text[end] == "\n" && end + 1 < text.count && text[end + 1] == "\n")) { end += 1 }
        return backReference(in: String(String.UnicodeScalarView(text[start..<end])), documentYear: documentYear)
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

    static func backReference(in sentence: String, documentYear: Int?) -> String? {
        guard let documentYear else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        var years: [Int] = []
        var index = 0
        while index + 4 <= scalars.count {
            let digits = scalars[index..<(index + 4)]
            let bounded = (index == 0 || !isDigit(scalars[index - 1])) && (index + 4 == scalars.count || !isDigit(scalars[index + 4]))
            if bounded, digits.allSatisfy(isDigit), let year = Int(String(String.UnicodeScalarView(digits))),
               (1990...documentYear).contains(year) {
                years.append(year)
            }
            index += 1
        }
        guard let earliest = years.min(), earliest < documentYear else { return nil }
        return String(earliest)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
