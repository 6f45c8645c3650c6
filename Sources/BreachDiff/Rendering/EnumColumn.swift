/// The JSON bytes of a string enum's column for every case, with the fixed bytes around it
/// (`,"type":"count","start":`), built once from `JSONText.writeString` of the raw value, so they
/// are the writer's own bytes.
///
/// Why: `FactJSONWriter` wrote the type, source, stance and count qualifier of every row as a
/// key and an escaped string each, about 500 instructions a column; one prebuilt run of bytes is
/// one append.
struct EnumColumn<Value: CaseIterable & RawRepresentable & Equatable & Sendable>: Sendable where Value.RawValue == String {
    private let cases: [Value]
    private let bytes: [[UInt8]]

    /// `before`, the value as a JSON string, then `after`.
    init(before: StaticString, after: StaticString) {
        cases = Array(Value.allCases)
        bytes = cases.map { value in
            var out: [UInt8] = []
            before.withUTF8Buffer { out.append(contentsOf: $0) }
            JSONText.writeString(value.rawValue, into: &out)
            after.withUTF8Buffer { out.append(contentsOf: $0) }
            return out
        }
    }

    /// The bytes of `value`'s column.
    @inline(__always)
    func write(_ value: Value, into out: inout [UInt8]) {
        // A linear search: the enums have a handful of cases, each compared as a small integer.
        for index in cases.indices where cases[index] == value {
            out.append(contentsOf: bytes[index])
            return
        }
    }
}

/// Source and stance, adjacent in every row, as one run of bytes per pair
/// (`,"source":"company","stance":"confirmed","incident_hint":`).
struct SourceStanceColumns: Sendable {
    private let sources: [SourceRole] = Array(SourceRole.allCases)
    private let stances: [Stance] = Array(Stance.allCases)
    private let bytes: [[UInt8]]

    init() {
        var table: [[UInt8]] = []
        for source in sources {
            for stance in stances {
                var out: [UInt8] = []
                out.append(contentsOf: Array(",\"source\":".utf8))
                JSONText.writeString(source.rawValue, into: &out)
                out.append(contentsOf: Array(",\"stance\":".utf8))
                JSONText.writeString(stance.rawValue, into: &out)
                out.append(contentsOf: Array(",\"incident_hint\":".utf8))
                table.append(out)
            }
        }
        bytes = table
    }

    @inline(__always)
    func write(_ source: SourceRole, _ stance: Stance, into out: inout [UInt8]) {
        guard let row = sources.firstIndex(of: source), let column = stances.firstIndex(of: stance) else { return }
        out.append(contentsOf: bytes[row * stances.count + column])
    }
}
