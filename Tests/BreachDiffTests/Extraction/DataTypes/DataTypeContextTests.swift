import Testing
@testable import BreachDiff

/// Lists that inherit their introduction, claims, counts and mentions that are not breach facts.
@Suite struct DataTypeContextTests {
    @Test func bulletItemsInheritTheIntroduction() {
        let found = DataTypeTestSupport.extract([
            (.paragraph, "Our investigation found that the data taken included:"),
            (.listItem, "names and postal addresses"),
            (.listItem, "Social Security numbers for about 12,500 people"),
            (.paragraph, String(repeating: "The company regrets the incident and thanks its customers for their patience. ", count: 6)
                + "Names of the new board members follow."),
        ])
        #expect(Set(found.map(\.description)) == ["name exposed company", "postal_address exposed company", "ssn exposed company"])
    }

    @Test func deniedIntroductionDeniesItsItems() {
        let found = DataTypeTestSupport.extract([
            (.paragraph, "The following were not accessed:"),
            (.listItem, "passwords"),
            (.listItem, "bank account numbers"),
        ])
        #expect(Set(found.map(\.description)) == ["password not_exposed company", "bank_account not_exposed company"])
    }

    @Test func shortBlocksWithoutBulletsAreItemsToo() {
        let found = DataTypeTestSupport.extract([
            (.paragraph, "According to the notice, the records stolen by the intruders included:"),
            (.paragraph, "dates of birth and phone numbers of 2 million members"),
        ], attribution: Attribution(source: .media, stance: .confirmed))
        #expect(Set(found.map(\.description)) == ["date_of_birth exposed media", "phone exposed media"])
    }

    @Test func wrappedLinesAreOneStatement() {
        let found = DataTypeTestSupport.extract([
            (.listItem, "stolen account records may have included names,"),
            (.paragraph, "email addresses and phone numbers"),
            (.listItem, "the firm says it is reviewing its systems"),
        ])
        #expect(Set(found.map(\.description)) == ["name exposed company", "email exposed company", "phone exposed company"])
        // Each quote stays inside the block of its mention.
        #expect(found.allSatisfy { !$0.quote.contains("\n") })
    }

    @Test func lowerCaseHeadingsAreListLines() {
        let found = DataTypeTestSupport.extract([
            (.paragraph, "The intruders obtained:"),
            (.heading, "card numbers of about 9,000 customers"),
            (.heading, "Next Steps"),
            (.paragraph, "Passport numbers are kept elsewhere."),
        ])
        #expect(found.map(\.description) == ["payment_card exposed company"])
    }

    @Test func attackerStatementsAreClaims() {
        let found = DataTypeTestSupport.extract("We grabbed phone numbers and IMEIs from every server.",
                                                attribution: Attribution(source: .attacker, stance: .claimed))
        #expect(Set(found.map(\.description)) == ["phone claimed attacker", "imei claimed attacker"])
    }

    @Test func reportedClaimsAreTheAttackers() {
        let found = DataTypeTestSupport.extract("The seller allegedly stole email addresses and passwords of ten million users.",
                                                attribution: Attribution(source: .media, stance: .confirmed))
        #expect(Set(found.map(\.description)) == ["email claimed attacker", "password claimed attacker"])
    }

    @Test func hedgedCompanyStatementsAreExposures() {
        let found = DataTypeTestSupport.extract("Some customer names and billing addresses may have been obtained.")
        #expect(Set(found.map(\.description)) == ["name exposed company", "postal_address exposed company"])
    }

    static let mereMentions = [
        "Customers should change their password and add a PIN to their account.",
        "We will never ask for your PIN or Social Security number by email.",
        "Please enter your name and email address to subscribe to our newsletter.",
        "The company name and domain name were registered in 2015.",
        "Keep an eye on your credit card statements for unusual charges.",
        "The analyst suggested that members of the site swap their passwords and security questions soon.",
        "An IMEI is a unique number that identifies a mobile handset.",
        "The firm hired a team to address the incident.",
        "The attackers used stolen credentials to access internal systems.",
        "No evidence suggests the income verification databases were accessed.",
        "Applicants may choose to provide their social insurance number on the form.",
        "After the affected accounts were found, the carrier reset all PINs as a precaution.",
    ]

    @Test("Advice, other senses and system names are not facts", arguments: mereMentions)
    func mereMention(sentence: String) {
        #expect(DataTypeTestSupport.extract(sentence).isEmpty, "\(sentence)")
    }

    static let counted = [
        "Hackers accessed about 140,000 Social Security numbers last year.",
        "Social Security numbers of 2.5 million consumers were stolen.",
        "The intruders copied 3.2 million unencrypted passport numbers.",
        "Passwords were leaked in 2019.",
    ]
    static let counts: [Int64?] = [140_000, 2_500_000, 3_200_000, nil]

    @Test("A number attached to the data type is its count", arguments: zip(counted, counts))
    func count(sentence: String, expected: Int64?) throws {
        let fact = try #require(DataTypeTestSupport.extract(sentence).first)
        #expect(fact.count == expected)
    }

    @Test func quoteIsTheStatingClause() throws {
        let found = DataTypeTestSupport.extract("Importantly, no credit card numbers were compromised, but email addresses were.")
        let card = try #require(found.first { $0.key == .paymentCard })
        let email = try #require(found.first { $0.key == .email })
        #expect(card.quote == "Importantly, no credit card numbers were compromised")
        #expect(email.quote == "email addresses were")
    }
}
