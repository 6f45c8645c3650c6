import Testing
@testable import BreachDiff

/// Rules added so the comparator generalises beyond the corpus it was tuned on: one writer's two
/// nouns, restated sums, the item a count counts, partial denials, records claims.
@Suite struct GeneralisationTests {
    typealias F = ComparisonFixtures

    @Test("the item right after the figure is what it counts, among several", arguments: [
        ("Roughly 52,000 passport numbers of members and some 9,000 bank account numbers", Int64(52_000), DataTypeKey.passport),
        ("Roughly 52,000 passport numbers of members and some 9,000 bank account numbers", Int64(9_000), DataTypeKey.bankAccount),
        ("about 3,100 e-mail addresses and 700 phone numbers", Int64(700), DataTypeKey.phone),
    ])
    func itemAfterFigure(quote: String, value: Int64, key: DataTypeKey) {
        #expect(DataItemCues.dataItem(in: quote, value: value) == key)
    }

    @Test("a count followed at once by 'whose <item>' counts that item", arguments: [
        (" whose passport numbers were copied", true), ("; passport numbers were copied", false),
    ])
    func whoseClauseAfterCount(clause: String, moved: Bool) {
        let countQuote = "some 2,300 members"
        let count = F.count("b.txt", 2_300, unit: "members", quote: countQuote, start: 10)
        let itemStart = 10 + countQuote.unicodeScalars.count + 1
        let item = Fact(file: "b.txt", start: itemStart, end: itemStart + clause.unicodeScalars.count - 1,
                        quote: String(clause.dropFirst()), source: .company, stance: .confirmed,
                        payload: .dataType(DataTypeFact(key: .passport, status: .exposed)))
        let entries = SlotEntries.build(facts: [count, item], incidentOf: ["x", "x"], documents: [:])
        #expect((entries[0].slot == "data_type:passport") == moved)
    }

    @Test("one document using two nouns for one figure is no unit mismatch; two documents are",
          arguments: [("a.txt", false), ("b.txt", true)])
    func sameDocumentNouns(secondFile: String, mismatch: Bool) {
        let docs = [F.document("a.txt", "2024-03-01"), F.document("b.txt", "2024-03-02")]
        let facts = [F.count("a.txt", 12_000_000, unit: "people", source: .media, quote: "hits 12 million people"),
                     F.count(secondFile, 12_000_000, unit: "customers", source: .media, quote: "12 million customers", start: 40)]
        let comparison = Comparator().compare(documents: docs, facts: facts)
        #expect(F.kinds(comparison, slot: "count").contains(.unitMismatch) == mismatch)
    }

    @Test("a per-country sum restated in another unit is a unit mismatch", arguments: [("clients", true), ("individuals", false)])
    func restatedSum(unit: String, mismatch: Bool) {
        let docs = [F.document("a.txt", "2024-03-01", kind: .pressRelease), F.document("b.txt", "2024-03-02")]
        let quote = "about 40 million individuals in the United States and about 3 million in Canada"
        let facts = [F.count("a.txt", 40_000_000, unit: "individuals", qualifier: .approximately, quote: quote),
                     F.count("a.txt", 3_000_000, unit: "individuals", qualifier: .approximately, quote: quote),
                     F.count("b.txt", 43_000_000, unit: unit, qualifier: .approximately, source: .media, quote: "about 43 million \(unit)")]
        let comparison = Comparator().compare(documents: docs, facts: facts)
        #expect(F.kinds(comparison, slot: "count").contains(.unitMismatch) == mismatch)
    }

    @Test("a denial about newly found accounts does not contradict the company's exposure", arguments: [
        ("the newly identified accounts did not have passport numbers taken", false),
        ("these additional accounts had no passport numbers taken", false),
        ("no passport numbers were taken", true),
    ])
    func partialDenial(denial: String, contradiction: Bool) {
        let docs = [F.document("a.txt", "2024-03-01", kind: .pressRelease), F.document("b.txt", "2024-03-03", kind: .pressRelease),
                    F.document("c.txt", "2024-02-28", kind: .forum)]
        let facts = [F.status("c.txt", .passport, .claimed, source: .attacker),
                     F.status("a.txt", .passport, .exposed, quote: "passport numbers were taken"),
                     F.status("b.txt", .passport, .notExposed, quote: denial)]
        let comparison = Comparator().compare(documents: docs, facts: facts)
        #expect(F.kinds(comparison, slot: "data_type:passport").contains(.exposedVsDenied) == contradiction)
    }

    @Test("a seller's records claim weighs against confirmed people counts", arguments: [
        (Int64(90_000_000), true), (Int64(20_000_000), false),
    ])
    func recordsClaim(claimed: Int64, flagged: Bool) {
        let docs = [F.document("f.html", "2024-03-01", kind: .forum), F.document("p.txt", "2024-03-03", kind: .pressRelease)]
        let facts = [F.count("f.html", claimed, unit: "records", source: .attacker, stance: .claimed),
                     F.count("p.txt", 20_000_000, unit: "customers", qualifier: .approximately)]
        let comparison = Comparator().compare(documents: docs, facts: facts)
        #expect(F.kinds(comparison, slot: "count").contains(.claimedVsConfirmed) == flagged)
    }
}
