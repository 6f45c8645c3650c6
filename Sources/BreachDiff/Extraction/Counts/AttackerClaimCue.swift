/// Spots a figure that the sentence puts in an attacker's mouth: "a hacker claiming to hold
/// data on 280 million users", "a forum post that offered data from 100 million people".
///
/// The sentence attribution decides the usual case; this cue only covers a company or media
/// sentence that reports, inside itself, what the attacker claims.
enum AttackerClaimCue {
    static let attackers: Set<String> = [
        "hacker", "hackers", "attacker", "attackers", "actor", "actors", "seller", "sellers", "post", "poster",
        "cybercriminal", "cybercriminals", "extortionist", "extortionists", "gang", "listing", "advert",
    ]

    static let claims: Set<String> = [
        "claims", "claimed", "claiming", "claim", "said", "says", "boasted", "boasts", "offered", "offering",
        "offers", "listed", "listing", "selling", "sells", "sold", "advertised", "advertising", "posted",
        "alleges", "alleged", "told", "tells", "stated", "asserted", "bragged",
    ]

    static let hedges: Set<String> = ["allegedly", "purportedly", "supposedly"]

    /// The attribution override for a figure at token `index`, if the words before it say it is claimed.
    static func override(_ tokens: [TextToken], before index: Int) -> (source: SourceRole?, stance: Stance)? {
        var attackerAt: Int?
        var hedged = false
        for position in 0..<index where tokens[position].kind == .word {
            let word = tokens[position].text
            if attackers.contains(word) {
                // "actor" and "post" only in "threat actor" and "forum post".
                if word == "actor" || word == "actors" {
                    guard position > 0, tokens[position - 1].isWord("threat") else { continue }
                }
                if word == "post", !(position > 0 && tokens[position - 1].isWord("forum")) { continue }
                attackerAt = position
            } else if let at = attackerAt, position - at <= 8, claims.contains(word) {
                return (.attacker, .claimed)
            } else if hedges.contains(word) {
                hedged = true
            }
        }
        if hedged { return (attackerAt == nil ? nil : .attacker, .claimed) }
        return nil
    }
}
