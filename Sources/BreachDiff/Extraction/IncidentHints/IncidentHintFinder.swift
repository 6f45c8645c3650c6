/// Says which incident a fact concerns when its clause points back to another breach.
///
/// A date alone is not a hint ("discovered on July 29, 2017" dates the main incident). A hint needs
/// an incident reference:
/// - a year naming a breach: "a 2021 data breach", "the August 2021 cyberattack", "a 2022 Acme
///   incident", "the 2014 breach" gives that year;
/// - "last year's breach" gives the year before the document's date ("last year" when undated);
/// - "the previous breach", "an earlier incident", "a prior hack" gives "previous";
/// - a sentence that opens with "In (Month) YEAR" and tells of a break-in within its first words
///   ("In April 2022 a group of hackers breached ...") gives that year for the whole sentence.
/// The first three are looked for in the fact's clause; the last in the sentence.
public struct IncidentHintFinder: Sendable {
    /// The document's date, for "last year's breach".
    public var published: PartialDate?

    public init(published: PartialDate?) {
        self.published = published
    }

    /// The hint for a fact in `tokens[clause]` of a sentence, or nil.
    public func hint(tokens: [CueToken], clause: Range<Int>) -> String? {
        if let hint = referenceInClause(tokens, clause) { return hint }
        return sentenceFrame(tokens)
    }

    /// Words after the end of a fact within which a back reference still speaks of it.
    public static let reachAfterFact = 15

    /// The hint for a fact at `tokens[fact]` inside `tokens[clause]`: as `hint(tokens:clause:)`,
    /// but a reference more than `reachAfterFact` words after the fact is left out. A long clause
    /// ("... pulled names and account numbers, the company said, six months after it settled
    /// over a 2021 breach") moves on to another incident; its tail does not date the fact.
    public func hint(tokens: [CueToken], clause: Range<Int>, fact: Range<Int>) -> String? {
        let end = max(fact.upperBound, clause.lowerBound) + Self.reachAfterFact
        let reach = clause.lowerBound..<max(clause.lowerBound, min(clause.upperBound, end))
        // Of several references before the fact, the nearest one is the incident the fact's words
        // describe ("news of the 2013 attack follows a 2014 breach, which affected 500,000 accounts").
        var nearest: String?
        for index in reach where index < fact.lowerBound {
            if let found = reference(tokens, at: index, within: reach) { nearest = found }
        }
        if let nearest { return nearest }
        return hint(tokens: tokens, clause: reach)
    }

    /// As `hint(tokens:clause:fact:)`; when the sentence has no reference of its own but opens
    /// with one to the incident just told ("This breach ...", "The attack ..."), the previous
    /// sentence's reference ("In 2022, Acme suffered a major attack. This breach exposed ...").
    public func hint(tokens: [CueToken], clause: Range<Int>, fact: Range<Int>, previous: [CueToken]?) -> String? {
        if let own = hint(tokens: tokens, clause: clause, fact: fact) { return own }
        guard let previous, !previous.isEmpty, opensWithBackReference(tokens) else { return nil }
        return sentenceFrame(previous) ?? referenceInClause(previous, 0..<previous.count)
    }

    /// "This breach", "That attack", "The same incident" as the sentence's first words.
    func opensWithBackReference(_ tokens: [CueToken]) -> Bool {
        guard tokens.count > 1, tokens[0].isWord("this") || tokens[0].isWord("that") || tokens[0].isWord("the") else { return false }
        if Self.incidentNouns.contains(tokens[1]) { return true }
        return tokens.count > 2 && tokens[1].isWord("same") && Self.incidentNouns.contains(tokens[2])
    }

    func referenceInClause(_ tokens: [CueToken], _ clause: Range<Int>) -> String? {
        for index in clause { if let hint = reference(tokens, at: index, within: clause) { return hint } }
        return nil
    }

    /// The reference starting at `index`, if any.
    func reference(_ tokens: [CueToken], at index: Int, within clause: Range<Int>) -> String? {
        // Compared without building the word: a `CueToken` keeps no string (`CueSpelling`).
        let token = tokens[index]
        if let year = Self.year(token), namesIncident(tokens, after: index, within: clause), introduced(tokens, year: index) {
            return String(year)
        }
        if token.isWord("year"), index >= 1, tokens[index - 1].isWord("last"), namesIncident(tokens, after: index, within: clause) {
            return published.map { String($0.year - 1) } ?? "last year"
        }
        if Self.earlier.contains(tokens[index]), index + 1 < clause.upperBound, Self.incidentNouns.contains(tokens[index + 1]),
           index >= 1, Self.determiners.contains(tokens[index - 1]) {
            return "previous"
        }
        return nil
    }

    /// "In April 2022 a group of hackers breached ..."
    func sentenceFrame(_ tokens: [CueToken]) -> String? {
        guard tokens.count > 2, tokens[0].isWord("in") else { return nil }
        var position = 1
        if Self.months.contains(tokens[position]) || tokens[position].isWord("late") || tokens[position].isWord("early") {
            position += 1
        }
        guard position < tokens.count, let year = Self.year(tokens[position]) else { return nil }
        let window = (position + 1)..<min(tokens.count, position + 14)
        guard window.contains(where: { Self.breakInWords.contains(tokens[$0]) }) else { return nil }
        return String(year)
    }

    /// A breach noun within three words after `index`: "2021 data breach", "2022 T-Mobile incident".
    func namesIncident(_ tokens: [CueToken], after index: Int, within clause: Range<Int>) -> Bool {
        let range = (index + 1)..<min(clause.upperBound, index + 4)
        return range.contains { Self.incidentNouns.contains(tokens[$0]) }
    }

    /// The year is introduced as a name ("a 2021 breach", "the August 2021 hack"), not as a date
    /// ("in 2021, the breach").
    func introduced(_ tokens: [CueToken], year index: Int) -> Bool {
        guard index >= 1 else { return false }
        if Self.determiners.contains(tokens[index - 1]) { return true }
        if Self.months.contains(tokens[index - 1]), index >= 2, Self.determiners.contains(tokens[index - 2]) { return true }
        return false
    }

    /// `year(token.word)`, the word built only when it has four bytes.
    static func year(_ token: CueToken) -> Int? {
        token.spelling.isInline && token.spelling.length == 4 ? year(token.word) : nil
    }

    static func year(_ word: String) -> Int? {
        guard word.utf8.count == 4, let value = Int(word), (1990...2099).contains(value) else { return nil }
        return value
    }

    // Word lists as `WordSet`s: asked about every token of a fact's clause for every fact, and a
    // `CueToken`'s key spares the hashing a `Set<String>` did each time (same answers).
    static let incidentNouns: WordSet = [
        "breach", "breaches", "incident", "incidents", "hack", "hacks", "attack", "attacks", "cyberattack",
        "cyber-attack", "cyberattacks", "intrusion", "theft", "compromise", "leak", "ransomware", "data-breach",
    ]
    static let determiners: WordSet = ["a", "an", "the", "its", "this", "that", "their", "his", "her", "our", "same"]
    static let earlier: WordSet = ["previous", "prior", "earlier", "former", "last", "past", "separate", "older"]
    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let breakInWords: WordSet = [
        "breached", "hacked", "compromised", "stole", "attacked", "infiltrated", "broke", "downloaded",
        "exfiltrated", "penetrated", "intrusion", "breach", "hack", "cyberattack", "attack", "suffered", "stolen",
    ]
}
