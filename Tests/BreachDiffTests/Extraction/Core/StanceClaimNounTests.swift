import Testing
@testable import BreachDiff

/// The stance and speaker of sentences that name insurance or billing claims: the noun asserts
/// nothing, the verb still does. Invented sentences.
@Suite struct StanceClaimNounTests {
    static let cases: [(String, Stance)] = [
        ("The stolen files held names, birth dates and billing and claims data.", .confirmed),
        ("Billing, claims and payment information, such as claim numbers, was involved.", .confirmed),
        ("Some files held medical claims records of about 40,000 members.", .confirmed),
        ("The gang claims data of 2 million patients was stolen.", .claimed),
        ("The group claims it holds 3 terabytes of patient files.", .claimed),
        ("Hackers made claims that they took home addresses.", .claimed),
    ]

    @Test("The insurance noun gives no claimed stance", arguments: cases)
    func stance(sentence: String, expected: Stance) {
        let tokens = CueTokenizer.tokens(of: sentence)
        #expect(StanceRules().stance(of: tokens, range: 0..<tokens.count, source: .company) == expected)
    }

    @Test("An outlet naming claims data relays no attacker", arguments: [
        ("Depending on the patient, the stolen files held names and billing and claims data.", false),
        ("The gang claims data of 2 million patients was stolen.", true),
    ])
    func relay(sentence: String, relays: Bool) {
        let tokens = CueTokenizer.tokens(of: sentence)
        #expect(AttributionResolver.relaysClaim(tokens, Array(sentence.unicodeScalars)) == relays)
    }
}
