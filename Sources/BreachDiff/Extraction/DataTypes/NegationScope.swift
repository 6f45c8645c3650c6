/// Decides whether a data-type mention lies inside a denial, within its clause.
///
/// Reach of a negation cue:
/// - forward, from the cue to the end of the clause: "no phone numbers, account numbers, PINs or
///   passwords were compromised", "did not include X, Y or Z", "no evidence that X was accessed";
/// - backward, for a verbal negation only ("not", "never", "wasn't"), from the cue back to the
///   start of the clause unless a breach verb stands in between: "Passwords and SSNs were NOT
///   accessed", but not "Names were exposed and SSNs were not" for the names.
/// A clause ends at ";" and at "but", "however", "rather", ... (`ExposureCues.clauseBreaks`).
enum NegationScope {
    enum Reading: Equatable {
        /// No negation reaches the mention.
        case none
        /// The mention is denied.
        case denied
        /// A negation makes the clause an admission of ignorance ("not yet determined whether"),
        /// or the denial is partial ("over 99 percent of ... were not"), so no status follows.
        case open
        /// "has not been able to rule out" that it was taken: a possible exposure.
        case notRuledOut
    }

    static func reading(of mention: DataTypeSentence.Mention, in sentence: DataTypeSentence) -> Reading {
        let tokens = sentence.tokens
        let clause = sentence.clause(of: mention.first)
        // Uncertainty before the mention ("unclear whether", "if they are") leaves it open, unless
        // it opens a clause of its own that a comma and a reporting verb close: in "Asked whether
        // users should worry about PINs, a spokeswoman said no PINs were taken" the answer is firm.
        var uncertain = false
        var commaAfterUncertainty = false
        for index in clause.lowerBound..<mention.first {
            let token = tokens[index]
            if token.isWord, token.cues.contains(.uncertainty) {
                uncertain = true
                commaAfterUncertainty = false
            } else if uncertain, token.word == "," {
                commaAfterUncertainty = true
            } else if uncertain, commaAfterUncertainty, token.isWord, reportingVerbs.contains(token.word) {
                uncertain = false
            }
        }
        if uncertain { return .open }
        var reading = Reading.none
        for index in clause where ExposureCues.isNegation(tokens[index]) {
            let forward = index < mention.first
            let backward = index > mention.last
            guard forward || backward else { continue }
            switch effect(ofNegationAt: index, in: tokens, clause: clause) {
            case .cancelled: continue
            case .uncertain: if forward { return .open } else { continue }
            case .notRuledOut: reading = .notRuledOut; continue
            case .denial: break
            }
            if forward, reachesForward(from: index, to: mention.first, in: tokens) {
                // "Earlier we told guests that no PINs were affected", "after saying earlier that it
                // had no sign PINs were involved": a denial the speaker has since taken back.
                if retracted(negationAt: index, clause: clause, in: tokens) { return .open }
                return partialOrQualified(mention, negationAt: index, in: sentence) ? .open : .denied
            }
            if backward, ExposureCues.isVerbalNegation(tokens[index]),
               !(mention.last + 1..<index).contains(where: { ExposureCues.isStrongTrigger(tokens[$0]) }),
               !affirmedByOnly(mention, in: sentence, clause: clause),
               !newSubject(between: mention.last + 1, and: index, in: sentence) {
                if retracted(negationAt: index, clause: clause, in: tokens) { return .open }
                return partialOrQualified(mention, negationAt: index, in: sentence) ? .open : .denied
            }
        }
        return reading
    }

    private enum Effect { case denial, cancelled, uncertain, notRuledOut }

