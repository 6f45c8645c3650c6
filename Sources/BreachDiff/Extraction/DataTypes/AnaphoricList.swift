/// "The details vary by account. They may include names, ...": a list whose subject is a pronoun
/// and whose own sentence has no breach word. The pronoun stands for data a sentence just before
/// names ("the details", "the records", "the stolen logs"); when the few sentences before it also
/// say that data was taken or reached, the list states what was exposed and inherits that status.
///
/// Only then: a pronoun without such an antecedent ("They include three former officials"), or an
/// antecedent without exposure nearby, gives no fact. The window is short because a pronoun
/// reaches back one or two sentences, not across a page.
enum AnaphoricList {
    /// Subject pronouns, plural and singular; "them" only after a partitive ("some of them").
    static let pluralPronouns: Set<String> = ["they", "them", "these", "those"]
    static let singularPronouns: Set<String> = ["it"]
    /// Verbs that list content, besides the weak triggers: "They show which numbers ...".
    static let listingVerbs: Set<String> = ["show", "shows", "showed", "list", "cover", "covers", "span", "spans"]
    /// Words that may stand between the pronoun and its verb ("may also include", "typically hold").
    static let verbLeads: Set<String> = [
        "may", "might", "could", "can", "also", "often", "typically", "usually", "generally", "mostly", "do",
        "does", "did", "would", "will", "each", "all", "both",
    ]
    /// Nouns (singular) that a pronoun can stand for when it lists data types.
    static let antecedents: Set<String> = [
        "information", "data", "record", "file", "detail", "field", "log", "dataset", "entry", "row", "document",
        "database", "table", "element", "archive", "spreadsheet",
    ]
    /// Determiners of a definite noun phrase, the usual antecedent of a pronoun.
    static let definites: Set<String> = ["the", "these", "those", "its", "their", "our", "such", "this", "that"]
    /// Segments before the list searched for the antecedent, and for the exposure.
    static let antecedentReach = 2
    static let exposureReach = 4

    /// For each segment whose list has a pronoun subject, the introduction it inherits.
    static func intros(segments: [DataTypeExtractor.Segment], input: ExtractionInput,
                       inherited: [ListInheritance.Intro?]) -> [ListInheritance.Intro?] {
        var result = [ListInheritance.Intro?](repeating: nil, count: segments.count)
        var analyses: [Int: DataTypeSentence] = [:]
        func analysis(_ index: Int) -> DataTypeSentence {
            if segments[index].analyzed { return segments[index].analysis }
            if let done = analyses[index] { return done }
            let made = DataTypeSentence(scalars: input.text, range: segments[index].range)
            analyses[index] = made
            return made
        }
        // By index, the segment copied only when it has a mention (most have none).
        for index in segments.indices where index > 0 && inherited[index] == nil && !segments[index].analysis.mentions.isEmpty {
            let segment = segments[index]
            let sentence = segment.analysis
            guard let first = sentence.mentions.first, !sentence.hasBreachContext,
                  let plural = pronounSubject(of: sentence, before: first.first) else { continue }
            func near(_ back: Int) -> Bool {
                back >= 0 && segments[back].block <= segment.block && segments[back].block >= segment.block - 3
            }
            let antecedent = (1...antecedentReach).map { index - $0 }.first {
                near($0) && hasAntecedent(analysis($0), plural: plural)
            }
            guard let antecedent else { continue }
            let window = stride(from: index - 1, through: max(0, min(antecedent, index - exposureReach)), by: -1)
            guard let context = window.first(where: { near($0) && states(exposure: analysis($0)) }) else { continue }
            // The list goes on with the statement about its antecedent: "The company said the
            // records ... But some of them include ..." is still the company's, unless the list
            // has a speaker of its own ("they include ..., the carrier said").
            var attribution = ListInheritance.attribution(at: segment.sentence, input: input)
            let earlier = ListInheritance.attribution(at: segments[antecedent].sentence, input: input)
            if attribution.source == .media, earlier.source != .media { attribution = earlier }
            if attribution.source == .attacker || attribution.stance == .claimed {
                result[index] = .init(status: .claimed, source: attribution.source, stance: attribution.stance)
            } else if analysis(context).hasClaimCue {
                result[index] = .init(status: .claimed, source: .attacker, stance: .claimed)
            } else {
                result[index] = .init(status: .exposed, source: attribution.source, stance: attribution.stance)
            }
        }
        return result
    }

    /// Whether the segment's subject before its first mention is a pronoun with a listing verb
    /// after it: true for a plural pronoun, false for "it", nil for none.
    static func pronounSubject(of sentence: DataTypeSentence, before limit: Int) -> Bool? {
        let tokens = sentence.tokens
        for index in 0..<min(limit, 12) {
            let word = tokens[index].word
            let plural: Bool
            if pluralPronouns.contains(word) {
                // "them" is a subject only as "some of them", "many of them".
                if word == "them", index == 0 || tokens[index - 1].word != "of" { continue }
                plural = true
            } else if singularPronouns.contains(word) {
                plural = false
            } else {
                continue
            }
            var verb = index + 1
            while verb < limit, verbLeads.contains(tokens[verb].word) { verb += 1 }
            guard verb < limit else { return nil }
            let isListing = tokens[verb].cues.contains(.weak) || listingVerbs.contains(tokens[verb].word)
            return isListing ? plural : nil
        }
        return nil
    }

    /// Whether the segment names data with a definite noun phrase that agrees with the pronoun:
    /// "the records", "the stolen logs", "these details" ("data" and "information" agree with both).
    static func hasAntecedent(_ sentence: DataTypeSentence, plural: Bool) -> Bool {
        let tokens = sentence.tokens
        for index in tokens.indices where antecedents.contains(tokens[index].singular) {
            let mass = tokens[index].word == "data" || tokens[index].word == "information"
            guard mass || tokens[index].isPlural == plural else { continue }
            let reach = max(0, index - 2)..<index
            if reach.contains(where: { definites.contains(tokens[$0].word) }) { return true }
        }
        return false
    }

    /// Whether the segment says data was taken, reached or listed as part of a breach (a FAQ
    /// heading "What information was involved?" counts), with no negation that could deny it.
    static func states(exposure sentence: DataTypeSentence) -> Bool {
        guard sentence.hasBreachContext || sentence.hasClaimCue else { return false }
        return !sentence.tokens.contains { ExposureCues.isNegation($0) }
    }
}
