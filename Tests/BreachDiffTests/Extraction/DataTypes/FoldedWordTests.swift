import Testing
@testable import BreachDiff

/// `FoldedWord` folds `DataTypePrescreen`'s word hash while scanning; it must give the hash of the
/// byte-array rules (`DataTypePrescreen.singularHash`) for every word.
@Suite struct FoldedWordTests {
    /// Every word up to five bytes over the letters the singular rules look at ("s", "i", "e",
    /// "u"), one other letter and a digit: each rule and each length boundary is reached.
    static let words: [[UInt8]] = {
        let alphabet = Array("sieua1".utf8)
        var result: [[UInt8]] = [[]]
        var layer: [[UInt8]] = [[]]
        for _ in 1...5 {
            layer = layer.flatMap { word in alphabet.map { word + [$0] } }
            result += layer
        }
        return result.filter { !$0.isEmpty }
    }()

    @Test("Folded hash equals the byte-array hash on every short word")
    func exhaustiveShortWords() {
        #expect(Self.words.count == 9330)
        for bytes in Self.words {
            var folded = FoldedWord()
            for byte in bytes { folded.append(byte) }
            #expect(folded.count == bytes.count)
            #expect(folded.singularHash == DataTypePrescreen.singularHash(bytes), "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test("Real plural spellings", arguments: ["addresses", "identities", "passwords", "status", "campus", "numbers", "ss", "boss", "policies"])
    func realWords(word: String) {
        var folded = FoldedWord()
        for byte in word.utf8 { folded.append(byte) }
        #expect(folded.singularHash == DataTypePrescreen.singularHash(Array(word.utf8)))
    }
}
