/// Cuts and cleans the title of an item heading.
extension ItemHeading {
    /// Longest title accepted without a known-title match; longer text is a sentence, not a heading.
    static let maximumTitleLength = 200

    /// The title from the text after the number; "" when there is none, nil when the text reads
    /// as a sentence (a cross-reference, not a heading).
    static func title(from rest: ArraySlice<Unicode.Scalar>, numbers: [String]) -> String? {
        guard let first = rest.first else { return "" }
        for number in numbers {
            if let length = KnownItemTitles.prefixLength(of: rest, number: number) {
                // A run-in heading keeps only its known title; trailing words of a longer printed
                // title ("...; Transfer of Listing") are kept while they stay on a title-like stretch.
                let stop = sentenceEnd(in: rest, from: rest.startIndex + length) ?? rest.endIndex
                let candidate = rest[rest.startIndex..<stop]
                let title = isTitleLike(candidate) && candidate.count <= maximumTitleLength
                    ? candidate : rest[rest.startIndex..<(rest.startIndex + length)]
                return clean(title)
            }
        }
        // "of this report", "above", "is incorporated": a sentence that happens to begin with "Item N".
        if first.properties.isLowercase { return nil }
        guard first.properties.isAlphabetic || "(\"\u{201C}[".unicodeScalars.contains(first) else { return nil }
        if let stop = sentenceEnd(in: rest, from: rest.startIndex), stop < rest.endIndex {
            // "Other Events. On May 3, the Company..." on one line: the title ends at the first sentence break.
            let candidate = rest[rest.startIndex..<stop]
            return candidate.count <= maximumTitleLength && isTitleLike(candidate) ? clean(candidate) : nil
        }
        guard rest.count <= maximumTitleLength, isTitleLike(rest) else { return nil }
        return clean(rest)
    }

    /// The index of the first ". " (or ".\u{A0}") that is followed by a capital or a digit.
    static func sentenceEnd(in rest: ArraySlice<Unicode.Scalar>, from start: Int) -> Int? {
        var index = start
        while index + 2 < rest.endIndex {
            if rest[index] == ".", FilingLine.isSpace(rest[index + 1]) {
                var next = index + 1
                while next < rest.endIndex, FilingLine.isSpace(rest[next]) { next += 1 }
                if next < rest.endIndex, rest[next].properties.isUppercase || ("0"..."9").contains(rest[next]) {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    /// Most longer words capitalised, as in "Results of Operations and Financial Condition".
    static func isTitleLike(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var words = 0
        var capitalised = 0
        var wordStart = true
        var wordLength = 0
        var wordCapital = false
        func endWord() {
            if wordLength >= 4 {
                words += 1
                if wordCapital { capitalised += 1 }
            }
            wordLength = 0
        }
        for scalar in text {
            if scalar.properties.isAlphabetic {
                if wordStart { wordCapital = scalar.properties.isUppercase }
                wordStart = false
                wordLength += 1
            } else if scalar != "'" && scalar != "\u{2019}" && scalar != "-" {
                endWord()
                wordStart = true
            }
        }
        endWord()
        return words == 0 || capitalised * 2 >= words
    }

    /// What may surround a title without belonging to it.
    static let titlePunctuation: Set<Character> = [".", ":", "-", "\u{2013}", "\u{2014}", "|", ";", ","]

    /// Collapses white space and strips the punctuation around a title.
    static func clean(_ text: some Collection<Unicode.Scalar>, stripping strip: Set<Character> = titlePunctuation) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text {
            if FilingLine.isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        var result = String(out)
        while let last = result.last, strip.contains(last) || last == " " { result.removeLast() }
        while let first = result.first, strip.contains(first) || first == " " { result.removeFirst() }
        return result
    }
}
