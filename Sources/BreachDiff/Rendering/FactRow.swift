/// A fact flattened into the columns of `facts.csv`, `facts.jsonl` and `breachdiff extract`.
///
/// The column order is the documented schema; a column that does not apply to a fact's type is
/// empty (CSV) or null (JSON).
public struct FactRow: Sendable, Equatable {
    public static let columns = [
        "file", "type", "start", "end", "quote", "source", "stance", "incident_hint",
        "value", "unit", "qualifier", "low", "high", "event", "precision", "expression",
        "status", "currency", "published",
    ]

    /// One value per column, in `columns` order.
    public var values: [JSONText.Value]

    /// - Parameter published: the publication date of the fact's document, when known.
    public init(_ fact: Fact, published: PartialDate? = nil) {
        var value: JSONText.Value = .null
        var unit: String?
        var qualifier: String?
        var low: Int64?
        var high: Int64?
        var event: String?
        var precision: String?
        var expression: String?
        var status: String?
        var currency: String?
        switch fact.payload {
        case .count(let count):
            value = .int(count.value)
            unit = count.unit
            qualifier = count.qualifier.rawValue
            low = count.low
            high = count.high
        case .date(let date):
            value = .optional(date.value?.description)
            event = date.event.rawValue
            qualifier = date.qualifier.rawValue
            precision = date.value?.precision.rawValue
            expression = date.expression
        case .dataType(let dataType):
            value = .string(dataType.key.rawValue)
            status = dataType.status.rawValue
            low = nil
        case .money(let money):
            value = .int(money.value)
            event = money.event.rawValue
            currency = money.currency
        case .vector(let name), .actor(let name):
            value = .string(name)
        }
        values = [
            .string(fact.file), .string(fact.type.rawValue), .int(Int64(fact.start)), .int(Int64(fact.end)),
            .string(fact.quote), .string(fact.source.rawValue), .string(fact.stance.rawValue),
            .optional(fact.incidentHint), value, .optional(unit), .optional(qualifier), .optional(low),
            .optional(high), .optional(event), .optional(precision), .optional(expression),
            .optional(status), .optional(currency), .optional(published?.description),
        ]
    }

    /// The row as one JSON object (one line of JSON Lines).
    public var json: String {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `json`'s bytes appended to `out`: the same as `JSONText.render` of the object of columns
    /// and values, with each `"key":` prefix encoded once for all rows.
    public func write(into out: inout [UInt8]) {
        if values.isEmpty { out.append(UInt8(ascii: "{")) }
        for (prefix, value) in zip(Self.keyPrefixes, values) {
            out.append(contentsOf: prefix)
            JSONText.write(value, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// `{"file":`, `,"type":`, ...: what precedes each value.
    static let keyPrefixes = prefixes(forKeys: columns)

    /// What precedes each value of a JSON object with these keys in this order.
    static func prefixes(forKeys keys: [String]) -> [[UInt8]] {
        keys.enumerated().map { index, key in
            var bytes: [UInt8] = [index == 0 ? UInt8(ascii: "{") : UInt8(ascii: ",")]
            JSONText.writeString(key, into: &bytes)
            bytes.append(UInt8(ascii: ":"))
            return bytes
        }
    }
}
