/// Sentence frames that decide the speaker before the cue lists do, found on held-out news
/// (session 5): a headline's bare noun subject, a described company ("the Ohio retailer said"),
/// a disclosure aside ("the breach, which Acme disclosed in May, exposed ...") and the outlet's
/// own sum ("Taken together, ...").
enum ReportingFrames {
    /// Nouns a story uses for the company it is about, without their article.
    static let companyNouns: WordSet = [
        "company", "firm", "carrier", "bank", "retailer", "lender", "insurer", "operator", "provider", "chain",
        "giant", "telecom", "telco", "hotelier", "airline", "hospital", "platform", "corporation", "conglomerate",
        "insurance", "bureau", "processor", "marketplace", "merchant",
    ]

    /// "Retailer says hackers took ...", "Bank confirms ...": a headline or dek drops the article
    /// before the company noun. "The Ohio retailer said", "the Dallas-based carrier confirmed":
    /// one or two capitalised words between the article and the noun.
    static func describedCompanySpeaks(_ tokens: [CueToken]) -> Bool {
        if tokens.count > 2, tokens[0].capitalised, companyNouns.contains(tokens[0]),
           SpeakerCues.statementVerbs.contains(tokens[1]) {
            return true
        }
        for index in tokens.indices where tokens[index].isWord("the") {
            var position = index + 1
            while position < tokens.count, position <= index + 2, tokens[position].capitalised,
                  !companyNouns.contains(tokens[position]) {
                position += 1
            }
            guard position > index + 1, position + 1 < tokens.count, companyNouns.contains(tokens[position]),
                  !tokens[position].capitalised else { continue }
            if SpeakerCues.statementVerbs.contains(tokens[position + 1]) { return true }
        }
        return false
    }

    /// Verbs that, in an aside, date a disclosure rather than report its content.
    static let disclosureVerbs: WordSet = [
        "disclosed", "announced", "revealed", "reported", "confirmed", "acknowledged",
    ]

    /// The tokens of a sentence without a disclosure aside: ", which Acme disclosed just before the
    /// holidays," names when the event became known; the rest of the sentence is the outlet's
    /// narration unless it has a cue of its own. nil when there is no such aside. The aside opens
    /// with "which"/"when" and a company reference, a disclosure verb follows within three words
    /// (not "said", which reports content: "which Acme said involved 4 million"), and a comma
    /// closes it within eight words, with no "that" after the verb.
    static func withoutDisclosureAside(_ tokens: [CueToken], scalars: [Unicode.Scalar], company: CompanyNames) -> [CueToken]? {
        for index in tokens.indices where tokens[index].isWord("which") || tokens[index].isWord("when") {
            let subject = index + 1
            guard subject < tokens.count else { return nil }
            let named = company.names(tokens[subject])
                || (tokens[subject].isWord("the") && subject + 1 < tokens.count && companyNouns.contains(tokens[subject + 1]))
            guard named else { continue }
            guard let verb = (subject + 1..<min(tokens.count, subject + 4)).first(where: { disclosureVerbs.contains(tokens[$0]) }),
                  verb + 1 < tokens.count, !tokens[verb + 1].isWord("that") else { continue }
            for close in (verb + 1)..<min(tokens.count, verb + 9) where commaBefore(close, tokens: tokens, scalars: scalars) {
                return Array(tokens[..<index]) + Array(tokens[close...])
            }
        }
        return nil
    }

    /// Whether a comma stands between token `index - 1` and token `index`.
    static func commaBefore(_ index: Int, tokens: [CueToken], scalars: [Unicode.Scalar]) -> Bool {
        guard index > 0 else { return false }
        let from = tokens[index - 1].end, to = tokens[index].start
        guard from <= to, to <= scalars.count else { return false }
        return scalars[from..<to].contains(",")
    }

