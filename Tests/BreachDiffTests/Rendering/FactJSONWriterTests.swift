import Testing
@testable import BreachDiff

/// Session 4's byte writers (docs/performance.md): `FactJSONWriter` must write exactly the bytes of
/// `FactRow.write(into:)` (the row built from `JSONText.Value`s), and the mask-based `writeString`
/// and stack-buffer `writeInt` exactly what the former escaper and `String(number)` gave.
@Suite struct FactJSONWriterTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Seeded {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// Pieces that exercise every escape and every byte class the mask tells apart: controls,
    /// `"` `&` `<` `>` `\`, the 0x20-0x3F punctuation that is copied, E2 lead bytes of U+2028/9
    /// and of other characters (’ € –), two- and four-byte characters.
    static let pieces = [
        "a", "Z", "7", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "<", ">", "&", "'",
        "!", "#", "$", "%", "(", "/", ":", ";", "=", "?", "@", "[", "]", "{", "}", "~", "\u{2028}", "\u{2029}",
        "\u{2019}", "\u{20AC}", "\u{2013}", "\u{2027}", "\u{202A}", "\u{E9}", "\u{1F469}\u{200D}\u{1F4BB}", "word",
        "37 million", "\u{201C}quoted\u{201D}",
    ]

    static func randomString(_ random: inout Seeded) -> String {
        (0..<random.below(24)).map { _ in pieces[random.below(pieces.count)] }.joined()
    }

    @Test("writeString escapes as the reference on generated strings")
    func escapes() {
        var random = Seeded(state: 2026)
        for _ in 0..<4_000 {
            let text = Self.randomString(&random)
            #expect(JSONText.render(.string(text)) == JSONTextTests.referenceString(text), "\(Array(text.utf8))")
        }
        for text in JSONTextTests.strings + Self.pieces {
            #expect(JSONText.render(.string(text)) == JSONTextTests.referenceString(text))
        }
    }

    @Test("writeInt writes what String(number) writes")
    func integers() {
        var random = Seeded(state: 6)
        var numbers: [Int64] = [0, 1, -1, 9, 10, -10, 99, 100, .max, .min, .max - 1, .min + 1, 1_000_000_000]
        for _ in 0..<2_000 { numbers.append(Int64(bitPattern: random.next()) >> Int64(random.below(63))) }
        for number in numbers {
            var out: [UInt8] = []
            JSONText.writeInt(number, into: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(number))
        }
    }

    static func check(_ fact: Fact, published: PartialDate?) {
        var expected: [UInt8] = []
        FactRow(fact, published: published).write(into: &expected)
        var written: [UInt8] = []
        FactJSONWriter.write(fact, published: published, into: &written)
        #expect(written == expected, "\(String(decoding: expected, as: UTF8.self))")
    }

    @Test("Every fact of the corpus documents is written as FactRow writes it")
    func corpusFacts() {
        let documents = ExtractionSpeedupRound3Tests.documents()
        var facts = 0
        for document in documents {
            for fact in FactExtractor().extract(from: document) {
                Self.check(fact, published: document.published)
                Self.check(fact, published: nil)
                facts += 1
            }
        }
        #expect(facts > 100)
    }

    @Test("Generated facts of every payload, with and without the optional fields")
    func generatedFacts() {
        var random = Seeded(state: 41)
        func text() -> String { Self.randomString(&random) }
        func maybe<T>(_ value: T) -> T? { random.below(2) == 0 ? nil : value }
        func date() -> PartialDate {
            PartialDate(year: 1990 + random.below(40), month: maybe(1 + random.below(12)), day: nil)
        }
        for round in 0..<600 {
            let payload: FactPayload
            switch round % 7 {
            case 0:
                payload = .count(CountFact(
                    value: Int64(random.below(1_000_000_000)), unit: text(),
                    qualifier: CountQualifier.allCases[random.below(CountQualifier.allCases.count)],
                    low: maybe(Int64(random.below(1000))), high: maybe(-Int64(random.below(1000)))))
            case 1:
                var dateFact = DateFact(event: DateEvent.allCases[random.below(DateEvent.allCases.count)],
                                        value: maybe(date()),
                                        qualifier: DateQualifier.allCases[random.below(DateQualifier.allCases.count)],
                                        expression: text())
                if let day = maybe(1 + random.below(28)), dateFact.value?.month != nil { dateFact.value?.day = day }
                payload = .date(dateFact)
            case 2:
                payload = .dataType(DataTypeFact(key: DataTypeKey.allCases[random.below(DataTypeKey.allCases.count)],
                                                 status: ExposureStatus.allCases[random.below(ExposureStatus.allCases.count)]))
            case 3:
                payload = .money(MoneyFact(event: MoneyEvent.allCases[random.below(MoneyEvent.allCases.count)],
                                           value: Int64(random.below(1 << 40)), currency: text()))
            case 4: payload = .vector(text())
            case 5: payload = .actor(text())
            default: payload = .count(CountFact(value: -Int64(random.below(100)), unit: "", qualifier: .exact))
            }
            let fact = Fact(file: text(), start: random.below(100_000), end: random.below(100_000), quote: text(),
                            source: SourceRole.allCases[random.below(SourceRole.allCases.count)],
                            stance: Stance.allCases[random.below(Stance.allCases.count)],
                            incidentHint: maybe(text()), payload: payload)
            Self.check(fact, published: maybe(date()))
        }
    }
}
