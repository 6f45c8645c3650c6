import Testing
@testable import BreachDiff

/// Per document of `Corpus/`, the extracted count, date, data_type and money facts whose (type,
/// value) is not among the document's expected facts. Precision is distinct matched keys over
/// distinct extracted keys (the scorer's rule); it must not drop below the document's floor,
/// set just under the level measured when the floor was written, so a regression fails while
/// small gains pass. Raise a floor when the extractor gets better. The spurious facts are printed.
@Suite("Corpus precision") struct CorpusPrecisionTests {
    /// One expected document.
    struct DocumentCase: Sendable, CustomTestStringConvertible {
        var caseName: String
        var file: String
        var testDescription: String { caseName + "/" + file }
    }

    static let documents: [DocumentCase] = ProjectCorpusRun.caseNames.flatMap { name in
        (ProjectCorpusRun.expected[name]?.documents ?? []).map { DocumentCase(caseName: name, file: $0.file) }
    }

    /// Lowest accepted precision per document (`case/file`); documents not listed must stay at 1.0.
    /// Measured when written: see the comment on each line.
    static let floors: [String: Double] = [
        "23andme/2023-12-01_sec-8k-a_item-8-01.htm": 0.83, // 5/6: date 2023-10-06 from the cover's date of earliest event, read as filed (the filing's date is the signature's)
        "23andme/2023-12-04_news_6-9-million.html": 0.92, // 12/13: date 2023-10 from 'began selling lists … on a forum in early October' (a sale, read as intrusion start)
        "23andme/2024-09-13_news_settlement-brief.txt": 0.5, // 2/4: the RELATED BRIEFS list ('1.5 million patients', '$65 million') is kept as text
        "att/2024-04-01_news_73-million.html": 0.83, // 5/6: date 2024-03 from 'The leak itself happened in mid-March' (a leak date, no event in the gold)
        "change-healthcare/2024-02-28_forum_alphv-leak-post.html": 0.87, // 7/8: payment_card from 'payment and claims information' (the gold reads the pair as financial_info)
        "change-healthcare/2024-10-24_news_100-million.html": 0.71, // 5/7: another insurer's 78.8 million (2015), date 2024-02 from 'the ransomware attack it suffered in February' (arguably a gold omission)
        "change-healthcare/2025-01-27_news_190-million-brief.txt": 0.76, // 10/13: related briefs' 5.6 mln and $950,000, date 2024-02 from 'the February 2024 ransomware attack'
        "equifax/2017-09-07_press-release_ex99-1.htm": 0.88, // 8/9: date 2017 from 'on July 29 of this year'
        "equifax/2017-10-10_company-notice_incident-updates.html": 0.9, // 19/21: dates 2014 and 2016 from the UK records' years
        "equifax/2019-07-22_news_settlement.html": 0.81, // 9/11: count 2017 from 'The 2017 breach', date 2018-12 from the congressional report's 'December'
        "tmobile/2022-07-23_news_settlement.html": 0.87, // 7/8: date 2021-08 from 'in a cyberattack last August' (a true date, absent from the gold)
        "tmobile/2023-01-21_news_hacked-again.html": 0.92, // 12/13: count 2022 from 'In April 2022 members of …' (a year read as a count)
        // target (held out, session 4; docs/testing.md)
        "target/2013-12-20_news_40-million-cards.html": 0.82, // 5/6: count 45.6M, another company's 2007 breach given for comparison
    ]

    @Test("Extracted facts are expected ones", arguments: documents)
    func precision(_ document: DocumentCase) throws {
        let run = try #require(ProjectCorpusRun.runs[document.caseName])
        let gold = try #require(run.expected.documents.first { $0.file == document.file })
        let expectedKeys = Set(gold.facts.compactMap { $0.fact(file: document.file) }.map(ProjectCorpusRun.valueKey))
        let extracted = run.result.facts.filter { $0.file == document.file && FactScorer.scoredTypes.contains($0.type) }
        var quotes: [String: String] = [:]
        for fact in extracted where quotes[ProjectCorpusRun.valueKey(fact)] == nil {
            quotes[ProjectCorpusRun.valueKey(fact)] = fact.quote
        }
        let spurious = quotes.keys.filter { !expectedKeys.contains($0) }.sorted()
        let precision = quotes.isEmpty ? 1 : Double(quotes.count - spurious.count) / Double(quotes.count)
        print("precision \(document.testDescription): \(quotes.count - spurious.count)/\(quotes.count)")
        for key in spurious { print("  spurious \(document.testDescription): \(key) \"\(quotes[key]!)\"") }
        let floor = Self.floors[document.testDescription] ?? 1
        #expect(precision >= floor, "precision \(precision) < \(floor); spurious: \(spurious)")
    }
}
