import Foundation
import Testing
@testable import BreachDiff

/// Session 4's attribution speed-ups (docs/performance.md) against the code they replaced:
/// `SpeakerCues` with `WordSet` lists and index loops against its former `Set<String>` version
/// (copied below as `Legacy`), `CompanyNames.names` against the set look-up, and the stance
/// gate against the three phrase-list passes, on every sentence of `Corpus/` and of the shared
/// corpus (when `../shared` is there) and on written edge sentences.
@Suite struct AttributionSpeedupTests {
    /// `SpeakerCues` before session 4, rule for rule; its word lists as `Set<String>`.
    struct Legacy {
        var company: CompanyNames

        static func set(_ words: WordSet) -> Set<String> { Set(words.words) }
        static let speechVerbs = set(SpeakerCues.speechVerbs), statementVerbs = set(SpeakerCues.statementVerbs)
        static let channelNouns = set(SpeakerCues.channelNouns), learnedFromVerbs = set(SpeakerCues.learnedFromVerbs)
        static let backPossessives = set(SpeakerCues.backPossessives), pronouns = set(SpeakerCues.pronouns)
        static let passiveAuxiliaries = set(SpeakerCues.passiveAuxiliaries), pronounSubjects = set(SpeakerCues.pronounSubjects)
        static let attackerNouns = set(SpeakerCues.attackerNouns), claimVerbs = set(SpeakerCues.claimVerbs)
        static let agencies = set(SpeakerCues.agencies), agencyActions = set(SpeakerCues.agencyActions)
        static let reportVerbs = set(SpeakerCues.reportVerbs)

        func names(_ token: CueToken) -> Bool { token.capitalised && company.anchors.contains(token.word) }

        func role(in tokens: [CueToken]) -> SourceRole? {
            if SpeakerCues.ownTally.contains(in: tokens) { return .media }
            var found: Set<SourceRole> = []
            if SpeakerCues.attackerPhrases.contains(in: tokens)
                || nounBeforeVerb(tokens, nouns: Legacy.attackerNouns, verbs: Legacy.claimVerbs, window: 5)
                || namedActorSpeaks(tokens) {
                found.insert(.attacker)
            }
            if SpeakerCues.courtPhrases.contains(in: tokens) { found.insert(.court) }
            if SpeakerCues.regulatorPhrases.contains(in: tokens) || regulatorSpeaks(tokens) { found.insert(.regulator) }
            if SpeakerCues.researcherPhrases.contains(in: tokens) { found.insert(.researcher) }
            if companySpeaks(tokens) { found.insert(.company) }
            if outletReports(tokens) { found.insert(.media) }
            for role in SpeakerCues.priority where found.contains(role) { return role }
            return nil
        }

        func companySpeaks(_ tokens: [CueToken]) -> Bool {
            companySpeaks(tokens, verbs: Legacy.speechVerbs)
        }

        public func companyStates(_ tokens: [CueToken]) -> Bool {
            companySpeaks(tokens, verbs: Legacy.statementVerbs)
        }

