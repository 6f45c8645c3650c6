import Testing
@testable import BreachDiff

/// Ranges read as intervals, parts of a total, whole-lifecycle populations, separate settlements,
/// parts of a year and worldwide figures repeated on a one-country page (rules from the held-out
/// round of session 3; synthetic facts and invented wording).
@Suite struct RangeAndSettlementTests {
    typealias F = ComparisonFixtures

    static func range(_ file: String, _ low: Int64, _ high: Int64, unit: String, source: SourceRole = .company,
                      quote: String, start: Int = 0) -> Fact {
        Fact(file: file, start: start, end: start + quote.unicodeScalars.count, quote: quote, source: source, stance: .confirmed,
             payload: .count(CountFact(value: low, unit: unit, qualifier: .range, low: low, high: high)))
    }

    /// (range low, range high, later point figure): the point lies inside the range.
    static let inside: [(Int64, Int64, Int64)] = [
        (10_000_000, 100_000_000, 64_200_000),
        (100_000, 1_000_000, 420_000),
        (5_000_000, 7_000_000, 6_100_000),
    ]

    @Test("a figure inside an earlier range is no revision", arguments: inside)
    func figureInsideRange(low: Int64, high: Int64, point: Int64) {
        let comparison = Comparator().compare(
            documents: [F.document("first.html", "2019-03-01"), F.document("second.html", "2019-04-01")],
            facts: [Self.range("first.html", low, high, unit: "patients", quote: "a vague share of its patients"),
                    F.count("second.html", point, unit: "patients", quote: "\(point) patients")])
        #expect(!F.kinds(comparison, slot: "count").contains(.revised))
    }

    /// A range and a figure equal to its low end in another unit are not "the same figure".
    static let lowEnds: [(String, String)] = [("records", "people"), ("records", "customers"), ("accounts", "records")]

