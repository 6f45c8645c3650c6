import Foundation
import Testing
@testable import BreachDiff

@Suite struct DateEventTests {
    static let triggers: [(String, DateEvent)] = [
        ("The unauthorized activity began on June 2, 2021.", .intrusionStart),
        ("An outsider first accessed the servers on June 2, 2021.", .intrusionStart),
        ("The breach occurred on June 2, 2021.", .intrusionStart),
        ("The attackers last accessed the servers on June 2, 2021.", .intrusionEnd),
        ("The attackers kept unauthorized access until June 2, 2021, when the hole was found.", .intrusionEnd),
        ("The lender discovered the intrusion on June 2, 2021.", .discovered),
        ("On June 2, 2021, the lender identified that an outsider had copied files.", .discovered),
        ("The lender became aware of the incident on June 2, 2021.", .discovered),
        ("On June 2, 2021, we determined there was unauthorized access to one server.", .discovered),
        ("The attack went undetected until June 2021.", .discovered),
        ("The malicious activity was contained on June 2, 2021.", .contained),
        ("On June 2, 2021, the board determined that the incident was material.", .materialityDetermined),
        ("The lender announced the breach on June 2, 2021.", .disclosed),
        ("The lender filed a Form 8-K on June 2, 2021.", .filed),
        ("The lender began notifying customers on June 2, 2021.", .notified),
        ("The lender agreed to settle the class action on June 2, 2021.", .settled),
        ("On June 2, 2021, a judge approved the settlement of the class action.", .settled),
    ]

    @Test("Event triggers", arguments: triggers)
    func trigger(text: String, expected: DateEvent) throws {
        let fact = try #require(dateFacts(text).first)
        #expect(fact.event == expected)
        #expect(fact.value?.description.hasPrefix("2021-06") == true)
    }

    @Test func severalEventsInOneSentence() {
        let facts = dateFacts("The intruders started on March 1, 2020, and the bank discovered the intrusion on May 9, 2020.")
        let events = Dictionary(facts.map { ($0.event, $0.value?.description ?? "") }, uniquingKeysWith: { first, _ in first })
        #expect(events[.intrusionStart] == "2020-03-01")
        #expect(events[.discovered] == "2020-05-09")
    }

    static let nonEvents: [String] = [
        "Copyright 2021 Example Media. All rights reserved.",
        "Updated: March 3, 2023",
        "The suspect was arrested on July 9, 2020.",
        "The retailer acquired the startup in 2016.",
        "Its 2021 revenue rose by a tenth.",
        "The chief executive was born on May 4, 1970.",
        "As of March 1, 2023, we have not notified any customers.",
        "Customers who applied for cards from 2005 through 2019 may ask questions.",
        "The page was published on Friday.",
        "Friday's market open was calm after the 2021 breach.",
    ]

    @Test("Dates of no breach event are no facts", arguments: nonEvents)
    func nonEvent(text: String) {
        #expect(dateFacts(text).isEmpty)
    }

    @Test func candidatesQuoteTheirClause() throws {
        let text = "Acme Corp discovered the breach on Sept. 8, 2018 and said little else."
        let document = DocumentReader().read(text: text, file: "2018-11-30_news_acme.txt")
        let facts = FactExtractor(extractors: [DateExtractor()]).extract(from: document)
        let fact = try #require(facts.first)
        let scalars = Array(document.text.unicodeScalars)
        #expect(fact.quote == String(String.UnicodeScalarView(scalars[fact.start..<fact.end])))
        #expect(fact.quote.contains("discovered"))
    }

    /// The shared corpus, when present: the date recall must not fall below the measured level.
    @Test func sharedCorpusRecall() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../../shared/corpus")
            .standardizedFileURL
        guard FileManager.default.fileExists(atPath: root.path) else { return }
        let folders = try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("expected.json").path) }
        var total = ScoreTally(label: "date")
        for folder in folders {
            let expected = try ExpectedCase(folder: folder)
            let extractor = FactExtractor(extractors: [DateExtractor()])
            let facts = InputScanner().files(in: [folder]).flatMap { file in
                DocumentReader().read(file).flatMap { extractor.extract(from: $0) }
            }
            let report = FactScorer().score(expected: expected, facts: facts)
            if let tally = report.tallies[.value]?.first(where: { $0.label == "date" }) { total = total + tally }
        }
        #expect(total.recall >= 0.85)
    }
}
