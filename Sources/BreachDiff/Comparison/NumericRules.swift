/// Discrepancies between figures (counts, counts of data items, amounts of money) of one
/// incident and slot. See docs/comparison.md for the rules in prose.
struct NumericRules {
    var incident: String
    var slot: String
    var entries: [SlotEntry]
    var isCount: Bool

    func detect() -> [Finding] {
        var findings: [Finding] = []
        let parts = rangeParts()
        let (recallFindings, recalls) = checkRecalls(excluding: parts)
        findings += recallFindings
        let (slipFindings, slips) = isCount ? checkScaleSlips(excluding: recalls) : ([], [])
        findings += slipFindings
        // A hedged figure ("may affect") is a possibility: neither compared nor a claim.
        // A denied figure ("denied that the 70 million records came from it") confirms nothing: it is
        // set against the confirmed figures apart (`checkDenials`), never a revision or a rival.
        let denied = entries.indices.filter { !entries[$0].isClaim && entries[$0].fact.stance == .denied }
        let firm = entries.indices.filter {
            !entries[$0].isClaim && !entries[$0].hedged && !recalls.contains($0) && !slips.contains($0) && !parts.contains($0)
                && entries[$0].fact.stance != .denied
        }
        let populations = Dictionary(grouping: firm, by: { entries[$0].populationKey + "|" + entries[$0].comparable })
        var authorityTotals: [String: [(SlotEntry, Int64)]] = [:]
        for key in populations.keys.sorted() {
            let (found, totals) = checkRevisions(populations[key]!)
            findings += found
            authorityTotals[key] = totals
            findings += checkCrossSource(populations[key]!, totals: totals)
        }
        findings += checkClaims(firm: firm, excluding: slips)
        findings += checkDenials(denied, firm: firm)
        if isCount {
            findings += checkUnits(firm: firm)
            findings += checkPopulationLabels(firm: firm)
        }
        return findings
    }

    func finding(_ kind: DiscrepancyKind, _ indices: [Int], derived: [SlotValue] = [], remarks: [String] = []) -> Finding {
        Finding(incident: incident, slot: slot, kind: kind, entries: indices.map { entries[$0] }, derived: derived, remarks: remarks)
    }

    /// A vague or stated range ("tens of millions", "between 60 and 70 million"): an interval,
    /// never a point figure.
    func isRange(_ index: Int) -> Bool {
        if case .count(let count) = entries[index].fact.payload { return count.qualifier == .range }
        return false
    }

    /// Ranges that are parts of a larger figure of their document ("between 60 and 70 million
    /// are members, the remaining 8.8 to 18.8 million customers" beside a total of 78.8 million):
    /// a part of a total is neither a revision nor a rival of it.
    func rangeParts() -> Set<Int> {
        Set(entries.indices.filter { index in
            guard isRange(index), let high = entries[index].bounds?.high else { return false }
            return entries.indices.contains {
                $0 != index && !isRange($0) && entries[$0].fact.file == entries[index].fact.file
                    && entries[$0].comparable == entries[index].comparable
                    && Double(entries[$0].number ?? 0) > high * (1 + ValueBounds.pointTolerance)
            }
        })
    }

    func overlaps(_ a: Int, _ b: Int) -> Bool {
        guard let x = entries[a].bounds, let y = entries[b].bounds else { return false }
        return x.overlaps(y)
    }