    @Test("a range is never the same figure for a unit mismatch", arguments: lowEnds)
    func rangeNoUnitMismatch(rangeUnit: String, otherUnit: String) throws {
        let comparison = Comparator().compare(
            documents: [F.document("a.html", "2019-03-01"), F.document("b.html", "2019-03-02")],
            facts: [Self.range("a.html", 10_000_000, 100_000_000, unit: rangeUnit, quote: "tens of millions of \(rangeUnit)"),
                    Self.range("b.html", 10_000_000, 100_000_000, unit: otherUnit, quote: "tens of millions of \(otherUnit)")])
        #expect(!F.kinds(comparison, slot: "count").contains(.unitMismatch))
        let agreement = comparison.agreements.first { $0.slot == "count" }
        if let agreement { #expect(agreement.note.contains("10M-100M")) }
    }

    @Test("notes show a range as low-high")
    func rangeNote() throws {
        let comparison = Comparator().compare(
            documents: [F.document("a.html", "2019-03-01"), F.document("b.html", "2019-05-01")],
            facts: [Self.range("a.html", 1_000_000, 10_000_000, unit: "people", quote: "millions of people"),
                    F.count("b.html", 30_000_000, unit: "people", quote: "30 million people")])
        let revised = try #require(comparison.discrepancies.first { $0.slot == "count" && $0.kind == .revised })
        #expect(revised.note.contains("1M-10M people"))
    }

    /// Ranges beside a larger total of their document are parts of it.
    static let parts: [[(Int64, Int64)]] = [
        [(40_000_000, 45_000_000), (3_000_000, 8_000_000)],
        [(1_000_000, 2_000_000)],
    ]

    @Test("range parts of a total are neither revisions nor rivals", arguments: parts)
    func rangeParts(ranges: [(Int64, Int64)]) {
        var facts = [F.count("total.html", 48_000_000, unit: "people", quote: "48 million people were affected")]
        for (offset, range) in ranges.enumerated() {
            facts.append(Self.range("total.html", range.0, range.1, unit: "members", quote: "a part of them were members",
                                    start: 100 * (offset + 1)))
        }
        facts.append(F.count("later.html", 48_000_000, unit: "people", quote: "48 million people"))
        let comparison = Comparator().compare(
            documents: [F.document("total.html", "2020-01-10"), F.document("later.html", "2020-06-10")], facts: facts)
        #expect(!F.kinds(comparison, slot: "count").contains(.revised))
        #expect(!F.kinds(comparison, slot: "count").contains(.conflict))
    }

    /// "current and former" is everyone who ever was one: the same population as no status.
    static let lifecycles = ["current and former customers", "current or former members", "current, former and prospective clients"]

    @Test("current and former together restrict no population", arguments: lifecycles)
    func currentAndFormer(wording: String) throws {
        let comparison = Comparator().compare(
            documents: [F.document("a.html", "2018-02-01"), F.document("b.html", "2018-03-01")],
            facts: [F.count("a.html", 50_000_000, unit: "people", qualifier: .upTo, quote: "up to 50 million \(wording)"),
                    F.count("b.html", 47_300_000, unit: "people", quote: "47.3 million people")])
        let revised = try #require(comparison.discrepancies.first { $0.slot == "count" && $0.kind == .revised })
        #expect(Set(revised.values.map(\.value)) == ["50000000", "47300000"])
    }

    static func settled(_ file: String, _ value: String, source: SourceRole) -> Fact {
        Fact(file: file, start: 0, end: 4, quote: "date", source: source, stance: .confirmed,
             payload: .date(DateFact(event: .settled, value: PartialDate(iso: value), qualifier: .exact, expression: value)))
    }

    /// Settled dates: far apart are two settlements, close together one settlement told two ways.
    static let settledDates: [(String, String, Bool)] = [
        ("2016-05-12", "2019-11-20", false),
        ("2016", "2018-03", false),
        ("2016-05-12", "2016-05-19", true),
        ("2016-05", "2016-07-02", true),
    ]

    @Test("settled dates half a year apart are separate settlements", arguments: settledDates)
    func separateSettledDates(first: String, second: String, conflict: Bool) {
        let comparison = Comparator().compare(
            documents: [F.document("a.html", "2016-06-01"), F.document("b.html", "2019-12-01")],
            facts: [Self.settled("a.html", first, source: .court), Self.settled("b.html", second, source: .regulator)])
        #expect(F.kinds(comparison, slot: "date:settled").contains(.conflict) == conflict)
    }

    /// (first role, second role, conflict expected): a court's and a regulator's settlements are two.
    static let settlementRoles: [(SourceRole, SourceRole, Bool)] = [
        (.court, .regulator, false),
        (.regulator, .court, false),
        (.company, .regulator, true),
    ]

    @Test("a court's and a regulator's settlement amounts are separate settlements", arguments: settlementRoles)
    func separateSettlementAmounts(first: SourceRole, second: SourceRole, conflict: Bool) {
        let comparison = Comparator().compare(
            documents: [F.document("a.html", "2016-06-01"), F.document("b.html", "2016-09-01")],
            facts: [F.money("a.html", .settlement, 90_000_000, source: first), F.money("b.html", .settlement, 31_000_000, source: second)])
        #expect(F.kinds(comparison, slot: "money:settlement").contains(.conflict) == conflict)
    }

    static func yearPart(_ wording: String, _ value: String) -> DateFact {
        DateFact(event: .intrusionStart, value: PartialDate(iso: value), qualifier: .exact, expression: wording)
    }

    /// (wording of a year-precise date, a month of that year, compatible)
    static let periods: [(String, String, Bool)] = [
        ("in late 2013", "2013-10", true),
        ("in late 2013", "2013-03", false),
        ("early 2013", "2013-02-14", true),
        ("early 2013", "2013-11", false),
        ("by mid-2013", "2013-06", true),
        ("during 2013", "2013-03", true),
        ("in late 2013", "2014-01", false),
    ]

    @Test("a month lies inside 'early/mid/late <year>' or not", arguments: periods)
    func yearPeriods(wording: String, month: String, compatible: Bool) {
        let year = DateFact(event: .intrusionStart, value: PartialDate(iso: "2013"), qualifier: .exact, expression: wording)
        let other = Self.yearPart(month, month)
        #expect(DateRules.compatible(year, other) == compatible)
        #expect(DateRules.compatible(other, year) == compatible)
    }

    /// A one-country page that repeats the worldwide figure without a country.
    static let worldwideWordings = ["around the world", "worldwide", "across the world"]

    @Test("a worldwide figure repeated on a one-country page is no national figure", arguments: worldwideWordings)
    func worldwideRepeated(wording: String) {
        let comparison = Comparator().compare(
            documents: [F.document("release.html", "2019-02-01", kind: .pressRelease), F.document("uk.html", "2019-08-01")],
            facts: [F.count("release.html", 31_000_000, unit: "users", quote: "31 million users \(wording)"),
                    F.count("uk.html", 1_200_000, unit: "customers", source: .regulator, quote: "1.2 million customers in the UK"),
                    F.count("uk.html", 31_000_000, unit: "accounts", quote: "31 million accounts", start: 80)])
        #expect(!F.kinds(comparison, slot: "count").contains(.conflict))
    }
}
