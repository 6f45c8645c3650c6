/// Decides the speaker and stance of each sentence of a document.
///
/// Speaker, first rule that applies:
/// 1. a cue in the sentence itself (`SpeakerCues`: "the company said", "according to the original
///    forum post", "the SEC alleged");
/// 2. inside a quotation: the speaker named where the quotation opens or closes ("T-Mobile said:",
///    "..., the statement said"), else the company when a news quotation speaks as "we";
/// 3. the previous sentence of the same paragraph, when that one had a speaker by rule 1-3 (an
///    attribution carries over the paragraph), or a paragraph lead ending in ":" for the paragraph after;
/// 4. in news, a first-person plural sentence ("we", "our") is a quoted company statement;
/// 5. the document kind's default: filings, releases and notices are the company's; news and blogs
///    the outlet's; forum posts the attacker's.
///
/// Stance comes from `StanceRules` over the whole sentence; the fact builder narrows it to the clause.
public struct AttributionResolver: Sendable {
    public var stanceRules: StanceRules

    public init(stanceRules: StanceRules = StanceRules()) {
        self.stanceRules = stanceRules
    }

    /// Everything the resolver worked out, for the fact builder to reuse.
    public struct Resolution: Sendable {
        public var attributions: [Attribution]
        /// The words of each sentence, offsets relative to the sentence text.
        public var tokens: [[CueToken]]
        /// Each sentence's scalars.
        public var scalars: [[Unicode.Scalar]]
        public var company: CompanyNames
        /// Per sentence index, the end (sentence offset) of a leading clause that has a speaker of
        /// its own: "They took names; Acme has maintained that no cards were taken" names Acme
        /// only for the part after the semicolon.
        public var leadingClauses: [Int: LeadingClause] = [:]

        /// The speaker of a span of sentence `index` that ends at sentence offset `end`.
        public func source(ofSentence index: Int, endingAt end: Int) -> SourceRole {
            if let lead = leadingClauses[index], end <= lead.end { return lead.source }
            return attributions[index].source
        }
    }

    /// A sentence's first clause and the speaker it keeps when a later clause names another.
    public struct LeadingClause: Sendable {
        public var end: Int
        public var source: SourceRole
    }

    public func attributions(for sentences: [Sentence], in document: ParsedDocument) -> [Attribution] {
        resolve(sentences, in: document).attributions
    }

