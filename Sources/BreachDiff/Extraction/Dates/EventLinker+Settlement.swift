/// Dates of settlements told through their announcement or their court record: "..., the
/// agencies announced on Monday", "..., according to papers filed in federal court on Wednesday".
extension EventLinker {
    /// "... under a settlement with the regulators, the agencies announced on Monday": an
    /// announcement dated by a day, after a settlement and with no breach word between them,
    /// announces that settlement. "a settlement relating to the incident the company announced in
    /// July 2019" announced the incident.
    func announcesSettlement(_ match: TriggerMatcher.Match, _ mention: DateMention, in sentence: Range<Int>) -> Bool {
        guard mention.firstToken > match.last, mention.value?.precision == .day || mention.value == nil else { return false }
        // The parties of a settlement can take many words ("with the Federal Trade Commission, the
        // ... and 50 states"), so look back over 24 words, stopping at a breach word.
        var index = match.first - 1
        var words = 0
        while index >= sentence.lowerBound, words < 24 {
            let token = tokens[index]
            if token.kind == .word {
                if TriggerLexicon.settlementWords.contains(token.key) { return true }
                if TriggerLexicon.breachWords.contains(token.key) { break }
                words += 1
            }
            index -= 1
        }
        return opensWithSettlement(before: match.first, in: sentence)
    }

    /// "X will pay $9 million to settle a class action ..., lawyers for the plaintiffs said in a
    /// court filing on Friday": a filing dated by a day that reports a sentence opening with a
    /// settlement (no breach word first) is the settlement's record; it dates the settlement, as an
    /// announcement by the parties does.
    func filesSettlement(_ match: TriggerMatcher.Match, _ mention: DateMention, in sentence: Range<Int>) -> Bool {
        guard mention.firstToken > match.last, mention.value?.precision == .day || mention.value == nil else { return false }
        return opensWithSettlement(before: match.first, in: sentence)
    }

    /// The last token of the object an announcement verb's settlement word may sit in: four
    /// words, whatever numbers and marks lie between ("announced an $18.5 million settlement").
    func announcedObjectEnd(after last: Int, in sentence: Range<Int>) -> Int {
        var index = last + 1
        var words = 0
        while index < sentence.upperBound, words < 4 {
            let token = tokens[index]
            // The object ends at a clause mark or at a date ("disclosed in 2024, according to
            // settlement papers" disclosed the breaches, not the settlement).
            if token.kind == .punctuation, !(token.isPunctuation("$") || token.isPunctuation(".")), index > last + 1,
               !(token.isPunctuation(",") && tokens[index - 1].kind == .number && index + 1 < sentence.upperBound
                 && tokens[index + 1].kind == .number) { break }
            if token.kind == .number, token.digits == 4, !tokens[index - 1].isPunctuation("$") { break }
            if token.kind == .word { words += 1 }
            index += 1
        }
        return index - 1
    }

    /// "papers filed in federal court": a court word after the trigger and no SEC word around it.
    func courtFiling(_ match: TriggerMatcher.Match, in sentence: Range<Int>) -> Bool {
        let matcher = TriggerMatcher(tokens: tokens)
        return matcher.any(TriggerLexicon.courtWords, from: match.last + 1, to: match.last + 4, in: sentence)
            && !matcher.any(TriggerLexicon.filingWords.subtracting([Self.filingWord]), from: match.first - 6,
                            to: match.last + 6, in: sentence)
    }

    static let filingWord = DateTokenizer.hash("filing")

    /// "X has agreed to pay $5 million to resolve claims ... over the 2019 breach, the attorneys
    /// general announced on Wednesday": a reporting clause after a comma announces the sentence's
    /// main clause. When that clause names a settlement before any breach word (the breach sits in
    /// its object), the announcement dates the settlement.
    func opensWithSettlement(before announcement: Int, in sentence: Range<Int>) -> Bool {
        var index = sentence.lowerBound
        while index < announcement {
            let token = tokens[index]
            if token.kind == .word {
                if TriggerLexicon.breachWords.contains(token.key) { return false }
                if TriggerLexicon.settlementWords.contains(token.key) { break }
            }
            index += 1
        }
        guard index < announcement else { return false }
        return (index..<announcement).contains { tokens[$0].isPunctuation(",") }
    }
}
