/// Finds the triggers of one sentence whose conditions hold.
struct TriggerMatcher {
    /// A trigger found at token indices `first...last`.
    struct Match: Sendable {
        var first: Int
        var last: Int
        var trigger: EventTrigger
    }

    let tokens: [DateToken]

    /// Every trigger in `range` (token indices) whose condition holds, longest phrase at a position.
    func matches(in range: Range<Int>) -> [Match] {
        var result: [Match] = []
        var index = range.lowerBound
        // Read once, outside the loop: each read of a static global goes through `swift_once`.
        let firstWords = TriggerLexicon.firstWords
        let byFirstWord = TriggerLexicon.byFirstWord
        while index < range.upperBound {
            let token = tokens[index]
            guard token.kind == .word, firstWords.mayContain(token.key), let candidates = byFirstWord[token.key] else {
                index += 1
                continue
            }
            var matched = false
            for trigger in candidates where phrase(trigger.words, at: index, in: range) {
                let last = index + trigger.words.count - 1
                if holds(trigger.condition, first: index, last: last, in: range) {
                    result.append(Match(first: index, last: last, trigger: trigger))
                    index = last + 1
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return result
    }

    private func phrase(_ words: [UInt64], at index: Int, in range: Range<Int>) -> Bool {
        guard index + words.count <= range.upperBound else { return false }
        for (offset, word) in words.enumerated() where !tokens[index + offset].isWord(word) { return false }
        return true
    }

    /// Whether a word of `set` lies in `lower...upper` (clamped to the sentence).
    func any(_ set: Set<UInt64>, from lower: Int, to upper: Int, in range: Range<Int>) -> Bool {
        let low = max(lower, range.lowerBound)
        let high = min(upper, range.upperBound - 1)
        guard low <= high else { return false }
        for index in low...high where tokens[index].kind == .word && set.contains(tokens[index].key) { return true }
        return false
    }

    private func holds(_ condition: EventTrigger.Condition, first: Int, last: Int, in range: Range<Int>) -> Bool {
        switch condition {
        case .none:
            return true
        case .breachNearby:
            return any(TriggerLexicon.breachWords, from: first - 8, to: first - 1, in: range)
                || any(TriggerLexicon.breachWords, from: last + 1, to: last + 5, in: range)
                || any(TriggerLexicon.agentWords, from: range.lowerBound, to: first - 1, in: range)
        case .agentBefore:
            // "an attacker who got hold of a password ... and reached internal systems": the
            // intruder, named earlier, is the subject; "reached an agreement", "reached $5 million"
            // are no access whoever the subject is.
            if any(TriggerLexicon.agentWords, from: first - 3, to: first - 1, in: range) { return true }
            guard last + 1 < range.upperBound, tokens[last + 1].kind == .word,
                  !any(TriggerLexicon.outcomeWords, from: last + 1, to: last + 2, in: range) else { return false }
            return any(TriggerLexicon.agentWords, from: range.lowerBound, to: first - 1, in: range)
        case .breachBefore:
            return any(TriggerLexicon.breachWords, from: first - 5, to: first - 1, in: range)
        case .discoveryObject:
            // "the intruders were inside ... and its staff noticed them on July 29": with the
            // intruder named earlier, the verb's object is them.
            // "the breach was detected in late January": a passive whose subject is the breach.
            return any(TriggerLexicon.discoveryObjects, from: last + 1, to: last + 5, in: range)
                || any(TriggerLexicon.personObjects, from: last + 1, to: last + 1, in: range)
                    && any(TriggerLexicon.agentWords, from: range.lowerBound, to: first - 1, in: range)
                || passive(before: first, in: range)
                    && any(TriggerLexicon.breachWords.subtracting(TriggerLexicon.pronouns), from: first - 4, to: first - 1, in: range)
                || relativeObject(before: first, in: range)
        case .breachAfter:
            return any(TriggerLexicon.breachWords.subtracting(TriggerLexicon.pronouns), from: last + 1, to: last + 8, in: range)
        case .filingNearby:
            // "papers filed in federal court": a court record (the linker keeps it only as a
            // settlement's date).
            return any(TriggerLexicon.filingWords, from: first - 6, to: last + 6, in: range)
                || any(TriggerLexicon.courtWords, from: last + 1, to: last + 4, in: range)
        case .accessObject:
            return any(TriggerLexicon.accessWords, from: last + 1, to: last + 4, in: range)
        case .peopleAfter:
            return any(TriggerLexicon.peopleWords, from: last + 1, to: last + 4, in: range)
        case .settlementAfter:
            return any(TriggerLexicon.settlementWords, from: last + 1, to: last + 6, in: range)
        case .credentialsBefore:
            // "used those credentials to reach", "using a stolen password to log into".
            let low = max(range.lowerBound, first - 5)
            guard low < first else { return false }
            return (low..<first).contains { index in
                tokens[index].kind == .word && TriggerLexicon.credentialWords.contains(tokens[index].key)
                    && any(TriggerLexicon.meansWords, from: index - 4, to: index - 1, in: range)
            }
        case .intruderContact:
            // "the hackers contacted the firm", not "the hackers contacted reporters".
            guard any(TriggerLexicon.agentWords, from: first - 3, to: first - 1, in: range) else { return false }
            return !any(TriggerLexicon.nonCompanyAddressees, from: last + 1, to: last + 3, in: range)
        case .payee:
            // "it paid the regulator's office $16 million"; "the hackers were paid $100,000" is a ransom.
            guard any(TriggerLexicon.payeeWords, from: last + 1, to: last + 12, in: range) else { return false }
            return !any(TriggerLexicon.ransomWords, from: range.lowerBound, to: range.upperBound - 1, in: range)
        case .periodAfter:
            guard any(TriggerLexicon.periodWords, from: last + 1, to: last + 1, in: range) else { return false }
            return any(TriggerLexicon.breachWords.subtracting(TriggerLexicon.pronouns), from: range.lowerBound, to: first - 1, in: range)
        case .dataSubject:
            return any(EventLinker.dataNouns, from: first - 4, to: first - 1, in: range)
        case .toldOfBreach:
            guard !passive(before: first, in: range) else { return false }
            var index = last + 1
            while index < min(range.upperBound, last + 5) {
                let token = tokens[index]
                guard token.kind == .word else { return false }
                if TriggerLexicon.peopleWords.contains(token.key) { return false }
                if token.key == DateWords.of {
                    return index > last + 1 && any(TriggerLexicon.discoveryObjects, from: index + 1, to: index + 4, in: range)
                }
                index += 1
            }
            return false
        case .noRansom:
            return !any(TriggerLexicon.ransomWords, from: range.lowerBound, to: range.upperBound - 1, in: range)
        case .peopleIfPassive:
            // "customers were notified" notified them; "the company was first notified of a flaw"
            // received a notice, which dates no notification of the people affected.
            guard passive(before: first, in: range) else { return true }
            return any(TriggerLexicon.peopleWords, from: first - 8, to: first - 1, in: range)
        }
    }

    /// "was notified", "were first notified": an auxiliary right before, or one word before that.
    private func passive(before first: Int, in range: Range<Int>) -> Bool {
        any(TriggerLexicon.passiveAuxiliaries, from: first - 1, to: first - 1, in: range)
            || (first - 1 >= range.lowerBound && tokens[first - 1].kind == .word
                && any(TriggerLexicon.passiveAuxiliaries, from: first - 2, to: first - 2, in: range))
    }
}

extension TriggerLexicon {
    static let pronouns: Set<UInt64> = Set(["it", "this", "data"].map(DateTokenizer.hash))
    static let material = DateTokenizer.hash("material")
    static let determined = DateTokenizer.hash("determined")
}
