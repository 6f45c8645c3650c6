import Testing
@testable import BreachDiff

/// Insurance and billing "claims" are data, not an attacker's assertion: a company's list that
/// names claims data stays exposed, and "claims data" and "billing records" are financial data.
/// Invented sentences and firms.
@Suite struct DataTypeClaimNounTests {
    static func statuses(_ text: String, kind: DocumentKind = .companyNotice) -> Set<String> {
        let found = DataTypeTestSupport.extract([(.paragraph, text)])
        return Set(found.map { "\($0.key.rawValue) \($0.status.rawValue)" })
    }

    /// The claim word as the noun of insurance claims: the list keeps its exposure.
    static let nounUses: [(String, String)] = [
        ("The stolen files held names, birth dates and billing and claims data.", "financial_info exposed"),
        ("The files taken included billing, claims and payment information, such as claim numbers and bank account numbers.",
         "bank_account exposed"),
        ("Intruders took insurance claims records and Social Security numbers from the clinic.", "ssn exposed"),
        ("The exposed data included billing records and diagnoses.", "financial_info exposed"),
    ]

    @Test("Claims data is data, not a claim", arguments: nounUses)
    func noun(text: String, expected: String) {
        let found = Self.statuses(text)
        #expect(found.contains(expected), "\(found)")
        #expect(!found.contains { $0.hasSuffix(" claimed") }, "\(found)")
    }

    /// The verb and the noun of an assertion keep the claim.
    static let assertions: [(String, String)] = [
        ("The gang claims data of 2 million patients, including Social Security numbers, was stolen.", "ssn claimed"),
        ("The seller claims the dump holds email addresses and passwords.", "email claimed"),
        ("Hackers made claims that they took home addresses and phone numbers.", "phone claimed"),
    ]

    @Test("The verb of an assertion still marks a claim", arguments: assertions)
    func assertion(text: String, expected: String) {
        let found = Self.statuses(text)
        #expect(found.contains(expected), "\(found)")
    }

    @Test("The insurance noun is told apart from the verb", arguments: [
        ("billing", ["data"], true), ("and", ["information"], true), (",", ["and", "payment", "information"], true),
        ("as", ["numbers", ","], true), ("gang", ["data", "of"], false), ("and", ["data", "of", "2"], false),
        ("hackers", ["that", "they"], false), ("it", ["to", "hold"], false),
    ] as [(String, [String], Bool)])
    func nounRule(previous: String, following: [String], noun: Bool) {
        #expect(ClaimNoun.isNoun(previous: previous, following: following) == noun)
    }
}
