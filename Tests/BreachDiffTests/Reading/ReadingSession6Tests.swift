import Testing
@testable import BreachDiff

/// Session 6 speed-ups of the reading stage give what the code before them gave.
@Suite struct ReadingSession6Tests {
    /// The Commission-line test as it was before session 6: counts first, key test at line ends.
    private static func commissionLineReference(_ text: String) -> Bool {
        let key = Array("securitiesandexchangecommission".utf8)
        func isKeyByte(_ byte: UInt8) -> Bool {
            let lower = byte | 0x20
            return lower >= 0x61 && lower <= 0x7A || byte >= 0x30 && byte <= 0x39
        }
        let bytes = Array(text.utf8)
        var lineStart = 0, nonBlanks = 0, keyLength = 0
        for index in 0...bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : 0x0A
            if byte == 0x0A || byte == 0x0D {
                if keyLength >= key.count, nonBlanks <= 80 {
                    var remaining = key.count
                    var back = index
                    while remaining > 0, back > lineStart {
                        back -= 1
                        guard isKeyByte(bytes[back]) else { continue }
                        remaining -= 1
                        if bytes[back] | 0x20 != key[remaining] { break }
                        if remaining == 0 { return true }
                    }
                }
                lineStart = index + 1
                nonBlanks = 0
                keyLength = 0
            } else if byte < 0x80, byte != 0x20, !(0x09...0x0D).contains(byte) {
                nonBlanks += 1
                if isKeyByte(byte) { keyLength += 1 }
            }
        }
        return false
    }

    @Test("The Commission-line test agrees with the counting test on mixed lines")
    func commissionLineAgreesWithReference() {
        let pieces = ["SECURITIES AND EXCHANGE COMMISSION", "Securities\tand Exchange Commission:", "\r", "\n", "\r\n",
                      "x", String(repeating: "a", count: 50), "é", "—", " ", "SEC", "Commission", "securities and exchange",
                      "UNITED STATES", String(repeating: "é ", count: 60), "2", "\u{0B}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(CoverPage.mayHaveCommissionLine(text) == Self.commissionLineReference(text), "\(text.debugDescription)")
        }
    }

    @Test("A run cut at the length limit after closing quotes is cut where it was before")
    func cutAfterClosingQuotes() {
        let splitter = SentenceSplitter(maximumLength: 10)
        let scalars = Array("abcdefgh.\"\"\"\"\"x rest of it".unicodeScalars)
        #expect(splitter.split(scalars) == [0..<14, 14..<23, 24..<26])
    }

    @Test("Sentences stay within the length limit or end at a full stop", arguments: [14, 20, 40])
    func lengthLimit(maximumLength: Int) {
        let splitter = SentenceSplitter(maximumLength: maximumLength)
        let words = ["The", "data", "was", "taken.", "It", "said!", "\"Why?\"", "U.S.", "1.5", "Inc.", "…", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                .joined(separator: " ")
            let scalars = Array(text.unicodeScalars)
            var previousEnd = 0
            for range in splitter.split(scalars) {
                #expect(range.lowerBound >= previousEnd && !range.isEmpty)
                previousEnd = range.upperBound
            }
            let covered = splitter.split(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }.joined(separator: " ")
            #expect(covered.split(separator: " ") == text.split(separator: " "))
        }
    }

    @Test("A windows-1252 page converts as its bytes one by one do")
    func windows1252Runs() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...64, using: &generator)).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
            }
            let oneByOne = bytes.flatMap { ByteDecoder.windows1252ToUTF8([$0]) }
            #expect(ByteDecoder.windows1252ToUTF8(bytes) == oneByOne)
        }
    }
}
