import BreachDiff
import Foundation

/// A small made-up breach (company, figures and wording invented for the tests), built directly as
/// the values the comparator would return, so the renderers can be tested before it exists.
enum SyntheticReport {
    static let filing = "2024-03-02_sec-8k.txt"
    static let forum = "2024-02-20_forum-post.html"
    static let news = "news/2024-03-05_daily-wire.html"
    static let broken = "broken.html"

    /// The report; `text` replaces every string that would come from a document, to test escaping.
    static func make(text override: String? = nil) -> Report {
        func t(_ value: String) -> String { override ?? value }
        let documents = [
            DocumentInfo(file: filing, kind: .secFiling, title: t("Current report"), publisher: t("EDGAR"),
                         published: PartialDate(iso: "2024-03-02"), company: t("Northwind Telecom Inc."), formType: t("8-K"),
                         items: [FilingItem(number: t("1.05"), title: t("Material Cybersecurity Incidents"), start: 0, end: 10)],
                         encoding: "utf-8", characters: 900),
            DocumentInfo(file: forum, kind: .forum, title: t("Selling northwind db"), published: PartialDate(iso: "2024-02-20"),
                         encoding: "utf-8", characters: 300),
            DocumentInfo(file: news, kind: .news, title: t("Telecom confirms intrusion"), publisher: t("Daily Wire"),
                         published: PartialDate(iso: "2024-03-05"), company: t("Northwind Telecom"), encoding: "utf-8", characters: 1200),
            DocumentInfo(file: broken, kind: .unknown, errors: [
                Diagnostic(file: broken, severity: .error, code: "empty", message: t("the file is empty")),
            ]),
        ]
        let claimed = Fact(file: forum, start: 10, end: 40, quote: t("dump of 48 million subscribers"), source: .attacker,
                           stance: .claimed, payload: .count(CountFact(value: 48_000_000, unit: "subscribers", qualifier: .exact)))
        let confirmed = Fact(file: filing, start: 120, end: 170, quote: t("approximately 9.1 million subscriber accounts"),
                             source: .company, stance: .confirmed,
                             payload: .count(CountFact(value: 9_100_000, unit: "accounts", qualifier: .approximately)))
        let reported = Fact(file: news, start: 300, end: 330, quote: t("some 9 million accounts"), source: .media,
                            stance: .confirmed, payload: .count(CountFact(value: 9_000_000, unit: "accounts", qualifier: .approximately)))
        let discovered = Fact(file: filing, start: 40, end: 60, quote: t("On February 11, 2024"), source: .company, stance: .confirmed,
                              payload: .date(DateFact(event: .discovered, value: PartialDate(iso: "2024-02-11"), qualifier: .exact,
                                                      expression: t("February 11, 2024"))))
        let ssnDenied = Fact(file: filing, start: 200, end: 240, quote: t("no Social Security numbers were accessed"),
                             source: .company, stance: .denied, payload: .dataType(DataTypeFact(key: .ssn, status: .notExposed)))
        let ssnClaimed = Fact(file: forum, start: 50, end: 60, quote: t("with SSNs"), source: .attacker, stance: .claimed,
                              payload: .dataType(DataTypeFact(key: .ssn, status: .claimed)))
        let vector = Fact(file: news, start: 400, end: 430, quote: t("through a misconfigured API"), source: .media,
                          stance: .confirmed, payload: .vector("api_abuse"))
        let facts = [discovered, confirmed, ssnDenied, claimed, ssnClaimed, reported, vector]

        func side(_ fact: Fact, _ value: String, unit: String? = nil, qualifier: String? = nil, date: String) -> SlotValue {
            SlotValue(file: fact.file, value: value, unit: unit, qualifier: qualifier, source: fact.source, stance: fact.stance,
                      published: PartialDate(iso: date), quote: fact.quote, start: fact.start, end: fact.end)
        }
        let incident = Incident(
            id: "northwind-2024", company: t("Northwind Telecom"), summary: t("Subscriber data taken through an API, early 2024"),
            documents: [forum, filing, news], facts: [claimed, ssnClaimed, discovered, confirmed, ssnDenied, reported, vector],
            timeline: [
                TimelineEntry(published: PartialDate(iso: "2024-02-20"), file: forum, source: .attacker, stance: .claimed,
                              statement: t("count: 48,000,000 subscribers"), quote: claimed.quote),
                TimelineEntry(published: PartialDate(iso: "2024-03-02"), file: filing, source: .company, stance: .confirmed,
                              statement: t("count: approximately 9,100,000 accounts"), quote: confirmed.quote),
            ])
        let discrepancies = [
            Discrepancy(incident: incident.id, slot: "count", kind: .claimedVsConfirmed, values: [
                side(claimed, "48000000", unit: "subscribers", date: "2024-02-20"),
                side(confirmed, "9100000", unit: "accounts", qualifier: "approximately", date: "2024-03-02"),
            ], note: t("The seller claims five times what the company confirmed"), score: 0.92),
            Discrepancy(incident: incident.id, slot: "data_type:ssn", kind: .exposedVsDenied, values: [
                side(ssnClaimed, "claimed", date: "2024-02-20"), side(ssnDenied, "not_exposed", date: "2024-03-02"),
            ], note: t("Social Security numbers: claimed by the seller, denied by the company"), score: 0.7),
        ]
        let agreements = [
            Agreement(incident: incident.id, slot: "count", values: [
                side(confirmed, "9100000", unit: "accounts", qualifier: "approximately", date: "2024-03-02"),
                side(reported, "9000000", unit: "accounts", qualifier: "approximately", date: "2024-03-05"),
            ], note: t("The filing and the news agree within rounding")),
        ]
        return Report(documents: documents, facts: facts,
                      comparison: Comparison(incidents: [incident], discrepancies: discrepancies, agreements: agreements),
                      inputLink: "../Corpus/")
    }

    /// Hostile text for every document field: markup, both quote kinds, a formula and separators.
    static let hostile = "=HYPERLINK(\"http://x\")<script>alert('pwned')</script>|a,b\"c\n*d*"
}