    /// A quote that recalls an earlier figure must match the figures stated before it.
    func checkRecalls(excluding parts: Set<Int> = []) -> ([Finding], Set<Int>) {
        var findings: [Finding] = []
        var recalls: Set<Int> = []
        for index in entries.indices {
            guard let recall = entries[index].recall, !entries[index].isClaim else { continue }
            recalls.insert(index)
            let entry = entries[index]
            var earlier = entries.indices.filter {
                $0 != index && entries[$0].recall == nil && !entries[$0].isClaim && entries[$0].day < entry.day
                    && entries[$0].comparable == entry.comparable && samePopulation($0, index)
            }
            if recall == .first, let first = earlier.map({ entries[$0].day }).min() {
                earlier = earlier.filter { entries[$0].day == first }
            }
            // "well below the initial estimate of up to 100,000": an authority that recalls its own
            // earlier figure beside a new one, when no earlier document of the folder states it,
            // reports its revision itself ("up to 100,000" cut to "about 8,000" is a revision even
            // though the bounds overlap).
            if earlier.isEmpty, entry.isAuthority {
                let current = entries.indices.filter {
                    $0 != index && entries[$0].recall == nil && !entries[$0].isClaim && !entries[$0].hedged && !parts.contains($0)
                        && entries[$0].fact.file == entry.fact.file && entries[$0].fact.source == entry.fact.source
                        && entries[$0].comparable == entry.comparable && entries[$0].population == entry.population
                        && !ValueBounds.samePoint(entries[$0].number ?? 0, entry.number ?? 0)
                }
                if !current.isEmpty {
                    findings.append(finding(.revised, [index] + current, remarks: ["the earlier figure is recalled in the later statement"]))
                }
                continue
            }
            guard !earlier.isEmpty, !earlier.contains(where: { overlaps($0, index) }) else { continue }
            findings.append(finding(.conflict, [index] + earlier,
                                    remarks: ["the figure is given as an earlier statement but no earlier statement says it"]))
        }
        return (findings, recalls)
    }

    func samePopulation(_ a: Int, _ b: Int) -> Bool {
        entries[a].population.isEmpty || entries[b].population.isEmpty || entries[a].population == entries[b].population
    }

    /// A figure that is another figure of the slot divided by a thousand or a million.
    func checkScaleSlips(excluding recalls: Set<Int>) -> ([Finding], Set<Int>) {
        var slips: Set<Int> = []
        var involved: [Int] = []
        // A writer's unverified figure can slip a scale too ("500,000 accounts" for 500 million);
        // an attacker's own figure is a claim, not a slip.
        // Partners are looked up by value (a figure a thousand or a million times this one) in
        // the eligible figures sorted once, not by testing every figure of the slot against
        // every other: slots of a large folder hold thousands of figures.
        let eligible = NumberIndex(entries.indices.filter { !recalls.contains($0) && !entries[$0].isClaim && !entries[$0].hedged && !isRange($0) },
                                   numbers: entries.map { $0.number ?? 0 })
        for index in entries.indices where !recalls.contains(index) && !entries[index].hedged && !isRange(index)
            && (!entries[index].isClaim || entries[index].fact.source != .attacker && entries[index].fact.stance == .unverified) {
            let number = entries[index].number ?? 0
            guard number > 0 else { continue }
            let file = entries[index].fact.file
            let partners = [1_000.0, 1_000_000.0].flatMap { scale in
                eligible.candidates(around: Double(number) * scale, tolerance: 2 * ValueBounds.pointTolerance)
            }.filter {
                $0 != index && entries[$0].fact.file != file && (entries[$0].number ?? 0) > number
                    && ValueBounds.isScaleSlip(entries[$0].number ?? 0, number)
            }.sorted()
            guard !partners.isEmpty else { continue }
            slips.insert(index)
            involved += [index] + partners
        }
        guard !involved.isEmpty else { return ([], []) }
        return ([finding(.unitMismatch, involved, remarks: ["one figure is the other divided by a thousand or a million"])], slips)
    }

    /// One figure per document and speaker: the largest that does not add to an earlier one
    /// (smaller figures of the same document are parts of it), plus its additions.
    func documentFigures(_ indices: [Int]) -> [(file: String, day: Int, role: SourceRole, main: Int?, additions: [Int])] {
        let byDocument = Dictionary(grouping: indices, by: { "\(entries[$0].fact.file)|\(entries[$0].fact.source.rawValue)" })
        return byDocument.keys.sorted().map { key in
            let members = byDocument[key]!
            let main = members.filter { !entries[$0].increment }.max { (entries[$0].number ?? 0, -$0) < (entries[$1].number ?? 0, -$1) }
            let first = entries[members[0]]
            return (first.fact.file, first.day, first.fact.source, main, members.filter { entries[$0].increment })
        }.sorted { ($0.day, $0.file) < ($1.day, $1.file) }
    }