        func companySpeaks(_ tokens: [CueToken], verbs: Set<String>) -> Bool {
            if SpeakerCues.companyChannels.contains(in: tokens) { return true }
            // "the Acme statement", "Acme's filing", "Acme's own statement"
            for (index, token) in tokens.enumerated().dropLast() where names(token) {
                let next = tokens[index + 1].word == "own" && index + 2 < tokens.count ? index + 2 : index + 1
                if Legacy.channelNouns.contains(tokens[next].word) { return true }
            }
            // "what we know from the company", "as heard from Acme": the company as the source of what follows.
            for (index, token) in tokens.enumerated().dropFirst() where token.word == "from" && index + 1 < tokens.count
                && ((max(0, index - 3)..<index).contains { Legacy.learnedFromVerbs.contains(tokens[$0].word) })
                && (names(tokens[index + 1]) || SpeakerCues.genericReferences.contains(in: tokens, range: (index + 1)..<(index + 2))) {
                return true
            }
            // The company as the sentence's subject, speaking later in it: "Acme is working to ... but said that".
            // A passive ("new accounts are found") names no speaker, nor does a participle after a noun
            // phrase ("dealing with the leak disclosed in March" names the leak, not a statement).
            if let subject = tokens.prefix(2).firstIndex(where: { names($0) }),
               ((subject + 1)..<min(tokens.count, subject + 14)).contains(where: { position in
                   verbs.contains(tokens[position].word) && !Legacy.passiveAuxiliaries.contains(tokens[position - 1].word)
                       && !modifiesNoun(tokens, verbAt: position)
               }) {
                return true
            }
            for (index, token) in tokens.enumerated() where verbs.contains(token.word) {
                // A passive ("was announced by ...") names no speaker.
                if index > 0, Legacy.passiveAuxiliaries.contains(tokens[index - 1].word) { continue }
                // "said the company", "says Equifax"
                if index + 1 < tokens.count,
                   names(tokens[index + 1]) || SpeakerCues.genericReferences.contains(in: tokens, range: (index + 1)..<(index + 2)) {
                    return true
                }
                // "Equifax said", "Equifax has confirmed", "the hotelier said"; "according to Equifax" below.
                for position in (max(0, index - 4)..<index).reversed() {
                    if names(tokens[position]) || Legacy.pronounSubjects.contains(tokens[position].word) && position == index - 1 {
                        return true
                    }
                    if SpeakerCues.genericReferences.contains(in: tokens, range: position..<(position + 1)) { return true }
                }
                // "Yahoo, which has since been acquired, said": a mention set off by a comma further back.
                for position in max(0, index - 10)..<max(0, index - 4) where names(tokens[position]) {
                    if position + 1 < index, tokens[position + 1].start > tokens[position].end + 1 { return true }
                }
            }
            for match in SpeakerCues.accordingTo.matches(in: tokens) {
                let after = (match.token + match.length)..<min(tokens.count, match.token + match.length + 3)
                if after.contains(where: { names(tokens[$0]) }) || SpeakerCues.genericReferences.contains(in: tokens, range: after) {
                    return true
                }
            }
            return false
        }

        func modifiesNoun(_ tokens: [CueToken], verbAt position: Int) -> Bool {
            guard position >= 2, SpeakerCues.nounDeterminers.contains(tokens[position - 2].word) else { return false }
            let noun = position - 1
            return !names(tokens[noun]) && !SpeakerCues.genericReferences.contains(in: tokens, range: (noun - 1)..<(noun + 1))
                && !Legacy.pronouns.contains(tokens[noun].word)
        }


        func regulatorSpeaks(_ tokens: [CueToken]) -> Bool {
            for (index, token) in tokens.enumerated() where Legacy.agencies.contains(token.word) {
                if index + 1 < tokens.count, Legacy.agencyActions.contains(tokens[index + 1].word) { return true }
                if index >= 2, tokens[index - 2].word == "according", tokens[index - 1].word == "to" { return true }
                if index >= 3, tokens[index - 3].word == "according", tokens[index - 1].word == "the" { return true }
            }
            return false
        }

        func outletReports(_ tokens: [CueToken]) -> Bool {
            for (index, token) in tokens.enumerated() where Legacy.reportVerbs.contains(token.word) && index > 0 {
                let subject = tokens[index - 1]
                if subject.capitalised && !names(subject) && !Legacy.pronouns.contains(subject.word) { return true }
            }
            for match in SpeakerCues.accordingTo.matches(in: tokens) {
                let next = match.token + match.length
                if next < tokens.count, tokens[next].capitalised, !names(tokens[next]) { return true }
            }
            return false
        }

        func namedActorSpeaks(_ tokens: [CueToken]) -> Bool {
            for (index, token) in tokens.enumerated().dropLast()
            where Legacy.claimVerbs.contains(tokens[index + 1].word) && !names(token)
                && (ActorExtractor.isGroupShaped(token) || ActorExtractor.hasInnerMark(token)) {
                return true
            }
            return false
        }

