/// Discrepancies between what sources say happened to one data type in one incident.
///
/// - `revised`: the company's own documents first deny it and later confirm it.
/// - `exposed_vs_denied`: one statement says it was taken (or an attacker claims it), another
///   that it was not, otherwise.
/// - `claimed_vs_confirmed`: an attacker's claim the company confirmed only after its first
///   statement on the data taken had left it out.
/// Documents about different countries (a UK notice, a US filing) are compared only with their
/// own country and with documents that name none.
struct StatusRules {
    var incident: String
    var slot: String
    var entries: [SlotEntry]
    /// Day of the company's first statement about data types in this incident.
    var firstCompanyStatement: Int?
    /// Day of the company's first own document (filing, release, notice) in this incident,
    /// whatever it states.
    var firstCompanyDocument: Int? = nil

    func detect() -> [Finding] {
        let populations = Set(entries.map(\.populationKey)).filter { !$0.isEmpty }.sorted()
        let groups: [[SlotEntry]] = populations.count <= 1
            ? [entries]
            : populations.map { key in entries.filter { $0.populationKey == key || $0.populationKey.isEmpty } }
        return groups.flatMap(detect(in:))
    }

    func detect(in group: [SlotEntry]) -> [Finding] {
        let exposed = group.filter { $0.status == .exposed && !$0.isClaim }
        let authorityExposed = group.contains { $0.status == .exposed && !$0.isClaim && $0.isAuthority }
        // "These additional accounts did not have SSNs" next to an authority saying SSNs were taken
        // for others: the denial is about a part, not a contradiction.
        let denied = group.filter { $0.status == .notExposed && Self.isFirmDenial($0) }
        let claimed = group.filter { $0.status == .claimed || ($0.isClaim && $0.status == .exposed) }
        let own = { (entry: SlotEntry) in entry.fact.source == .company && entry.inCompanyDocument }
        let revision = denied.filter(own).contains { deny in exposed.filter(own).contains { $0.day > deny.day } }
        if revision {
            return [Finding(incident: incident, slot: slot, kind: .revised, entries: denied + exposed,
                            remarks: ["the company first said it was not taken, then that it was"])]
        }
        let contradicting = denied.filter { !(authorityExposed && Self.isSubsetDenial($0)) }
        if !contradicting.isEmpty && !(exposed.isEmpty && claimed.isEmpty) {
            return [Finding(incident: incident, slot: slot, kind: .exposedVsDenied, entries: claimed + exposed + contradicting)]
        }
        let confirmed = exposed.filter { $0.fact.source == .company }
        if !claimed.isEmpty, let firstConfirmation = confirmed.map(\.day).min(), let first = firstCompanyStatement,
           firstConfirmation > first {
            return [Finding(incident: incident, slot: slot, kind: .claimedVsConfirmed, entries: claimed + confirmed,
                            remarks: ["the company's first statement on the data taken left it out"])]
        }
        // The company spoke first without naming the data (an 8-K on the attack), an attacker then
        // claimed it, and a later company statement confirmed it: the claim was borne out.
        if let firstClaim = claimed.filter({ $0.fact.source == .attacker }).map(\.day).min(),
           let firstConfirmation = confirmed.map(\.day).min(), let spoke = firstCompanyDocument,
           spoke < firstClaim, firstClaim < firstConfirmation {
            return [Finding(incident: incident, slot: slot, kind: .claimedVsConfirmed, entries: claimed + confirmed,
                            remarks: ["the attacker claimed it before the company confirmed it"])]
        }
        return []
    }

    /// A denial the speaker hedges ("is not believed to include", "reportedly did not") is not
    /// firm enough to contradict another statement, unless an authority makes it: a company's
    /// "we believe no card data was taken" is its position.
    static func isFirmDenial(_ entry: SlotEntry) -> Bool {
        if entry.isAuthority { return true }
        return !QuoteCues.words(entry.fact.quote).contains { hedges.contains($0) }
    }

    /// A denial about the accounts found later: "the newly identified accounts", "these
    /// additional accounts" (the wording of an addition, `QuoteCues.isIncrement`).
    static func isSubsetDenial(_ entry: SlotEntry) -> Bool {
        QuoteCues.isIncrement(entry.fact.quote) || QuoteCues.words(entry.fact.quote).contains("newly")
    }

    static let hedges: Set<String> = ["believed", "reportedly", "apparently", "appears", "seemingly", "likely"]
}