    /// `text`, the document text as scalars when the caller has it, lets each sentence's scalars
    /// be copied out of it instead of decoded from the sentence's string again.
    public func resolve(_ sentences: [Sentence], in document: ParsedDocument, text: [Unicode.Scalar]? = nil) -> Resolution {
        let scalars = sentences.map { Self.scalars(of: $0, in: text) }
        let tokens = scalars.map { CueTokenizer.tokens(of: $0, from: 0, to: nil) }
        let company = Self.companyNames(of: document, sentences: sentences, tokens: tokens)
        let cues = SpeakerCues(company: company)
        // A filing, release or notice is the company's statement throughout: what it reports of
        // regulators or attackers, it reports as its own account.
        // A release an attorney general or agency issues is the regulator's account instead.
        let regulatorRelease = Self.issuedByRegulator(document, tokens: tokens, company: company)
        let ownDocument = Self.defaultSource(of: document.kind) == .company && !regulatorRelease
        // A story about a regulator's enforcement action retells the regulator's findings: what the
        // company "determined" or "found" there is the regulator's account of it.
        let enforcement = document.kind == .news && Self.reportsEnforcement(document)
        let framed = document.kind == .news || document.kind == .blog
        let explicit = tokens.indices.map { index -> SourceRole? in
            if ownDocument { return .company }
            let tokens = tokens[index]
            var role = cues.role(in: tokens)
            if framed { role = Self.framedRole(role, tokens: tokens, scalars: scalars[index], cues: cues) }
            if enforcement, role == .company, !cues.companyStates(tokens) { return nil }
            // "Acme learned of the breach in May": in news, when the company came to know, with no
            // statement of its own, is the outlet's narration.
            if document.kind == .news, role == .company, Self.learnedOf(tokens), !cues.companyStates(tokens) { return nil }
            return role
        }
        let quoted = QuotationSpans.speakers(sentences: sentences, scalars: scalars, explicit: explicit)
        let fallback = enforcement || regulatorRelease ? .regulator : Self.defaultSource(of: document.kind)
        let isNews = document.kind == .news
        let joins = Self.blockJoins(document.blocks)
        var sources: [SourceRole] = []
        var carried: [SourceRole?] = []
        for index in sentences.indices {
            let previous = index > 0 ? index - 1 : nil
            let sameBlock = previous.map {
                sentences[$0].blockIndex == sentences[index].blockIndex || joins[sentences[index].blockIndex]
            } ?? false
            let leadInto = previous.map { !sameBlock && scalars[$0].last(where: { $0 != " " }) == ":" } ?? false
            var source: SourceRole? = explicit[index]
            // "It said ...", "according to their investigation": a pronoun names the speaker just named.
            if let previous, sameBlock, let before = carried[previous],
               source == .company && Self.opensWithPronounSpeech(tokens[index]) || source == nil && Self.backReferencedSource(tokens[index]) {
                source = before
            }
            if source == nil, let quote = quoted[index] { source = quote.speaker ?? (isNews && Self.speaksAsWe(tokens[index]) ? .company : nil) }
            // "Says ..." with no subject: a news brief's bullet, the company relayed.
            if source == nil, isNews, Self.opensWithSpeechVerb(tokens[index]) { source = .company }
            // News gives each sentence its own speaker: the figure after "..., Acme said." is the
            // outlet's own reporting again. What the outlet cannot know itself carries on: a
            // quotation, a denial or hedge ("No card numbers appear to have been taken"), a sentence
            // that adds to the last ("Further, ...") and the next item of a list.
            if source == nil, let previous {
                let listed = sentences[previous].blockIndex != sentences[index].blockIndex && sameBlock
                let relays = quoted[index] != nil || Self.continuesPrevious(tokens[index])
                    || Self.reassuresOrHedges(tokens[index])
                // "According to Acme, ... . For drivers, licence numbers were also exposed.": an opening
                // attribution frames the paragraph.
                let framed = Self.opensWithAccordingTo(tokens[previous])
                if leadInto || (sameBlock && (!isNews || relays || listed || framed)) || (isNews && relays && quoted[index] == nil) {
                    source = carried[previous]
                }
            }
            if source == nil, isNews, Self.speaksAsWe(tokens[index]) { source = .company }
            // An outlet relaying a claim without naming the claimant relays the attacker's claim.
            if source == nil, isNews || document.kind == .blog,
               Self.relaysClaim(tokens[index], scalars[index]) { source = .attacker }
            carried.append(source)
            sources.append(source ?? fallback)
        }
        // In news and blogs a speaker named only after a semicolon speaks for that part alone when
        // the outlet was narrating up to there (the sentence before, in the same paragraph, is its
        // own): "The intruders stayed for weeks. They took names; Acme has maintained that ...".
        // A filing's every clause is the company's anyway.
        var leading: [Int: LeadingClause] = [:]
        if isNews || document.kind == .blog {
            for index in sentences.indices.dropFirst() where explicit[index] != nil && quoted[index] == nil
                && carried[index - 1] == nil && sentences[index - 1].blockIndex == sentences[index].blockIndex {
                guard let cut = scalars[index].firstIndex(of: ";") else { continue }
                let before = tokens[index].prefix { $0.end <= cut }
                guard !before.isEmpty, cues.role(in: Array(before)) == nil,
                      cues.role(in: Array(tokens[index][before.count...])) == explicit[index] else { continue }
                leading[index] = LeadingClause(end: cut, source: fallback)
            }
        }
        let attributions = sources.indices.map { index in
            Attribution(source: sources[index], stance: stanceRules.stance(
                of: tokens[index], range: 0..<tokens[index].count, source: sources[index]))
        }
        return Resolution(attributions: attributions, tokens: tokens, scalars: scalars, company: company,
                          leadingClauses: leading)
    }

    /// `Array(sentence.text.unicodeScalars)`, copied from the document's scalars when they hold the
    /// sentence: a sentence is `text[start..<end]` of its document, which the UTF-8 length checks
    /// cheaply (a hand-built sentence that is not falls back to decoding its own text).
    static func scalars(of sentence: Sentence, in text: [Unicode.Scalar]?) -> [Unicode.Scalar] {
        guard let text, sentence.start >= 0, sentence.start <= sentence.end, sentence.end <= text.count else {
            return Array(sentence.text.unicodeScalars)
        }
        let slice = text[sentence.start..<sentence.end]
        // ASCII (most sentences) has one byte per scalar: an OR over the values, which the compiler
        // vectorises, spares the per-scalar width sum.
        var bits: UInt32 = 0
        for scalar in slice { bits |= scalar.value }
        var length = slice.count
        if bits >= 0x80 {
            length = 0
            for scalar in slice { length += UTF8.width(scalar) }
        }
        return length == sentence.text.utf8.count ? Array(slice) : Array(sentence.text.unicodeScalars)
    }

