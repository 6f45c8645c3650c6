/// A cheap first look at a segment: does it contain a word that can start a data-type phrase,
/// or a mark the list and back-reference rules need? Most segments of a document mention no
/// data type, and skipping their tokenization is what keeps the extractor fast.
///
/// Words are hashed (FNV-1a over lower-case ASCII, apostrophes dropped, as `WordTokenizer` forms
/// them) without building a String; the hash set holds every lexicon first word with its plural
/// endings. A non-ASCII letter makes the answer "yes", which is always safe.
enum DataTypePrescreen {
    static let firstWordHashes: Set<UInt64> = {
        var hashes: Set<UInt64> = []
        for (_, phrases) in DataTypeSpellings.table {
            for phrase in phrases {
                let text = phrase.drop { $0 == "~" || $0 == "+" }
                guard let first = WordTokenizer.tokens(of: String(text), base: 0).first else { continue }
                var forms = [first.word, first.singular, first.singular + "s", first.singular + "es"]
                if first.singular.hasSuffix("y") { forms.append(String(first.singular.dropLast()) + "ies") }
                for form in forms { hashes.insert(hash(Array(form.utf8))) }
            }
        }
        return hashes
    }()

    /// Words that make a segment worth a full look although no data type starts in it.
    static let markerHashes: Set<UInt64> = [hash(Array("none".utf8))]

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }

    /// Whether the segment needs a full analysis.
    static func needsAnalysis(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        var lastMark: Unicode.Scalar = " "
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            let code = scalar.value
            if (code >= 0x61 && code <= 0x7A) || (code >= 0x41 && code <= 0x5A) || (code >= 0x30 && code <= 0x39) {
                let lower = code >= 0x41 && code <= 0x5A ? code + 0x20 : code
                value = (value ^ UInt64(lower)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord, scalar == "'" || scalar == "\u{2019}" {
                // Dropped inside a word, as the tokenizer does.
            } else if code >= 0x80, scalar.properties.isAlphabetic {
                return true
            } else {
                if inWord, firstWordHashes.contains(value) || markerHashes.contains(value) { return true }
                if scalar == "#" { return true }
                value = 0xcbf2_9ce4_8422_2325
                inWord = false
                if scalar != " " { lastMark = scalar }
            }
            if inWord { lastMark = " " }
            index += 1
        }
        if inWord, firstWordHashes.contains(value) || markerHashes.contains(value) { return true }
        return lastMark == ":"
    }
}