        func nounBeforeVerb(_ tokens: [CueToken], nouns: Set<String>, verbs: Set<String>, window: Int) -> Bool {
            for (index, token) in tokens.enumerated() where nouns.contains(token.word) {
                let range = (index + 1)..<min(tokens.count, index + 1 + window)
                if range.contains(where: { verbs.contains(tokens[$0].word) }) { return true }
            }
            return false
        }
    }

    /// Sentences written for these tests, one or more per rule of `SpeakerCues` and `StanceRules`.
    static let edgeSentences = [
        "The company said 5 million records were taken.", "Hackers claimed they had the data for sale.",
        "The SEC alleged that Acme misled investors.", "Researchers at Foo Labs found the database.",
        "According to Reuters, the breach began in May.", "Acme, which has since been acquired, said it was sorry.",
        "This is what we know from the company so far.", "Acme's own statement named no figure.",
        "LAPSUS$ claimed the attack on Telegram.", "By our count, 40 million people were affected.",
        "The court ruled against Acme.", "It said the data was not accessed.", "Reportedly, no evidence of misuse exists.",
        "The data was announced by Acme.", "Said the company: nothing was lost.", "Acme is working to fix it but said that",
        "The hacker who spoke to the outlet claimed 3 TB.", "Acme reported a loss.", "Wired reported the figure.",
        "The FTC ordered a fine.", "according to the Commission, Acme erred", "The firm could not confirm it.",
        "Acme has confirmed the intrusion, the hacker said.", "Nor were card numbers taken.", "", "said",
    ]

    /// Anchor sets of zero to three words: the resolver's, and some that make `names` true and
    /// take the set path (more than two anchors).
    static func anchorSets(_ resolved: CompanyNames, _ tokens: [[CueToken]]) -> [CompanyNames] {
        let capitalised = tokens.joined().filter(\.capitalised).map(\.word)
        var sets = [resolved, CompanyNames(anchors: []), CompanyNames(anchors: ["acme"]),
                    CompanyNames(anchors: ["acme", "one"]), CompanyNames(anchors: ["acme", "one", "reuters"])]
        if let first = capitalised.first { sets.append(CompanyNames(anchors: [first])) }
        if capitalised.count > 3 {
            sets.append(CompanyNames(anchors: Set(capitalised.suffix(2))))
            sets.append(CompanyNames(anchors: Set(capitalised.prefix(4))))
        }
        return sets
    }

    static func sentenceTokens() -> [(label: String, resolved: CompanyNames, tokens: [[CueToken]])] {
        var result: [(String, CompanyNames, [[CueToken]])] = []
        for document in ExtractionSpeedupRound3Tests.documents() {
            let sentences = SentenceSplitter().sentences(of: document)
            let resolution = AttributionResolver().resolve(sentences, in: document)
            result.append((document.file, resolution.company, resolution.tokens))
        }
        result.append(("edges", CompanyNames(anchors: ["acme"]), edgeSentences.map { CueTokenizer.tokens(of: $0) }))
        return result
    }

    @Test("role and companyStates answer as the Set<String> version; names as the set look-up")
    func speakerCuesMatchLegacy() {
        var roles = 0, named = 0
        for (label, resolved, tokens) in Self.sentenceTokens() {
            for company in Self.anchorSets(resolved, tokens) {
                let cues = SpeakerCues(company: company), legacy = Legacy(company: company)
                for sentence in tokens {
                    let role = cues.role(in: sentence)
                    #expect(role == legacy.role(in: sentence), "\(label): \(sentence.map(\.raw))")
                    #expect(cues.companyStates(sentence) == legacy.companyStates(sentence), "\(label)")
                    if role != nil { roles += 1 }
                    for token in sentence {
                        #expect(company.names(token) == legacy.names(token), "\(label): \(token.raw)")
                        if company.names(token) { named += 1 }
                    }
                }
            }
        }
        #expect(roles > 20 && named > 20)
    }

