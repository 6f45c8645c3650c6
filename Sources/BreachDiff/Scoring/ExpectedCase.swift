import Foundation

/// A case folder's hand-checked `expected.json` (format: `../shared/corpus/FORMAT.md`).
public struct ExpectedCase: Sendable, Decodable {
    public var name: String
    public var company: String?
    public var incidents: [ExpectedIncident]
    public var documents: [ExpectedDocument]
    public var discrepancies: [ExpectedDiscrepancy]

    enum CodingKeys: String, CodingKey {
        case name = "case", company, incidents, documents, discrepancies
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        company = try container.decodeIfPresent(String.self, forKey: .company)
        incidents = try container.decodeIfPresent([ExpectedIncident].self, forKey: .incidents) ?? []
        documents = try container.decodeIfPresent([ExpectedDocument].self, forKey: .documents) ?? []
        discrepancies = try container.decodeIfPresent([ExpectedDiscrepancy].self, forKey: .discrepancies) ?? []
    }

    /// Loads `expected.json` from a case folder.
    public init(folder: URL) throws {
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        self = try JSONDecoder().decode(ExpectedCase.self, from: data)
    }

    /// Every expected fact as a `Fact` (offsets 0, quote as given), for feeding the comparison stage gold input.
    public var facts: [Fact] {
        documents.flatMap { document in document.facts.compactMap { $0.fact(file: document.file) } }
    }
}

public struct ExpectedIncident: Sendable, Decodable {
    public var id: String
    public var summary: String?
}

public struct ExpectedDocument: Sendable, Decodable {
    public var file: String
    public var kind: String?
    public var published: String?
    public var facts: [ExpectedFact]

    enum CodingKeys: String, CodingKey { case file, kind, published, facts }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        kind = try container.decodeIfPresent(String.self, forKey: .kind)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        facts = try container.decodeIfPresent([ExpectedFact].self, forKey: .facts) ?? []
    }
}

/// A JSON scalar of the gold file: `value` is a number for counts and money, a string otherwise.
public enum ExpectedValue: Sendable, Decodable, Equatable, CustomStringConvertible {
    case number(Double)
    case text(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    /// Integers print without a decimal point, so they compare with `String(Int64)`.
    public var description: String {
        switch self {
        case .number(let value):
            value.rounded() == value && abs(value) < 9e18 ? String(Int64(value)) : String(value)
        case .text(let text): text
        }
    }

    public var integer: Int64? {
        if case .number(let value) = self, abs(value) < 9e18 { return Int64(value.rounded()) }
        return nil
    }
}

public struct ExpectedFact: Sendable, Decodable {
    public var type: String
    public var incident: String?
    public var source: String?
    public var stance: String?
    public var quote: String?
    public var value: ExpectedValue?
    public var unit: String?
    public var qualifier: String?
    public var low: ExpectedValue?
    public var high: ExpectedValue?
    public var event: String?
    public var status: String?
    public var currency: String?

    /// The fact as BreachDiff would state it; nil when a field is outside the known vocabularies.
    public func fact(file: String) -> Fact? {
        let payload: FactPayload
        switch type {
        case "count":
            guard let number = value?.integer else { return nil }
            payload = .count(CountFact(
                value: number, unit: unit ?? "people",
                qualifier: qualifier.flatMap(CountQualifier.init(rawValue:)) ?? .exact,
                low: low?.integer, high: high?.integer))
        case "date":
            guard let text = value?.description, let date = PartialDate(iso: text),
                  let event = event.flatMap(DateEvent.init(rawValue:)) else { return nil }
            payload = .date(DateFact(event: event, value: date,
                                     qualifier: qualifier.flatMap(DateQualifier.init(rawValue:)) ?? .exact,
                                     expression: quote ?? text))
        case "data_type":
            guard let key = value.flatMap({ DataTypeKey(rawValue: $0.description) }),
                  let status = status.flatMap(ExposureStatus.init(rawValue:)) else { return nil }
            payload = .dataType(DataTypeFact(key: key, status: status))
        case "money":
            guard let number = value?.integer, let event = event.flatMap(MoneyEvent.init(rawValue:)) else { return nil }
            payload = .money(MoneyFact(event: event, value: number, currency: currency ?? "USD"))
        default:
            return nil
        }
        let role = source.flatMap(SourceRole.init(rawValue:)) ?? .media
        let firmness = stance.flatMap(Stance.init(rawValue:)) ?? (role == .attacker ? .claimed : .confirmed)
        let text = quote ?? ""
        return Fact(file: file, start: 0, end: text.unicodeScalars.count, quote: text, source: role, stance: firmness,
                    incidentHint: incident, payload: payload)
    }
}

public struct ExpectedDiscrepancy: Sendable, Decodable {
    public var incident: String
    public var slot: String
    public var kind: String
    public var values: [ExpectedDiscrepancyValue]
    public var note: String?
}

public struct ExpectedDiscrepancyValue: Sendable, Decodable {
    public var file: String
    public var value: ExpectedValue
    public var source: String?
}
