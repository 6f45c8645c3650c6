import BreachDiff

/// Deterministic documents and facts shaped like a crawl, for timing the comparison stage alone.
///
/// A corpus grows by covering more breaches, not by piling facts onto one: every company has
/// `documentsPerCompany` documents (a filing, a press release, news) of `factsPerDocument`
/// facts each, so N facts cover N / 125 companies. Values differ between a company's documents
/// (claimed against confirmed counts, revised dates, exposed against denied data types), so every
/// rule of the comparator has work to do; news pages name their company only in the title.
struct SyntheticFacts {
    static let factsPerDocument = 25
    static let documentsPerCompany = 5

    var documents: [DocumentInfo] = []
    var facts: [Fact] = []

    init(count: Int) {
        let documentCount = max(1, count / Self.factsPerDocument)
        let kinds: [DocumentKind] = [.secFiling, .pressRelease, .news, .news, .companyNotice]
        let units = ["customers", "accounts", "individuals", "records"]
        let keys = DataTypeKey.allCases
        for document in 0..<documentCount {
            let company = document / Self.documentsPerCompany
            let slot = document % Self.documentsPerCompany
            let file = "doc\(document).html"
            let year = 2015 + company % 10
            // News pages carry no company field: the comparator finds it from the title.
            documents.append(DocumentInfo(file: file, kind: kinds[slot], title: "Breach at Company\(company) Inc.",
                                          published: PartialDate(year: year, month: 1 + slot, day: 10),
                                          company: kinds[slot] == .news ? nil : "Company\(company) Inc.",
                                          characters: 10_000))
            var position = 0
            func add(_ payload: FactPayload, source: SourceRole, stance: Stance) {
                guard facts.count < count else { return }
                let quote = "fact \(position) of company \(company)"
                let start = position * 100
                facts.append(Fact(file: file, start: start, end: start + quote.unicodeScalars.count, quote: quote,
                                  source: source, stance: stance, payload: payload))
                position += 1
            }
            let claimed = slot >= 3
            for index in 0..<Self.factsPerDocument {
                let source: SourceRole = claimed ? .media : .company
                switch index % 5 {
                case 0:
                    let value = Int64((company % 90 + 10) * 100_000 + (claimed ? slot * 1_000_000 : slot * 10_000))
                    add(.count(CountFact(value: value, unit: units[index / 5 % units.count], qualifier: .approximately)),
                        source: claimed ? .attacker : .company, stance: claimed ? .claimed : .confirmed)
                case 1:
                    let event: DateEvent = [.discovered, .disclosed, .intrusionStart, .notified][index / 5 % 4]
                    let date = PartialDate(year: year - 1, month: 1 + (index + slot) % 12, day: 1 + company % 28)
                    add(.date(DateFact(event: event, value: date, qualifier: .exact, expression: "on that day")),
                        source: source, stance: .confirmed)
                case 2, 3:
                    let key = keys[(index + company) % keys.count]
                    let denied = slot == 0 && index % 10 == 3
                    add(.dataType(DataTypeFact(key: key, status: denied ? .notExposed : .exposed)),
                        source: source, stance: denied ? .denied : .confirmed)
                default:
                    let event: MoneyEvent = [.settlement, .incidentCost, .fine][index / 5 % 3]
                    add(.money(MoneyFact(event: event, value: Int64(company % 50 + 1) * 1_000_000 + Int64(slot) * 250_000,
                                         currency: "USD")), source: source, stance: .confirmed)
                }
            }
        }
    }
}
