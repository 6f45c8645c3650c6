import Testing
@testable import BreachDiff

/// Rules that keep extracted (noisy) facts from producing discrepancies a careful reader would
/// not raise: per-figure countries, forecast amounts, bundled amounts, hedged denials, misread
/// date events, users and accounts.
@Suite struct NoisyFactTests {
    typealias F = ComparisonFixtures

    @Test("a figure takes the countries named next to it", arguments: zip([
        (Int64(40_000_000), "some 40 million people in the United States and about 3 million in Canada"),
        (Int64(3_000_000), "some 40 million people in the United States and about 3 million in Canada"),
        (Int64(3_000_000), "about 3 million Canadians and 40 million Americans"),
        (Int64(52_000), "card numbers for 52,000 U.S. and Canadian shoppers, and files for 9,000 U.S. shoppers"),
        (Int64(9_000), "card numbers for 52,000 U.S. and Canadian shoppers, and files for 9,000 U.S. shoppers"),
    ], [Set(["us"]), ["ca"], ["ca"], ["us", "ca"], ["us"]]))
    func figureCountries(_ input: (Int64, String), _ expected: Set<String>) {
        #expect(FigureCues.countries(of: input.0, in: input.1) == expected)
    }

    @Test("a quote naming one country leaves the quote's countries", arguments: [
        "about 3 million Canadians were affected", "12 million customers",
    ])
    func singleCountry(_ quote: String) {
        #expect(FigureCues.countries(of: 3_000_000, in: quote) == nil)
    }

    @Test("forecast amounts", arguments: zip([
        "the incident could cost the firm up to $300 million", "it expects costs of $20 million to $40 million",
        "fines of between $50 million and $90 million", "the firm agreed to pay $75 million", "a fine of $12 million was imposed",
    ], [true, true, true, false, false]))
    func forecast(_ quote: String, _ expected: Bool) {
        #expect(FigureCues.isForecast(quote) == expected)
    }

    static let docs = [
        F.document("a.txt", "2030-03-01", kind: .pressRelease, company: "Acme Widgets, Inc."),
        F.document("b.txt", "2030-03-02", company: "Acme Widgets"),
        F.document("c.txt", "2030-03-10", kind: .secFiling, company: "Acme Widgets Corp."),
        F.document("d.txt", "2030-03-12", company: "Acme Widgets"),
    ]

    static func money(_ file: String, _ event: MoneyEvent, _ value: Int64, source: SourceRole, quote: String) -> Fact {
        Fact(file: file, start: 0, end: quote.unicodeScalars.count, quote: quote, source: source, stance: .confirmed,
             payload: .money(MoneyFact(event: event, value: value, currency: "USD")))
    }

    @Test("a forecast amount is not compared with an amount paid")
    func forecastNotCompared() {
        let facts = [Self.money("b.txt", .fine, 400_000_000, source: .media, quote: "it could pay fines of up to $400 million"),
                     Self.money("d.txt", .fine, 60_000_000, source: .regulator, quote: "the regulator fined the firm $60 million")]
        #expect(Comparator().compare(documents: Self.docs, facts: facts).discrepancies.isEmpty)
    }

    @Test("an amount reported with another amount added is a conflict with the sum", arguments: [SourceRole.company, .media])
    func bundledAmount(_ laterSource: SourceRole) throws {
        let facts = [Self.money("a.txt", .settlement, 210_000_000, source: .company, quote: "Acme will pay $210 million"),
                     Self.money("a.txt", .securityInvestment, 90_000_000, source: .company, quote: "and spend $90 million on security"),
                     Self.money("d.txt", .settlement, 300_000_000, source: laterSource, quote: "Acme paid $300 million to settle")]
        let found = Comparator().compare(documents: Self.docs, facts: facts).discrepancies.filter { $0.slot == "money:settlement" }
        let only = try #require(found.count == 1 ? found.first : nil)
        #expect(only.kind == .conflict)
        #expect(only.note.contains("300M = 210M + 90M"))
    }

    static func denial(_ file: String, source: SourceRole, quote: String) -> Fact {
        Fact(file: file, start: 0, end: quote.unicodeScalars.count, quote: quote, source: source, stance: .denied,
             payload: .dataType(DataTypeFact(key: .paymentCard, status: .notExposed)))
    }

    @Test("hedged denials by others do not contradict; firm ones and authorities' do", arguments: zip([
        (SourceRole.media, "card data is not believed to be among the files"),
        (SourceRole.media, "card data was reportedly not taken"),
        (SourceRole.media, "card data was not taken, the outlet found"),
        (SourceRole.company, "we believe card data was not taken"),
    ], [false, false, true, true]))
    func hedgedDenial(_ denial: (SourceRole, String), _ flagged: Bool) {
        let facts = [F.status("a.txt", .paymentCard, .exposed), Self.denial("d.txt", source: denial.0, quote: denial.1)]
        let kinds = F.kinds(Comparator().compare(documents: Self.docs, facts: facts), slot: "data_type:payment_card")
        #expect(kinds.contains(.exposedVsDenied) == flagged)
    }

    @Test("a news date that the company gives for another event is not a rival date", arguments: zip(
        ["2030-02-11", "2030-02-14"], [false, true]))
    func misreadDateEvent(_ newsDay: String, _ flagged: Bool) {
        let facts = [F.date("a.txt", .intrusionStart, "2030-01"), F.date("a.txt", .discovered, "2030-02-11"),
                     F.date("b.txt", .intrusionStart, newsDay, source: .media)]
        let kinds = F.kinds(Comparator().compare(documents: Self.docs, facts: facts), slot: "date:intrusion_start")
        #expect(kinds.contains(.conflict) == flagged)
    }

    @Test("users and accounts are one unit group; customers are not", arguments: zip(["users", "customers"], [false, true]))
    func usersAreAccounts(_ unit: String, _ flagged: Bool) {
        let facts = [F.count("a.txt", 8_000_000, unit: "accounts"), F.count("b.txt", 8_000_000, unit: unit, source: .media)]
        #expect(F.kinds(Comparator().compare(documents: Self.docs, facts: facts), slot: "count").contains(.unitMismatch) == flagged)
    }
}