    /// The same authority changing its figure over time; two of its documents of one day disagreeing.
    func checkRevisions(_ indices: [Int]) -> ([Finding], [(SlotEntry, Int64)]) {
        var findings: [Finding] = []
        var totals: [(SlotEntry, Int64)] = []
        let figures = documentFigures(indices.filter { entries[$0].isAuthority })
        for role in Set(figures.map(\.role)).sorted(by: { $0.rawValue < $1.rawValue }) {
            var running: Int64?
            var sequence: [(index: Int, day: Int, total: Int64)] = []
            var derived: [SlotValue] = []
            for figure in figures where figure.role == role {
                var total = figure.main.flatMap { entries[$0].number }
                if !figure.additions.isEmpty, let base = running {
                    let sum = base + figure.additions.compactMap { entries[$0].number }.reduce(0, +)
                    if total == nil || sum > total! {
                        total = sum
                        derived.append(entries[figure.additions[0]].derivedValue(sum))
                    }
                }
                guard let value = total else { continue }
                let representative = figure.main ?? figure.additions[0]
                sequence.append((representative, figure.day, value))
                sequence += figure.additions.map { ($0, figure.day, value) }
                totals.append((entries[representative], value))
                running = value
            }
            // A range that contains another document's figure agrees with it ("tens of millions",
            // then "78.8 million"): it is no stage of the revision.
            sequence = sequence.filter { step in
                !(isRange(step.index) && step.total == entries[step.index].number
                    && sequence.contains { $0.day != step.day && entries[step.index].bounds!.overlaps(ValueBounds(point: $0.total)) })
            }
            let days = Dictionary(grouping: sequence, by: \.day)
            var sameDay: [Int] = []
            for day in days.keys.sorted() {
                let values = days[day]!
                let files = Set(values.map { entries[$0.index].fact.file })
                if files.count > 1, values.contains(where: { a in values.contains { b in !ValueBounds.samePoint(a.total, b.total) && !overlaps(a.index, b.index) } }) {
                    sameDay += values.map(\.index)
                }
            }
            if !sameDay.isEmpty { findings.append(finding(.conflict, sameDay, remarks: ["same day, different figures"])) }
            let changed = sequence.contains { a in sequence.contains { b in a.day < b.day && !ValueBounds.samePoint(a.total, b.total) } }
            if changed {
                let span = Self.revisionSpans(sequence.map { (entries[$0.index], $0.total) })
                let attested = indices.filter { index in
                    !entries[index].isAuthority && (sequence.contains { ValueBounds(point: $0.total).overlaps(entries[index].bounds!) }
                        || span.contains { $0.contains(Double(entries[index].number ?? 0)) })
                }
                findings.append(finding(.revised, sequence.map(\.index) + attested, derived: derived))
            }
        }
        return (findings, totals)
    }

    /// Media figures no authority stated; authorities contradicting each other.
    func checkCrossSource(_ indices: [Int], totals: [(SlotEntry, Int64)]) -> [Finding] {
        var findings: [Finding] = []
        let authority = indices.filter { entries[$0].isAuthority }
        let others = documentFigures(indices.filter { !entries[$0].isAuthority }).compactMap(\.main)
        let attestedBy = { (index: Int) in
            authority.contains { self.overlaps($0, index) } || totals.contains { ValueBounds(point: $0.1).overlaps(self.entries[index].bounds!) }
        }
        let spans = Self.revisionSpans(totals)
        let unattested = others.filter { index in
            !attestedBy(index) && !spans.contains { $0.contains(Double(entries[index].number ?? 0)) }
        }
        if !authority.isEmpty, !unattested.isEmpty {
            findings.append(finding(.conflict, unattested + documentFigures(authority).compactMap(\.main)))
        } else if authority.isEmpty {
            let clash = others.contains { a in others.contains { b in entries[a].fact.file != entries[b].fact.file && !overlaps(a, b) } }
            if clash { findings.append(finding(.conflict, others)) }
        }
        // Two authorities (a regulator and the company): each figure against the other's latest.
        let figures = documentFigures(authority)
        for figure in figures {
            guard let main = figure.main else { continue }
            let rivals = figures.filter {
                $0.role != figure.role && $0.day <= figure.day && $0.main != nil && !Self.separateSettlements(slot, $0.role, figure.role)
            }
            guard let latest = rivals.map(\.day).max() else { continue }
            let current = rivals.filter { $0.day == latest }.compactMap(\.main)
            if !current.contains(where: { overlaps($0, main) }) {
                // Every document of the rival that already stated its current figure shows it too.
                let earlier = rivals.filter { $0.day < latest }.compactMap(\.main).filter { index in
                    current.contains { overlaps($0, index) } && !overlaps(index, main)
                }
                findings.append(finding(.conflict, [main] + current + earlier))
            }
        }
        return findings
    }

