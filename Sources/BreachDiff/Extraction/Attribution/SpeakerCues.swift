/// Finds who speaks in one sentence from reported-speech cues ("the company said", "according to
/// the original forum post", "researchers at ... found", "the SEC alleged").
///
/// When cues of several roles occur, the more specific speaker wins: attacker, then court,
/// regulator, researcher, company and finally an outlet's own "reported". A sentence that relays an
/// attacker's claim is the attacker's statement even when a company or outlet relays it.
public struct SpeakerCues: Sendable {
    public var company: CompanyNames

    public init(company: CompanyNames) {
        self.company = company
    }

    /// The speaker the sentence names, or nil when it names none.
    public func role(in tokens: [CueToken]) -> SourceRole? {
        // "by our count": the outlet's own arithmetic, whatever figures it started from.
        if Self.ownTally.contains(in: tokens) { return .media }
        var found: Set<SourceRole> = []
        if Self.attackerPhrases.contains(in: tokens) || nounBeforeVerb(tokens, nouns: Self.attackerNouns, verbs: Self.claimVerbs, window: 5)
            || namedActorSpeaks(tokens) {
            found.insert(.attacker)
        }
        if Self.courtPhrases.contains(in: tokens) { found.insert(.court) }
        if Self.regulatorPhrases.contains(in: tokens) || regulatorSpeaks(tokens) { found.insert(.regulator) }
        if Self.researcherPhrases.contains(in: tokens) { found.insert(.researcher) }
        if companySpeaks(tokens) { found.insert(.company) }
        if outletReports(tokens) { found.insert(.media) }
        for role in Self.priority where found.contains(role) { return role }
        return nil
    }

    static let priority: [SourceRole] = [.attacker, .court, .regulator, .researcher, .company, .media]

    /// A company mention (its name, a generic reference, "it") followed within a few words by a
    /// speech or belief verb, or such a verb followed by a mention ("said the company"), or a
    /// channel of the company's own statements ("in a statement", "the 8-K filing").
    func companySpeaks(_ tokens: [CueToken]) -> Bool {
        companySpeaks(tokens, verbs: Self.speechVerbs)
    }

    /// Whether the company makes a statement of its own in the sentence (says, announces, writes in
    /// a filing), as opposed to a finding about what it knew ("Acme determined", "Acme found").
    public func companyStates(_ tokens: [CueToken]) -> Bool {
        companySpeaks(tokens, verbs: Self.statementVerbs)
    }

    func companySpeaks(_ tokens: [CueToken], verbs: WordSet) -> Bool {
        if Self.companyChannels.contains(in: tokens) { return true }
        // Loops run over indices, not `enumerated()`: each element copy of a `CueToken` retained
        // and released its strings, which cost more than the look-ups (callgrind, session 4).
        // "the Acme statement", "Acme's filing", "Acme's own statement"
        for index in tokens.indices.dropLast() where company.names(tokens[index]) {
            let next = tokens[index + 1].isWord("own") && index + 2 < tokens.count ? index + 2 : index + 1
            if Self.channelNouns.contains(tokens[next]) { return true }
        }
        // "what we know from the company", "as heard from Acme": the company as the source of what follows.
        for index in tokens.indices.dropFirst() where tokens[index].isWord("from") && index + 1 < tokens.count
            && ((max(0, index - 3)..<index).contains { Self.learnedFromVerbs.contains(tokens[$0]) })
            && (company.names(tokens[index + 1]) || Self.genericReferences.contains(in: tokens, range: (index + 1)..<(index + 2))) {
            return true
        }
        // The company as the sentence's subject, speaking later in it: "Acme is working to ... but said that".
        // A passive ("new accounts are found") names no speaker, nor does a participle after a noun
        // phrase ("dealing with the leak disclosed in March" names the leak, not a statement).
        if let subject = tokens.prefix(2).firstIndex(where: { company.names($0) }),
           ((subject + 1)..<min(tokens.count, subject + 14)).contains(where: { position in
               verbs.contains(tokens[position]) && !Self.passiveAuxiliaries.contains(tokens[position - 1])
                   && !modifiesNoun(tokens, verbAt: position)
           }) {
            return true
        }
        for index in tokens.indices where verbs.contains(tokens[index]) {
            // A passive ("was announced by ...") names no speaker.
            if index > 0, Self.passiveAuxiliaries.contains(tokens[index - 1]) { continue }
            // "said the company", "says Equifax"
            if index + 1 < tokens.count,
               company.names(tokens[index + 1]) || Self.genericReferences.contains(in: tokens, range: (index + 1)..<(index + 2)) {
                return true
            }
            // "Equifax said", "Equifax has confirmed", "the hotelier said"; "according to Equifax" below.
            for position in (max(0, index - 4)..<index).reversed() {
                if company.names(tokens[position]) || Self.pronounSubjects.contains(tokens[position]) && position == index - 1 {
                    return true
                }
                if Self.genericReferences.contains(in: tokens, range: position..<(position + 1)) { return true }
            }
            // "Yahoo, which has since been acquired, said": a mention set off by a comma further back.
            for position in max(0, index - 10)..<max(0, index - 4) where company.names(tokens[position]) {
                if position + 1 < index, tokens[position + 1].start > tokens[position].end + 1 { return true }
            }
        }
        for match in Self.accordingTo.matches(in: tokens) {
            let after = (match.token + match.length)..<min(tokens.count, match.token + match.length + 3)
            if after.contains(where: { company.names(tokens[$0]) }) || Self.genericReferences.contains(in: tokens, range: after) {
                return true
            }
        }
        return false
    }