    /// The company names of `document`, from the cue tokens of its sentences grouped by block.
    static func companyNames(of document: ParsedDocument, sentences: [Sentence], tokens: [[CueToken]]) -> CompanyNames {
        // A company the reader found decides alone: no need to gather the blocks' tokens.
        if let company = document.company, CompanyNames.anchor(of: company) != nil {
            return CompanyNames(document: document, tokensPerBlock: [])
        }
        var tokensPerBlock: [[CueToken]] = Array(repeating: [], count: document.blocks.count)
        for (index, sentence) in sentences.enumerated() where sentence.blockIndex < tokensPerBlock.count {
            // A block's first sentence shares its token array instead of being copied into an empty one.
            if tokensPerBlock[sentence.blockIndex].isEmpty {
                tokensPerBlock[sentence.blockIndex] = tokens[index]
            } else {
                tokensPerBlock[sentence.blockIndex] += tokens[index]
            }
        }
        return CompanyNames(document: document, tokensPerBlock: tokensPerBlock)
    }

    /// Per block, whether it continues the previous block's paragraph: a hard-wrapped line (the
    /// previous block stops without closing punctuation and this one starts in lower case), or the
    /// next item of a list (items of one list share the speaker that introduced them).
    static func blockJoins(_ blocks: [TextBlock]) -> [Bool] {
        var result: [Bool] = []
        result.reserveCapacity(blocks.count)
        var inList = false
        // Each block's last visible scalar is found once and kept for the next block. Why: this
        // ran over every block of every document with the property tables and cost as much as
        // the speaker cues; ASCII is now answered by arithmetic (`BlockEdges`).
        var previousLast: Unicode.Scalar?
        for (index, block) in blocks.enumerated() {
            let blockLast = BlockEdges.lastVisible(block.text)
            defer { previousLast = blockLast }
            guard index > 0 else {
                result.append(false)
                inList = block.kind == .listItem
                continue
            }
            let previousKind = blocks[index - 1].kind
            let last = previousLast
            let open = !(last.map(BlockEdges.closes) ?? true)
            // A long bullet that stops mid-sentence goes on in the next line whatever its first
            // letter ("... in august" / "2013, stole data ..."): a hard-wrapped wire brief.
            let wrappedItem = previousKind == .listItem && block.kind != .listItem && open
                && blocks[index - 1].text.unicodeScalars.count >= 40 && last.map(BlockEdges.isLowercase) == true
            let wrapped = open && (BlockEdges.firstVisible(block.text).map(BlockEdges.isLowercaseOrNumber) == true || wrappedItem)
            let listed = block.kind == .listItem && inList
            result.append(wrapped || listed)
            if block.kind == .listItem { inList = true } else if !wrapped { inList = false }
        }
        return result
    }

    /// The speaker of a sentence without any cue.
    public static func defaultSource(of kind: DocumentKind) -> SourceRole {
        switch kind {
        case .secFiling, .pressRelease, .companyNotice: .company
        case .forum: .attacker
        case .news, .blog, .unknown: .media
        }
    }

    /// Whether a news story reports a regulator's enforcement action: its headline names an agency
    /// next to a fine, penalty or charge ("Agency fines Acme", "Acme's penalty in second agency fine").
    static func reportsEnforcement(_ document: ParsedDocument) -> Bool {
        guard let headline = document.title ?? document.blocks.first?.text else { return false }
        let tokens = CueTokenizer.tokens(of: headline)
        for (index, token) in tokens.enumerated() where SpeakerCues.agencies.contains(token) {
            let near = max(0, index - 2)..<min(tokens.count, index + 3)
            if near.contains(where: { Self.enforcementWords.contains(tokens[$0]) }) { return true }
        }
        return false
    }

    static let enforcementWords: WordSet = [
        "fine", "fines", "fined", "penalty", "penalties", "penalizes", "penalises", "charges", "charged", "sanctions",
        "sanctioned", "settles", "settlement",
    ]

    /// A sentence whose first word is a reporting verb ("Says payment data was not stored", "Believes
    /// the incident is distinct"): the subjectless style of wire briefs, whose subject is the company.
    static func opensWithSpeechVerb(_ tokens: [CueToken]) -> Bool {
        guard let first = tokens.first else { return false }
        return briefVerbs.contains(first)
    }