    /// A court's settlement (a class action it approves) and a regulator's (the states' or an
    /// agency's own case) are two settlements of one incident, not two authorities disagreeing.
    static func separateSettlements(_ slot: String, _ a: SourceRole, _ b: SourceRole) -> Bool {
        slot == "money:settlement" && Set([a, b]) == [.court, .regulator]
    }

    /// Per authority that changed its figure, the range its successive totals span: a media
    /// figure inside it is read as a stage or rounding of the revision, not as a figure of its own.
    static func revisionSpans(_ totals: [(SlotEntry, Int64)]) -> [ClosedRange<Double>] {
        let byRole = Dictionary(grouping: totals, by: { $0.0.fact.source })
        return byRole.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { role in
            // A range is no stage of a revision: it would widen the span to its low end.
            let values = byRole[role]!.filter { entry in
                if case .count(let count) = entry.0.fact.payload { return count.qualifier != .range }
                return true
            }.map { Double($0.1) }
            guard let low = values.min(), let high = values.max(), high > low * (1 + ValueBounds.pointTolerance) else { return nil }
            return low...high
        }
    }

    /// Figures an authority denied that an authority's firm figures of the same population, stated
    /// more than a month later, contradict: the company denied the seller's 70M records were its
    /// own, then confirmed 73M. A figure in a negated sentence of the same news cycle ("no sign that
    /// the 143 million were misused"), or of a document that confirms figures itself, is the same
    /// story told with a negation, not a denial overturned.
    func checkDenials(_ denied: [Int], firm: [Int]) -> [Finding] {
        var involved: [Int] = []
        var confirmedShown: Set<Int> = []
        for index in denied where entries[index].isAuthority {
            // A document that also confirms a figure of the slot only negates a part or a side
            // remark ("who were not in the affected population of 145.5 million"): no denial of it.
            if firm.contains(where: { entries[$0].isAuthority && entries[$0].fact.file == entries[index].fact.file }) { continue }
            let confirmed = firm.filter {
                entries[$0].isAuthority && entries[$0].comparable == entries[index].comparable && samePopulation($0, index)
                    && entries[$0].day - entries[index].day > Self.overturnedDenialDays
            }
            guard !confirmed.isEmpty else { continue }
            involved.append(index)
            confirmedShown.formUnion(documentFigures(confirmed).compactMap(\.main))
        }
        guard !involved.isEmpty else { return [] }
        return [finding(.exposedVsDenied, involved + confirmedShown.sorted())]
    }

    /// Days after a denied figure from which a confirmed one overturns it (a news cycle is shorter).
    static let overturnedDenialDays = 31

    /// Attacker or unverified figures that no confirmed figure bears out.
    func checkClaims(firm: [Int], excluding slips: Set<Int>) -> [Finding] {
        let claims = entries.indices.filter {
            entries[$0].isClaim && entries[$0].recall == nil && !entries[$0].hedged && !slips.contains($0)
        }
        var involved: [Int] = []
        var confirmedShown: [Int] = []
        for claim in claims {
            var comparable = firm.filter { entries[$0].comparable == entries[claim].comparable && samePopulation($0, claim) }
            // A seller's "100M records" are rows about people: with no confirmed records figure to
            // weigh them against, they claim the number of people or accounts affected.
            if comparable.isEmpty, entries[claim].comparable == "records" {
                comparable = firm.filter { entries[$0].comparable == "affected" && samePopulation($0, claim) }
            }
            // Only a firm figure bears a claim out: an order-of-magnitude range ("hundreds of
            // millions") or a figure the speaker hedges ("may affect") allows almost any claim.
            let firmer = comparable.filter { !entries[$0].vague && !entries[$0].hedged }
            if !firmer.isEmpty { comparable = firmer }
            guard !comparable.isEmpty, !comparable.contains(where: { overlaps($0, claim) }) else { continue }
            involved.append(claim)
            let authority = comparable.filter { entries[$0].isAuthority }
            confirmedShown += documentFigures(authority.isEmpty ? comparable : authority).compactMap(\.main)
        }
        guard !involved.isEmpty else { return [] }
        return [finding(.claimedVsConfirmed, involved + confirmedShown)]
    }

