/// Where a date attaches when a comma separates it from a trigger, and dates that bound a legal
/// scope rather than an event.
extension EventLinker {
    /// "the figures the carrier gave on Tuesday, the breach now affects ...": a date that closes a
    /// clause with a verb of its own modifies that verb; a trigger after the comma does not take it.
    /// A date that opens its clause ("On Tuesday, hackers ...", "that on July 19, 2019, it
    /// determined ...") or closes an introductory phrase ("In a filing on Friday, the firm ...")
    /// still reaches forward.
    func closesOwnClause(_ mention: DateMention, in sentence: Range<Int>) -> Bool {
        guard mention.lastToken + 1 < sentence.upperBound, tokens[mention.lastToken + 1].isPunctuation(",") else {
            return false
        }
        var start = mention.firstToken
        while start > sentence.lowerBound, !opensClause(after: tokens[start - 1]) {
            start -= 1
            // "What happened On July 19, 2019, we determined": a heading run into its paragraph; a
            // capitalised opener inside a sentence starts the real one.
            if tokens[start].capitalized, Self.introductoryWords.contains(tokens[start].key) { break }
        }
        guard start < mention.firstToken else { return false }
        let opener = tokens[start]
        if opener.kind == .word, Self.introductoryWords.contains(opener.key) { return false }
        return (start..<mention.firstToken).contains { finiteVerb(tokens[$0]) }
    }

    /// A comma, colon, semicolon, dash, bracket or quote, or a word that opens a subordinate clause
    /// ("that", "which", "when"): what comes after it starts a clause of its own.
    func opensClause(after token: DateToken) -> Bool {
        switch token.kind {
        case .punctuation:
            return !(token.isPunctuation(".") || token.isPunctuation("'") || token.isPunctuation("\u{2019}")
                || token.isPunctuation("-") || token.isPunctuation("/"))
        case .word:
            return TriggerLexicon.clauseBreaks.contains(token.key)
        case .number:
            return false
        }
    }

    /// A past-tense or reporting verb: a word ending in "-ed" or a common irregular form ("gave",
    /// "said", "told"). No tagger; the suffix test is enough to tell a clause with a verb from a
    /// bare introductory phrase.
    func finiteVerb(_ token: DateToken) -> Bool {
        guard token.kind == .word else { return false }
        if Self.irregularVerbs.contains(token.key) { return true }
        guard token.end - token.start > 3 else { return false }
        return scalars[token.end - 2] == "e" && scalars[token.end - 1] == "d"
    }

    /// "The penalty only relates to the breach from 25 March 2018": an open period ("from X",
    /// "since X", "after X") after a verb of scope bounds what a fine, order or claim covers; it is
    /// not when the intrusion began.
    func boundsScope(_ mention: DateMention, match: TriggerMatcher.Match, in sentence: Range<Int>) -> Bool {
        guard mention.boundary == .start || mention.qualifier == .after, mention.shape == .single else { return false }
        let before = min(match.first, mention.firstToken)
        guard before > sentence.lowerBound else { return false }
        return (sentence.lowerBound..<before).contains { tokens[$0].kind == .word && Self.scopeWords.contains(tokens[$0].key) }
    }

    /// Words that open a phrase before the clause's subject: prepositions and time adverbs.
    static let introductoryWords: Set<UInt64> = Set([
        "on", "in", "at", "by", "since", "after", "before", "during", "from", "between", "until", "as", "of",
        "late", "early", "earlier", "later", "last", "then", "also", "separately", "meanwhile", "and", "or", "but",
        "around", "about", "following", "within", "throughout", "over", "starting", "beginning",
    ].map(DateTokenizer.hash))

    static let irregularVerbs: Set<UInt64> = Set([
        "said", "says", "say", "told", "tells", "gave", "gives", "give", "made", "makes", "took", "takes", "wrote",
        "writes", "found", "finds", "saw", "knew", "came", "went", "began", "sent", "held", "left", "lost", "paid",
        "sold", "put", "got", "is", "was", "were", "are", "has", "had", "have",
    ].map(DateTokenizer.hash))

    static let scopeWords: Set<UInt64> = Set([
        "relates", "relate", "relating", "pertains", "pertain", "pertaining", "covers", "cover", "covering",
        "applies", "apply", "limited", "confined", "restricted",
    ].map(DateTokenizer.hash))
}
