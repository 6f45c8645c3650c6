/// Writes a fact's JSON Lines row (the `facts.jsonl` / `breachdiff extract` schema) straight into
/// bytes, column by column.
///
/// Why not `FactRow(fact).write(into:)`: that builds the row's 19 `JSONText.Value`s first, and
/// `Value` is an indirect enum, so every value is a heap box, freed again right after the row is
/// written: about 16,000 instructions and a dozen allocations per row, 4% of an `extract` run
/// (callgrind, docs/performance.md, session 4). The bytes are the same (`FactJSONWriterTests`
/// compares the two on every fact of `Corpus/` and on generated facts of every payload);
/// `FactRow` stays the definition of the columns and serves CSV, tables and SQLite.
public enum FactJSONWriter {
    /// Appends `FactRow(fact, published: published).write(into:)`'s bytes to `out`.
    public static func write(_ fact: Fact, published: PartialDate?, into out: inout [UInt8]) {
        key("{\"file\":", &out)
        JSONText.writeString(fact.file, into: &out)
        typeColumn.write(fact.type, into: &out)
        JSONText.writeInt(Int64(fact.start), into: &out)
        key(",\"end\":", &out)
        JSONText.writeInt(Int64(fact.end), into: &out)
        key(",\"quote\":", &out)
        JSONText.writeString(fact.quote, into: &out)
        sourceStanceColumns.write(fact.source, fact.stance, into: &out)
        optional(fact.incidentHint, &out)
        // The payload's columns, in schema order; a column its type lacks is null.
        key(",\"value\":", &out)
        switch fact.payload {
        case .count(let count):
            JSONText.writeInt(count.value, into: &out)
            key(",\"unit\":", &out)
            JSONText.writeString(count.unit, into: &out)
            qualifierColumn.write(count.qualifier, into: &out)
            optional(count.low, &out)
            key(",\"high\":", &out)
            optional(count.high, &out)
            key(",\"event\":null,\"precision\":null,\"expression\":null,\"status\":null,\"currency\":null", &out)
        case .date(let date):
            optional(date.value, &out)
            key(",\"unit\":null,\"qualifier\":", &out)
            JSONText.writeString(date.qualifier.rawValue, into: &out)
            key(",\"low\":null,\"high\":null,\"event\":", &out)
            JSONText.writeString(date.event.rawValue, into: &out)
            key(",\"precision\":", &out)
            optional(date.value?.precision.rawValue, &out)
            key(",\"expression\":", &out)
            JSONText.writeString(date.expression, into: &out)
            key(",\"status\":null,\"currency\":null", &out)
        case .dataType(let dataType):
            JSONText.writeString(dataType.key.rawValue, into: &out)
            key(",\"unit\":null,\"qualifier\":null,\"low\":null,\"high\":null,\"event\":null,\"precision\":null,\"expression\":null,\"status\":", &out)
            JSONText.writeString(dataType.status.rawValue, into: &out)
            key(",\"currency\":null", &out)
        case .money(let money):
            JSONText.writeInt(money.value, into: &out)
            key(",\"unit\":null,\"qualifier\":null,\"low\":null,\"high\":null,\"event\":", &out)
            JSONText.writeString(money.event.rawValue, into: &out)
            key(",\"precision\":null,\"expression\":null,\"status\":null,\"currency\":", &out)
            JSONText.writeString(money.currency, into: &out)
        case .vector(let name), .actor(let name):
            JSONText.writeString(name, into: &out)
            key(",\"unit\":null,\"qualifier\":null,\"low\":null,\"high\":null,\"event\":null,\"precision\":null,\"expression\":null,\"status\":null,\"currency\":null", &out)
        }
        key(",\"published\":", &out)
        optional(published, &out)
        out.append(UInt8(ascii: "}"))
    }

    /// The enum columns with the keys around them, prebuilt (`EnumColumn`).
    static let typeColumn = EnumColumn<FactType>(before: ",\"type\":", after: ",\"start\":")
    static let sourceStanceColumns = SourceStanceColumns()
    static let qualifierColumn = EnumColumn<CountQualifier>(before: ",\"qualifier\":", after: ",\"low\":")

    /// Fixed bytes: keys and the nulls of columns a payload never has.
    @inline(__always)
    private static func key(_ text: StaticString, _ out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    @inline(__always)
    private static func optional(_ text: String?, _ out: inout [UInt8]) {
        if let text { JSONText.writeString(text, into: &out) } else { key("null", &out) }
    }

    /// `optional(date?.description, &out)`: the ISO digits and dashes need no escape, so a date in
    /// the usual range is written digit by digit. Why: building the `description` String cost about
    /// 2,000 instructions per date, a fifth of the writer (session 5 profile).
    private static func optional(_ date: PartialDate?, _ out: inout [UInt8]) {
        guard let date else { return key("null", &out) }
        guard (0...9999).contains(date.year), (0...99).contains(date.month ?? 0), (0...99).contains(date.day ?? 0) else {
            // Out of the range `description` pads to four and two digits: its own text.
            return JSONText.writeString(date.description, into: &out)
        }
        out.append(UInt8(ascii: "\""))
        digits(date.year, count: 4, &out)
        if let month = date.month {
            out.append(UInt8(ascii: "-"))
            digits(month, count: 2, &out)
        }
        if let day = date.day {
            out.append(UInt8(ascii: "-"))
            digits(day, count: 2, &out)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `value` (non-negative, below 10^count) with leading zeros to `count` digits.
    @inline(__always)
    private static func digits(_ value: Int, count: Int, _ out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    @inline(__always)
    private static func optional(_ number: Int64?, _ out: inout [UInt8]) {
        if let number { JSONText.writeInt(number, into: &out) } else { key("null", &out) }
    }
}