    /// "the company had recorded $5 million in costs, according to its annual report": the
    /// possessive points to the company the sentence names, and the channel is the company's own.
    static func citesOwnChannel(_ tokens: [CueToken], company: CompanyNames) -> Bool {
        guard tokens.contains(where: { company.names($0) || ($0.isWord("company") && !$0.capitalised) }) else { return false }
        for index in tokens.indices.dropLast(2) where tokens[index].isWord("according") && tokens[index + 1].isWord("to")
            && (tokens[index + 2].isWord("its") || tokens[index + 2].isWord("their")) {
            if (index + 3..<min(tokens.count, index + 6)).contains(where: { ownChannels.contains(tokens[$0]) }) { return true }
        }
        return false
    }

    /// "The tally has not moved since March: ...", "The official count still stands at ...": a
    /// figure restated as unchanged is the company's figure, not the outlet's own finding.
    static func restatesTally(_ tokens: [CueToken]) -> Bool {
        guard tokens.count > 3, tokens[0].isWord("the") else { return false }
        var subject = 1
        if tokens[subject].isWord("official") || tokens[subject].isWord("company") { subject += 1 }
        guard subjectTallies.contains(tokens[subject]) else { return false }
        let after = (subject + 1)..<min(tokens.count, subject + 5)
        for index in after {
            let token = tokens[index]
            if token.isWord("unchanged") || token.isWord("stands") || (token.isWord("remains") && index + 1 < tokens.count && tokens[index + 1].isWord("at")) { return true }
            if token.isWord("not") || token.isWord("n't"), index + 1 < tokens.count, unmovedVerbs.contains(tokens[index + 1]) { return true }
            if token.isWord("hasn't") || token.isWord("haven't"), index + 1 < tokens.count, unmovedVerbs.contains(tokens[index + 1]) { return true }
        }
        return false
    }

    static let unmovedVerbs: WordSet = ["moved", "changed", "budged"]

    static let subjectTallies: WordSet = ["tally", "count", "figure", "figures", "numbers", "total", "totals"]

    /// Court records named by how they reached the court.
    static let courtRecords = PhraseSet([
        "papers filed in", "documents filed in", "filed in federal court", "filed in district court",
        "filed in bankruptcy court", "filed with the court",
    ])

    static let ownChannels: WordSet = [
        "report", "filing", "filings", "statement", "release", "notice", "disclosure", "10-k", "8-k", "10-q", "website",
    ]

    /// "Taken together, ...", "All told, ...", "Combined, ...": the outlet adding up figures itself.
    static func opensWithOwnSum(_ tokens: [CueToken], scalars: [Unicode.Scalar]) -> Bool {
        guard tokens.count > 2 else { return false }
        let openers: [[String]] = [["taken", "together"], ["added", "together"], ["all", "told"], ["combined"], ["in", "all"]]
        for opener in openers where PhraseSet.matches(opener, tokens, at: 0) {
            return commaBefore(opener.count, tokens: tokens, scalars: scalars)
        }
        return false
    }
}

extension AttributionResolver {
    /// The speaker of a news or blog sentence after `ReportingFrames`, given the cue lists' `role`.
    static func framedRole(_ role: SourceRole?, tokens: [CueToken], scalars: [Unicode.Scalar], cues: SpeakerCues) -> SourceRole? {
        var role = role
        // "The breach, which Acme disclosed in May, exposed ...": the aside is no statement.
        if role == .company, let rest = ReportingFrames.withoutDisclosureAside(tokens, scalars: scalars, company: cues.company) {
            role = cues.role(in: rest)
        }
        // "..., according to papers filed in federal court": the court's record, above the company
        // and the outlet as every court cue is.
        if role == nil || role == .company || role == .media, ReportingFrames.courtRecords.contains(in: tokens) { return .court }
        if role == nil, ReportingFrames.opensWithOwnSum(tokens, scalars: scalars) { return .media }
        if role == nil, ReportingFrames.describedCompanySpeaks(tokens) { return .company }
        if role == nil, ReportingFrames.restatesTally(tokens) { return .company }
        if role == nil, ReportingFrames.citesOwnChannel(tokens, company: cues.company) { return .company }
        return role
    }
}