    @Test("Every list turned into a WordSet answers as a Set<String> of its words, token by token")
    func wordListsMatchSets() {
        let lists: [WordSet] = [
            SpeakerCues.speechVerbs, SpeakerCues.statementVerbs, SpeakerCues.channelNouns, SpeakerCues.learnedFromVerbs,
            SpeakerCues.backPossessives, SpeakerCues.pronouns, SpeakerCues.passiveAuxiliaries, SpeakerCues.pronounSubjects,
            SpeakerCues.attackerNouns, SpeakerCues.claimVerbs, SpeakerCues.agencies, SpeakerCues.agencyActions,
            SpeakerCues.reportVerbs, IncidentHintFinder.incidentNouns, IncidentHintFinder.determiners,
            IncidentHintFinder.earlier, IncidentHintFinder.months, IncidentHintFinder.breakInWords,
            ClauseSplitter.conjunctions, ClauseSplitter.weakConjunctions, ClauseSplitter.subjects,
        ]
        var tokens = Self.sentenceTokens().flatMap { $0.tokens.joined() }
        // Each list's own words (written as they would be, capitalised too) are in the input.
        tokens += lists.flatMap(\.words).flatMap { CueTokenizer.tokens(of: $0 + " " + $0.capitalized) }
        var hits = 0
        for list in lists {
            let reference = Set(list.words)
            #expect(!reference.isEmpty)
            for token in tokens {
                #expect(list.contains(token) == reference.contains(token.word), "\(token.raw)")
                if list.contains(token) { hits += 1 }
            }
        }
        #expect(hits > lists.count)
        // The money lists are asked with a key computed once per word.
        let moneyLists = [MoneyEventClassifier.regulators, MoneyEventClassifier.enforcement, MoneyEventClassifier.litigants,
                          MoneyEventClassifier.attackers, MoneyEventClassifier.security]
        let words = Set(tokens.map(\.word)).union(moneyLists.flatMap(\.words)).union(["SEC", "Sec", "", "se", "securityx"])
        for list in moneyLists {
            let reference = Set(list.words)
            for word in words { #expect(list.contains(word, key: WordSet.key(word)) == reference.contains(word), "\(word)") }
        }
    }

    /// `stance` as it was: the three phrase lists asked in turn, no gate.
    static func referenceStance(_ rules: StanceRules, _ tokens: [CueToken], range: Range<Int>, source: SourceRole) -> Stance {
        if StanceRules.denials.contains(in: tokens, range: range) { return .denied }
        if StanceRules.claimsIn(tokens, range: range) { return .claimed }
        if StanceRules.doubts.contains(in: tokens, range: range) { return .unverified }
        if rules.modalHedgesDoubt, StanceRules.modals.contains(in: tokens, range: range) {
            return source == .attacker ? .claimed : .unverified
        }
        if source == .attacker { return StanceRules.companyConfirms.contains(in: tokens, range: range) ? .confirmed : .claimed }
        return .confirmed
    }

    @Test("The stance gate gives the ungated stance on every sentence and sub-range")
    func stanceGateIsExact() {
        #expect(StanceRules.hedgeLeads != nil)
        var gated = 0, hedged = 0
        let rules = [StanceRules(), StanceRules(modalHedgesDoubt: true)]
        for (label, _, tokens) in Self.sentenceTokens() {
            for sentence in tokens {
                let n = sentence.count
                for range in [0..<n, 0..<(n / 2), (n / 2)..<n, min(1, n)..<n] {
                    if !StanceRules.mayHedge(sentence, range: range) {
                        gated += 1
                        #expect(!StanceRules.denials.contains(in: sentence, range: range)
                                && !StanceRules.claims.contains(in: sentence, range: range)
                                && !StanceRules.doubts.contains(in: sentence, range: range), "\(label)")
                    } else {
                        hedged += 1
                    }
                    for rule in rules {
                        for source in [SourceRole.company, .attacker, .media] {
                            #expect(rule.stance(of: sentence, range: range, source: source)
                                    == Self.referenceStance(rule, sentence, range: range, source: source), "\(label)")
                        }
                    }
                }
            }
        }
        #expect(gated > 0 && hedged > 0)
    }
}