    /// Whether the verb at `position` is a participle after a determiner and a noun that is not the
    /// company ("the leak disclosed in March", "a breach announced last week").
    func modifiesNoun(_ tokens: [CueToken], verbAt position: Int) -> Bool {
        guard position >= 2, Self.nounDeterminers.contains(tokens[position - 2]) else { return false }
        let noun = position - 1
        return !company.names(tokens[noun]) && !Self.genericReferences.contains(in: tokens, range: (noun - 1)..<(noun + 1))
            && !Self.pronouns.contains(tokens[noun])
    }

    static let nounDeterminers: WordSet = ["the", "a", "an", "this", "that", "its", "their"]

    /// "the SEC alleged", "according to the Commission": the agency followed by what it did.
    func regulatorSpeaks(_ tokens: [CueToken]) -> Bool {
        for index in tokens.indices where Self.agencies.contains(tokens[index]) {
            if index + 1 < tokens.count, Self.agencyActions.contains(tokens[index + 1]) { return true }
            if index >= 2, tokens[index - 2].isWord("according"), tokens[index - 1].isWord("to") { return true }
            if index >= 3, tokens[index - 3].isWord("according"), tokens[index - 1].isWord("the") { return true }
        }
        return false
    }

    /// An outlet's own report: "<Name> reported", "according to <Name>" for a name that is not the company.
    func outletReports(_ tokens: [CueToken]) -> Bool {
        for index in tokens.indices where Self.reportVerbs.contains(tokens[index]) && index > 0 {
            let subject = index - 1
            if tokens[subject].capitalised && !company.names(tokens[subject]) && !Self.pronouns.contains(tokens[subject]) { return true }
        }
        for match in Self.accordingTo.matches(in: tokens) {
            let next = match.token + match.length
            if next < tokens.count, tokens[next].capitalised, !company.names(tokens[next]) { return true }
        }
        return false
    }

    /// A group-shaped name that is not the company, speaking: "FooHunters says", "LAPSUS$ claimed".
    func namedActorSpeaks(_ tokens: [CueToken]) -> Bool {
        for index in tokens.indices.dropLast()
        where Self.claimVerbs.contains(tokens[index + 1]) && !company.names(tokens[index])
            && (ActorExtractor.isGroupShaped(tokens[index]) || ActorExtractor.hasInnerMark(tokens[index])) {
            return true
        }
        return false
    }

    /// An attacker noun followed within `window` words by one of `verbs` ("the hacker who spoke to
    /// the outlet claimed", "hackers said").
    func nounBeforeVerb(_ tokens: [CueToken], nouns: WordSet, verbs: WordSet, window: Int) -> Bool {
        for index in tokens.indices where nouns.contains(tokens[index]) {
            let range = (index + 1)..<min(tokens.count, index + 1 + window)
            if range.contains(where: { verbs.contains(tokens[$0]) }) { return true }
        }
        return false
    }
}