    /// The same figure about different units ("37 million accounts" vs "37 million customers"),
    /// and records counted next to people in one document.
    func checkUnits(firm: [Int]) -> [Finding] {
        var involved: Set<Int> = []
        // Only pairs of about the same number, or of one document (records versus people), can
        // match: testing every pair of a slot's figures was quadratic.
        let test = { (a: Int, b: Int) in
            guard entries[a].unitGroup != entries[b].unitGroup else { return }
            let x = entries[a], y = entries[b]
            let namedA = x.named, namedB = y.named
            // One writer using two nouns for one figure (a headline's "people", the body's
            // "customers") is not a discrepancy between sources.
            // "40 million records of former customers" counts people, one record each.
            // A range is an interval, never "the same figure" as another.
            guard !isRange(a), !isRange(b) else { return }
            let sameNumber = ValueBounds.samePoint(x.number!, y.number!) && (namedA.isEmpty || namedB.isEmpty || namedA == namedB)
                && x.fact.file != y.fact.file && !x.recordsOfPeople && !y.recordsOfPeople
            let recordsVersusPeople = x.fact.file == y.fact.file && x.populationKey == y.populationKey
                && Set([x.comparable, y.comparable]) == ["records", "affected"] && x.isAuthority && y.isAuthority
                && (x.comparable == "records" ? x.number! > y.number! : y.number! > x.number!)
            if sameNumber || recordsVersusPeople { involved.formUnion([a, b]) }
        }
        NumberIndex(firm, numbers: entries.map { $0.number ?? 0 }).forEachSamePointPair(test)
        let recordsOrPeople = firm.filter { entries[$0].isAuthority && ["records", "affected"].contains(entries[$0].comparable) }
        for members in Dictionary(grouping: recordsOrPeople, by: { entries[$0].fact.file }).values {
            for a in members { for b in members where a < b { test(a, b) } }
        }
        involved.formUnion(restatedSums(firm: firm))
        let mixed = MixedUnitSums.find(entries: entries, firm: firm)
        involved.formUnion(mixed)
        guard !involved.isEmpty else { return [] }
        return [finding(.unitMismatch, involved.sorted(), remarks: mixed.isEmpty ? [] : ["a total adds figures of different units"])]
    }

    /// A total in another document that equals the sum of one document's per-country figures
    /// but names a different unit ("100M individuals in one country and 6M in another" restated
    /// as "106M customers"): the parts and every such total.
    func restatedSums(firm: [Int]) -> Set<Int> {
        let parts = firm.filter { entries[$0].named.count == 1 }
        var involved: Set<Int> = []
        for file in Set(parts.map { entries[$0].fact.file }).sorted() {
            let byCountry = Dictionary(grouping: parts.filter { entries[$0].fact.file == file }, by: { entries[$0].named.first! })
            guard byCountry.count >= 2 else { continue }
            let chosen = byCountry.keys.sorted().compactMap { key in byCountry[key]!.max { entries[$0].number! < entries[$1].number! } }
            let units = Set(chosen.map { entries[$0].unitGroup })
            let sum = chosen.compactMap { entries[$0].number }.reduce(0, +)
            let totals = firm.filter {
                entries[$0].named.count != 1 && entries[$0].fact.file != file && !units.contains(entries[$0].unitGroup)
                    && ValueBounds(point: sum).overlaps(entries[$0].bounds!)
            }
            guard !totals.isEmpty else { continue }
            involved.formUnion(chosen + totals)
        }
        return involved
    }

    /// The same figure said to be about different named countries.
    func checkPopulationLabels(firm: [Int]) -> [Finding] {
        var involved: Set<Int> = []
        NumberIndex(firm, numbers: entries.map { $0.number ?? 0 }).forEachSamePointPair { a, b in
            guard !isRange(a), !isRange(b), ValueBounds.samePoint(entries[a].number!, entries[b].number!) else { return }
            let namedA = entries[a].named, namedB = entries[b].named
            if !namedA.isEmpty, !namedB.isEmpty, namedA != namedB { involved.formUnion([a, b]) }
        }
        guard !involved.isEmpty else { return [] }
        return [finding(.conflict, involved.sorted(), remarks: ["the same figure is said to cover different countries"])]
    }
}
