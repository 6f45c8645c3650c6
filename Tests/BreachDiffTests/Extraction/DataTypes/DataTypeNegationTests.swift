import Testing
@testable import BreachDiff

/// Denials: their reach over long lists, clause ends, partial and qualified denials.
@Suite struct DataTypeNegationTests {
    static let sentences = [
        "The portal did not give the intruder access to any payment card data, tax IDs, driver’s license or other government ID numbers, or passwords/PINs, so none of this information was exposed.",
        "No card numbers were taken, but names and email addresses were.",
        "Passwords and bank account details were NOT accessed; however, phone numbers may have been obtained.",
        "Names were exposed and SSNs were not.",
        "We have found no evidence that medical records were accessed.",
        "Neither passport numbers nor dates of birth were compromised.",
        "Our review shows home addresses and credit scores weren’t included in the stolen files.",
        "Importantly, no account numbers, PINs or passwords were",
    ]
    static let expected: [Set<String>] = [
        ["payment_card not_exposed", "tax_id not_exposed", "drivers_license not_exposed", "government_id not_exposed",
         "password not_exposed", "account_pin not_exposed"],
        ["payment_card not_exposed", "name exposed", "email exposed"],
        ["password not_exposed", "bank_account not_exposed", "phone exposed"],
        ["name exposed", "ssn not_exposed"],
        ["health_info not_exposed"],
        ["passport not_exposed", "date_of_birth not_exposed"],
        ["postal_address not_exposed", "financial_info not_exposed"],
        ["account_number not_exposed", "account_pin not_exposed", "password not_exposed"],
    ]

    @Test("A denial reaches its whole list and stops at the clause end", arguments: zip(sentences, expected))
    func scope(sentence: String, expected: Set<String>) {
        #expect(DataTypeTestSupport.statuses(sentence) == expected)
    }

    static let undecided = [
        "Over 90 percent of the Social Security numbers were not compromised.",
        "We have not yet determined whether any credit card numbers were accessed.",
        "The stolen files did not include passwords in clear text.",
        "It is unclear if bank account numbers were taken.",
    ]

    @Test("Partial, uncertain and qualified denials give no status", arguments: undecided)
    func undecidedDenials(sentence: String) {
        #expect(DataTypeTestSupport.extract(sentence).isEmpty, "\(sentence)")
    }

    @Test func notRuledOutIsAnExposure() {
        let found = DataTypeTestSupport.statuses("The hotel group has not been able to rule out that payment card numbers were taken.")
        #expect(found == ["payment_card exposed"])
    }

    @Test func deniedStanceOverridesTheSentence() throws {
        let found = DataTypeTestSupport.extract("Driver’s license numbers were not stolen.")
        let fact = try #require(found.first)
        #expect(fact.status == .notExposed)
        #expect(fact.quote == "Driver’s license numbers were not stolen")
    }

    @Test func noneOfThisInformationDeniesThePreviousSentence() {
        let block = "Names and account PINs were kept on that server. None of this information was accessed."
        let document = DataTypeTestSupport.document([(.paragraph, block)])
        let cut = "Names and account PINs were kept on that server.".unicodeScalars.count
        let sentences = [
            Sentence(text: "Names and account PINs were kept on that server.", start: 0, end: cut, blockIndex: 0),
            Sentence(text: "None of this information was accessed.", start: cut + 1, end: block.unicodeScalars.count, blockIndex: 0),
        ]
        let input = ExtractionInput(document: document, sentences: sentences,
                                    attributions: Array(repeating: Attribution(source: .company, stance: .confirmed), count: 2))
        let statuses = DataTypeExtractor().candidates(in: input).compactMap { candidate -> String? in
            guard case .dataType(let fact) = candidate.payload else { return nil }
            return "\(fact.key.rawValue) \(fact.status.rawValue)"
        }
        #expect(Set(statuses) == ["name not_exposed", "account_pin not_exposed"])
    }
}