    static let briefVerbs: WordSet = [
        "says", "said", "believes", "expects", "sees", "estimates", "confirms", "announces", "reports", "adds",
    ]

    /// A sentence that opens by adding to the previous one ("Further, ...", "In addition, ...",
    /// "It also ...") continues its speaker, even into the next paragraph.
    static func continuesPrevious(_ tokens: [CueToken]) -> Bool {
        guard let first = tokens.first else { return false }
        if additiveOpeners.contains(first) { return true }
        if first.isWord("the"), tokens.count > 1, breakdownOpeners.contains(tokens[1]) { return true }
        if first.isWord("in"), tokens.count > 1, tokens[1].isWord("addition") { return true }
        return tokens.count > 1 && (first.isWord("it") || first.isWord("they")) && tokens[1].isWord("also")
    }

    /// A claim word used as a verb or adverb ("claims to hold", "allegedly"), not the noun of a
    /// lawsuit or settlement ("settle the regulators' claims", "their claims").
    static func relaysClaim(_ tokens: [CueToken], _ scalars: [Unicode.Scalar]) -> Bool {
        for match in StanceRules.claims.matches(in: tokens) {
            let token = tokens[match.token]
            guard match.length == 1, token.isWord("claims") || token.isWord("claim"), match.token > 0 else { return true }
            // "billing and claims data": the insurance noun, no assertion.
            let following = tokens[(match.token + 1)..<min(tokens.count, match.token + 5)].map(\.word)
            if ClaimNoun.isNoun(previous: tokens[match.token - 1].word, following: following) { continue }
            let previous = tokens[match.token - 1]
            let possessive = previous.end < scalars.count && (scalars[previous.end] == "'" || scalars[previous.end] == "\u{2019}")
            if !(possessive || claimNounMarkers.contains(previous)) { return true }
        }
        return false
    }

    static let claimNounMarkers: WordSet = [
        "the", "their", "its", "these", "those", "such", "settle", "resolve", "insurance", "legal", "any", "all",
    ]

    /// A denial or hedge: "No card numbers appear to have been taken", "may have included".
    static func reassuresOrHedges(_ tokens: [CueToken]) -> Bool {
        if let first = tokens.first, first.isWord("no") || first.isWord("none") || first.isWord("neither") { return true }
        return StanceRules.denials.contains(in: tokens) || StanceRules.doubts.contains(in: tokens)
            || StanceRules.modals.contains(in: tokens)
    }

    static let additiveOpeners: WordSet = ["further", "furthermore", "additionally", "moreover", "also"]

    /// "learned of", "learnt about", "became aware of": coming to know, not saying.
    static func learnedOf(_ tokens: [CueToken]) -> Bool {
        for index in tokens.indices.dropLast() where tokens[index + 1].isWord("of") || tokens[index + 1].isWord("about") {
            let token = tokens[index]
            if token.isWord("learned") || token.isWord("learnt") || token.isWord("aware") { return true }
        }
        return false
    }

    /// "The remaining 5 million ...", "The rest were ...": the second half of a breakdown the last
    /// sentence began, told by the same speaker.
    static let breakdownOpeners: WordSet = ["remaining", "rest"]

    /// "It said ...", "They added ...": a pronoun subject and a speech verb opening the sentence.
    static func opensWithPronounSpeech(_ tokens: [CueToken]) -> Bool {
        tokens.count > 1 && (tokens[0].isWord("it") || tokens[0].isWord("they"))
            && SpeakerCues.statementVerbs.contains(tokens[1])
    }

    /// "According to their investigation", "according to its findings": the source is whoever the
    /// possessive points back to, the speaker of the sentence before.
    static func backReferencedSource(_ tokens: [CueToken]) -> Bool {
        for match in SpeakerCues.accordingTo.matches(in: tokens) {
            let next = match.token + match.length
            if next < tokens.count, SpeakerCues.backPossessives.contains(tokens[next]) { return true }
        }
        return false
    }

    /// A sentence that opens "According to ...".
    static func opensWithAccordingTo(_ tokens: [CueToken]) -> Bool {
        tokens.count > 2 && tokens[0].isWord("according") && tokens[1].isWord("to")
    }

    static func speaksAsWe(_ tokens: [CueToken]) -> Bool {
        tokens.contains { $0.isWord("we") || $0.isWord("our") || $0.isWord("we're") || $0.isWord("we've") }
    }
}
