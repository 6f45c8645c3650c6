import Testing
@testable import BreachDiff

/// `JSONText` and `FactRow.json` write bytes; they must write exactly what the former
/// `String`-appending writer wrote (kept below as the reference).
@Suite struct JSONTextTests {
    static let strings = [
        "", "plain", "say \"hi\"", "back\\slash", "line\nbreak\r\ttab", "<script>&</script>", "bell\u{07}\u{1F}",
        "sep\u{2028}par\u{2029}end", "euro € and dash – “quotes”", "emoji 👩‍💻 ok", "\u{E9}t\u{E9}", "\u{0}",
    ]

    @Test("Strings are escaped as before", arguments: strings)
    func escaping(text: String) {
        #expect(JSONText.render(.string(text)) == Self.referenceString(text))
    }

    @Test("Values render as before")
    func values() {
        let value = JSONText.Value.object([
            ("n", .int(-9_223_372_036_854_775_808)), ("m", .int(9_223_372_036_854_775_807)), ("z", .int(0)),
            ("d", .double(1.5)), ("x", .double(.infinity)), ("b", .bool(true)), ("null", .null),
            ("a", .array([.int(42), .string("q\""), .array([])])), ("o", .object([])),
        ])
        #expect(JSONText.render(value)
            == #"{"n":-9223372036854775808,"m":9223372036854775807,"z":0,"d":1.5,"x":null,"b":true,"null":null,"a":[42,"q\"",[]],"o":{}}"#)
    }

    @Test("A fact row's JSON is the object of its columns and values")
    func factRow() {
        let fact = Fact(file: "a <b>.html", start: 3, end: 40, quote: "said \"37 million\"\n", source: .company,
                        stance: .confirmed, incidentHint: nil,
                        payload: .count(CountFact(value: 37_000_000, unit: "customers", qualifier: .exact)))
        let row = FactRow(fact, published: nil)
        #expect(row.json == JSONText.render(.object(Array(zip(FactRow.columns, row.values)))))
        #expect(row.json.hasPrefix(#"{"file":"a \u003cb\u003e.html","type":"count","start":3,"end":40,"#))
        var empty = row
        empty.values = []
        #expect(empty.json == "{}")
    }

    /// The escaper before the byte writer.
    static func referenceString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
