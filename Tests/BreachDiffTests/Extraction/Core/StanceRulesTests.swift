import Testing
@testable import BreachDiff

@Suite struct StanceRulesTests {
    static let cases: [(String, Stance)] = [
        ("The hacker claims to have data on five million users.", .claimed),
        ("The records were allegedly taken from a cloud server.", .claimed),
        ("The files were purportedly copied in June.", .claimed),
        ("A seller offered the database for sale on a forum.", .claimed),
        ("Someone is selling what looks like the customer table.", .claimed),
        ("The archive was reportedly copied from a backup.", .unverified),
        ("Acme has not yet determined how many customers were affected.", .unverified),
        ("Acme said it cannot confirm the size of the leak.", .unverified),
        ("The outlet could not independently verify the sample.", .unverified),
        ("The figure is believed to include former customers.", .unverified),
        ("The leak remains unverified by outside experts.", .unverified),
        ("Acme said there is no evidence that card numbers were accessed.", .denied),
        ("Acme denied that any passwords were taken.", .denied),
        ("Payment data was not accessed in the attack.", .denied),
        ("The intruders did not reach the billing system.", .denied),
        ("Acme said three million accounts were affected.", .confirmed),
        ("Card data of 900 members has not been accessed, the club said.", .denied),
        ("A review found 2,100 members whose records were taken but had not been identified before.", .confirmed),
    ]

    @Test("Hedges, claims and denials set the stance", arguments: cases)
    func stance(sentence: String, expected: Stance) {
        let tokens = CueTokenizer.tokens(of: sentence)
        #expect(StanceRules().stance(of: tokens, range: 0..<tokens.count, source: .company) == expected)
    }

    @Test("An attacker's plain statement is a claim")
    func attackerClaims() {
        let tokens = CueTokenizer.tokens(of: "We copied eight million rows from the store.")
        #expect(StanceRules().stance(of: tokens, range: 0..<tokens.count, source: .attacker) == .claimed)
    }

    @Test("Modal hedges are doubts only when asked for", arguments: [false, true])
    func modalHedges(doubt: Bool) {
        let tokens = CueTokenizer.tokens(of: "Names may have been included in the files.")
        let stance = StanceRules(modalHedgesDoubt: doubt).stance(of: tokens, range: 0..<tokens.count, source: .company)
        #expect(stance == (doubt ? .unverified : .confirmed))
    }
}
