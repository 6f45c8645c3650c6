import Testing
@testable import BreachDiff

@Suite("Sentence splitting") struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        let document = DocumentReader().read(text: text, file: "s.txt")
        return SentenceSplitter().sentences(of: document).map(\.text)
    }

    @Test("Abbreviations, decimals and initials do not end sentences", arguments: [
        "The U.S. unit of Acme Corp. lost 1.5 billion rows.",
        "It began on Jan. 5, 2023 in Bellevue, Wash. and ended later.",
        "Mr. Smith and Dr. J. Doe testified, e.g. about No. 4.",
        "Approx. 37 million accounts, i.e. most of them, were hit.",
        "Acme Co. Ltd. filed a report with St. Louis officials.",
    ])
    func noSplit(text: String) {
        #expect(split(text) == [text])
    }

    @Test("Sentence ends are found", arguments: zip([
        "It was bad. We are sorry.",
        "He said \"it was bad.\" Then he left.",
        "Was it bad? Yes! It was.",
        "The owner is Acme, Inc. The company said more.",
        "Wait... What happened next was odd.",
    ], [
        ["It was bad.", "We are sorry."],
        ["He said \"it was bad.\"", "Then he left."],
        ["Was it bad?", "Yes!", "It was."],
        ["The owner is Acme, Inc.", "The company said more."],
        ["Wait...", "What happened next was odd."],
    ]))
    func splits(text: String, expected: [String]) {
        #expect(split(text) == expected)
    }

    @Test("Offsets address the document text, and very long runs are cut")
    func offsets() {
        let text = "First one. Second one.\n\n" + String(repeating: "word ", count: 5000)
        let document = DocumentReader().read(text: text, file: "o.txt")
        let sentences = SentenceSplitter().sentences(of: document)
        let scalars = Array(document.text.unicodeScalars)
        for sentence in sentences {
            #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
            #expect(sentence.text.unicodeScalars.count <= 3000)
        }
        #expect(sentences.count >= 4)
        #expect(sentences[1].blockIndex == 0 && sentences[2].blockIndex == 1)
    }
}
