import Testing
@testable import BreachDiff

/// Every extractor over every word-prefix of sentences rich in dates, numbers, money, data types
/// and speakers: a document may end anywhere ("... on Friday" with no full stop crashed the date
/// scanner once, reading past its last token), and none of those endings may crash or trap.
@Suite("Truncated sentences") struct TruncationSweepTests {
    static let sentences: [String] = [
        "On Friday, Acme Corp. said that hackers had access from mid-May through July 2017 and stole data on about 14.5 million people.",
        "The company disclosed on Monday, January 5, 2023 that names, Social Security numbers/tax IDs and PINs were NOT accessed.",
        "A seller claims to hold 100M+ records and asks $270,000 in bitcoin, according to a forum post published last week.",
        "Regulators fined the firm $80 million on Wednesday; it agreed to pay up to $425 million, between 5 and 7 million",
        "Thursday, September 7, 2017 - the LAPSUS$ group used stolen credentials; the breach, which began on or around",
    ]

    static var prefixes: [String] {
        sentences.flatMap { sentence -> [String] in
            let words = sentence.split(separator: " ", omittingEmptySubsequences: false)
            return (1...words.count).flatMap { count -> [String] in
                let prefix = words.prefix(count).joined(separator: " ")
                // The prefix as is, and with its last character cut ("Frida", "$8", "2017 -").
                return [prefix, String(prefix.dropLast())]
            }
        }
    }

    @Test("No word-prefix of a rich sentence crashes the extractors")
    func prefixesExtract() {
        let extractor = FactExtractor()
        var facts = 0
        for (index, text) in Self.prefixes.enumerated() {
            let file = index % 2 == 0 ? "2020-06-12_news_example.txt" : "2020-06-12_press-release_acme.txt"
            let document = DocumentReader().read(text: text, file: file)
            for fact in extractor.extract(from: document) {
                let scalars = Array(document.text.unicodeScalars)
                #expect(fact.start >= 0 && fact.end <= scalars.count && fact.start <= fact.end)
                facts += 1
            }
        }
        // The full sentences do state facts: the sweep reached the extractors' rules.
        #expect(facts > 50)
    }
}