    /// Verbs that start a reported statement after an introductory clause ("..., she said").
    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "tells", "stated", "states", "added", "explained", "noted", "replied", "answered",
        "responded", "wrote", "writes",
    ]

    /// "contained only a name and a date of birth": "only" before a mention (determiners and the
    /// earlier items of the list may stand between) says what was there, so a later negation
    /// cannot deny it.
    private static func affirmedByOnly(_ mention: DataTypeSentence.Mention, in sentence: DataTypeSentence, clause: Range<Int>) -> Bool {
        let tokens = sentence.tokens
        var index = mention.first - 1
        while index >= clause.lowerBound {
            let token = tokens[index]
            if token.word == "only" { return true }
            if let earlier = sentence.mentions.last(where: { $0.first <= index && index <= $0.last }) {
                index = earlier.first - 1
                continue
            }
            guard token.cues.contains(.determiner) || token.cues.contains(.listGlue) else { return false }
            index -= 1
        }
        return false
    }

    /// ", and the people concerned are not at risk": a new clause with a subject of its own
    /// (a comma, a conjunction, then a determiner or pronoun) between the mention and a verbal
    /// negation, with no data-type mention after it, takes the negation for its own subject.
    private static func newSubject(between start: Int, and negation: Int, in sentence: DataTypeSentence) -> Bool {
        let tokens = sentence.tokens
        var index = start
        while index + 2 < negation {
            if tokens[index].word == ",", ["and", "while", "so", "yet"].contains(tokens[index + 1].word),
               tokens[index + 2].cues.contains(.determiner) || subjectPronouns.contains(tokens[index + 2].word) {
                let later = (index + 2)..<negation
                // "... and the new records did not contain them": a pronoun object points back at the data.
                let object = (negation + 1)..<min(tokens.count, negation + 4)
                if object.contains(where: { ["them", "it", "those", "these", "any", "either"].contains(tokens[$0].word) }) { return false }
                return !sentence.mentions.contains { later.contains($0.first) }
            }
            index += 1
        }
        return false
    }

    /// Pronouns that open a clause of their own.
    private static let subjectPronouns: Set<String> = ["they", "those", "these", "we", "it", "he", "she", "that", "this"]

    /// What the words right after a negation cue make of it.
    private static func effect(ofNegationAt index: Int, in tokens: [WordToken], clause: Range<Int>) -> Effect {
        let window = (index + 1)..<min(index + 6, clause.upperBound)
        // "is NOT asking for card numbers", "will never call you about": a negated verb of
        // asking or contacting says what the company will not request (a scam warning); "SSNs
        // were not encrypted", "weren't hashed": a negated protection says how the data was kept.
        // Neither says what escaped the breach.
        if ExposureCues.isVerbalNegation(tokens[index]), window.prefix(2).contains(where: {
            requestVerbs.contains(tokens[$0].word) || protectionWords.contains(tokens[$0].word)
        }) {
            return .cancelled
        }
        // A negated infinitive ("asked not to be named", "chose not to say") is about what someone
        // does, not about what escaped the breach.
        if ExposureCues.isVerbalNegation(tokens[index]), index + 1 < tokens.count, tokens[index + 1].word == "to" {
            return .cancelled
        }
        var position = window.lowerBound
        while position < window.upperBound {
            let word = tokens[position].word
            if position == index + 1, tokens[position].cues.contains(.canceller) { return .cancelled }
            if word == "rule" || word == "ruled" {
                return position + 1 < tokens.count && tokens[position + 1].word == "out" ? .notRuledOut : .denial
            }
            // "not yet determined", "cannot confirm": only right after the cue, so that "did not
            // include passwords in clear text" stays a denial.
            if position <= index + 2, tokens[position].cues.contains(.uncertainAfterNegation) { return .uncertain }
            position += 1
        }
        // "no." or "No 5" is an abbreviation of number, not a denial.
        if tokens[index].word == "no", index + 1 < tokens.count,
           tokens[index + 1].word == "." || tokens[index + 1].kind == .number {
            return .cancelled
        }
        return .denial
    }

    /// Verbs of asking for or contacting about data; negated, they warn of impostors.
    static let requestVerbs: Set<String> = [
        "ask", "asks", "asking", "request", "requests", "requesting", "solicit", "solicits", "soliciting",
        "seek", "seeks", "seeking", "call", "calls", "calling", "emailing", "texting", "phoning",
    ]

    /// States of protection; negated, they describe storage, not exposure.
    static let protectionWords: Set<String> = [
        "encrypted", "hashed", "salted", "masked", "tokenized", "tokenised", "redacted", "obfuscated",
        "protected", "secured", "safeguarded",
    ]

    /// Words that put a statement in the past, before something changed it.
    static let earlierWords: Set<String> = ["earlier", "previously", "initially", "originally"]

    /// Verbs that report a statement.
    static let statementVerbs: Set<String> = [
        "said", "saying", "told", "telling", "stated", "stating", "claimed", "claiming", "maintained", "insisted",
    ]

    /// Whether the denial at `negation` is reported as an earlier statement: before it in its
    /// clause, a reporting verb with "earlier" or "previously" at most two words away ("saying
    /// earlier", "previously said", "Earlier we told"). Such a denial is history, not what the
    /// document says now. "its earlier analysis" (no reporting verb next to it) and "As earlier
    /// statements made clear, ... found no evidence" stay denials.
    private static func retracted(negationAt negation: Int, clause: Range<Int>, in tokens: [WordToken]) -> Bool {
        let before = clause.lowerBound..<negation
        return before.contains { verb in
            statementVerbs.contains(tokens[verb].word)
                && (max(before.lowerBound, verb - 2)..<min(before.upperBound, verb + 3)).contains { earlierWords.contains(tokens[$0].word) }
        }
    }

    /// A forward denial stops at a purpose clause about something else: in "no evidence that the
    /// key needed to decrypt the passport numbers was accessed" the key is denied, not the numbers.
    /// It also stops at a colon when no breach or listing verb came between: in "the tally has not
    /// moved since January: 40 million cards, and names ..." the negation is the tally's.
    private static func reachesForward(from negation: Int, to mention: Int, in tokens: [WordToken]) -> Bool {
        var index = negation + 1
        while index < mention {
            let word = tokens[index].word
            if word == ":", !(negation + 1..<index).contains(where: { ExposureCues.isTrigger(tokens[$0]) || tokens[$0].cues.contains(.container) }) {
                return false
            }
            // "SSNs were not part of the card data involved": the data after "part of" is the set
            // the others are denied to belong to, not a denied item itself.
            if word == "part", index + 1 < mention, tokens[index + 1].word == "of", mention - index <= 4 { return false }
            if (word == "needed" || word == "required") && index + 1 < mention && tokens[index + 1].word == "to" { return false }
            if word == "to", index + 1 < mention, ["decrypt", "decipher", "unlock"].contains(tokens[index + 1].word) { return false }
            index += 1
        }
        return true
    }

    /// A denial of a part ("over 99 percent of SSNs were not compromised", "in most cases didn't
    /// include") or of one form ("passwords in clear text") does not deny the data type.
    private static func partialOrQualified(_ mention: DataTypeSentence.Mention, negationAt negation: Int, in sentence: DataTypeSentence) -> Bool {
        let tokens = sentence.tokens
        let clause = sentence.clause(of: mention.first)
        let lower = max(clause.lowerBound, min(negation, mention.first) - 6)
        for index in lower..<mention.first where tokens[index].cues.contains(.partial) {
            // "not all" is partial; "no/not ... any" and "all of" after a plain "no" are not cues here.
            if tokens[index].word == "all", index != negation + 1 { continue }
            return true
        }
        let formWindow = max(clause.lowerBound, mention.first - 2)..<min(clause.upperBound, mention.last + 4)
        return formWindow.contains { tokens[$0].cues.contains(.form) }
    }
}
