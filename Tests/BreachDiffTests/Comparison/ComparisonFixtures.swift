@testable import BreachDiff

/// Small synthetic fact sets (our own words and figures) for the comparison tests.
enum ComparisonFixtures {
    static func document(_ file: String, _ published: String, kind: DocumentKind = .news, company: String? = nil) -> DocumentInfo {
        DocumentInfo(file: file, kind: kind, title: nil, published: PartialDate(iso: published), company: company)
    }

    static func count(_ file: String, _ value: Int64, unit: String = "customers", qualifier: CountQualifier = .exact,
                      source: SourceRole = .company, stance: Stance = .confirmed, quote: String? = nil,
                      hint: String? = nil, start: Int = 0) -> Fact {
        let text = quote ?? "\(value) \(unit)"
        return Fact(file: file, start: start, end: start + text.unicodeScalars.count, quote: text, source: source,
                    stance: stance, incidentHint: hint, payload: .count(CountFact(value: value, unit: unit, qualifier: qualifier)))
    }

    static func status(_ file: String, _ key: DataTypeKey, _ status: ExposureStatus, source: SourceRole = .company,
                       quote: String = "data") -> Fact {
        Fact(file: file, start: 0, end: quote.unicodeScalars.count, quote: quote, source: source,
             stance: source == .attacker ? .claimed : .confirmed, payload: .dataType(DataTypeFact(key: key, status: status)))
    }

    static func date(_ file: String, _ event: DateEvent, _ value: String, source: SourceRole = .company) -> Fact {
        Fact(file: file, start: 0, end: 4, quote: "date", source: source, stance: .confirmed,
             payload: .date(DateFact(event: event, value: PartialDate(iso: value), qualifier: .exact, expression: value)))
    }

    static func money(_ file: String, _ event: MoneyEvent, _ value: Int64, source: SourceRole = .media, hint: String? = nil) -> Fact {
        Fact(file: file, start: 0, end: 5, quote: "money", source: source, stance: .confirmed, incidentHint: hint,
             payload: .money(MoneyFact(event: event, value: value, currency: "USD")))
    }

    static func kinds(_ comparison: Comparison, slot: String? = nil) -> Set<DiscrepancyKind> {
        Set(comparison.discrepancies.filter { slot == nil || $0.slot == slot }.map(\.kind))
    }
}
