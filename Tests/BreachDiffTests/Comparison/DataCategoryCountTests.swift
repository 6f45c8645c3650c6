import Testing
@testable import BreachDiff

/// A figure of people or accounts whose data of one category was taken ("health information of
/// about 20 million people") stays a count; a figure of countable items ("3 million Social Security
/// numbers") moves to its data type. Synthetic quotes, invented figures.
@Suite struct DataCategoryCountTests {
    typealias F = ComparisonFixtures

    @Test("whether a figure counts the owners of the data", arguments: [
        ("the health information of about 20 million people", Int64(20_000_000), true),
        ("call logs of 9 million accounts", 9_000_000, true),
        ("the breach reached 20 million people and their health records", 20_000_000, false),
        ("3 million Social Security numbers", 3_000_000, false),
    ] as [(String, Int64, Bool)])
    func owners(quote: String, value: Int64, expected: Bool) {
        #expect(DataItemCues.countsOwners(value, in: quote) == expected)
    }

    @Test("countable items and categories", arguments: [
        (DataTypeKey.ssn, true), (.passport, true), (.paymentCard, true),
        (.healthInfo, false), (.financialInfo, false), (.callRecords, false),
    ])
    func countable(key: DataTypeKey, expected: Bool) {
        #expect(DataItemCues.isCountableItem(key) == expected)
    }

    /// Two documents of the company, each count inside a data-type sentence of its own.
    static func revision(first quote: String, key: DataTypeKey) -> Comparison {
        let firstText = "Intruders took " + quote + "."
        return Comparator().compare(
            documents: [F.document("first.html", "2021-03-02", kind: .pressRelease),
                        F.document("second.html", "2021-06-01", kind: .pressRelease)],
            facts: [F.count("first.html", 20_000_000, unit: "people", quote: quote, start: 15),
                    Fact(file: "first.html", start: 0, end: firstText.unicodeScalars.count, quote: firstText, source: .company,
                         stance: .confirmed, payload: .dataType(DataTypeFact(key: key, status: .exposed))),
                    F.count("second.html", 35_000_000, unit: "people", quote: "about 35 million people", start: 30)])
    }

    @Test("a category's owners stay in the count slot and are revised", arguments: [
        ("the health information of about 20 million people", DataTypeKey.healthInfo),
        ("the billing data of about 20 million people", .financialInfo),
    ])
    func categoryRevised(quote: String, key: DataTypeKey) {
        #expect(F.kinds(Self.revision(first: quote, key: key), slot: "count").contains(.revised))
    }

    @Test("a count of items still moves to its data type")
    func itemsMove() {
        let comparison = Self.revision(first: "about 20 million Social Security numbers", key: .ssn)
        #expect(!F.kinds(comparison, slot: "count").contains(.revised))
    }
}
