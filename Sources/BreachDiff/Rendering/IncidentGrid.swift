/// One incident as a grid: one row per slot, one column per source document (oldest first),
/// each cell what that document says about that slot, marked when it takes part in a discrepancy.
/// The layout shared by `comparison.md` and `report.html`.
public struct IncidentGrid: Sendable, Equatable {
    /// A source document.
    public struct Column: Sendable, Equatable {
        public var file: String
        public var published: PartialDate?
        public var kind: DocumentKind
        public var title: String?
    }

    /// One statement in a cell, with its evidence.
    public struct Entry: Sendable, Equatable {
        /// Short wording of the value: `about 37,000,000 accounts (claimed)`.
        public var text: String
        public var quote: String
        public var source: SourceRole
        public var stance: Stance
        public var start: Int
        public var end: Int
    }

    /// What one document says about one slot.
    public struct Cell: Sendable, Equatable {
        public var entries: [Entry]
        /// Whether a discrepancy of the incident names this document for this slot.
        public var disagrees: Bool
        /// The entries' texts, distinct, joined by `; `; empty when the document is silent.
        public var text: String {
            var seen: Set<String> = []
            return entries.map(\.text).filter { seen.insert($0).inserted }.joined(separator: "; ")
        }
    }

    /// One slot across the documents.
    public struct Row: Sendable, Equatable {
        public var slot: String
        /// One per column.
        public var cells: [Cell]
    }

    public var incident: Incident
    public var columns: [Column]
    public var rows: [Row]

    public init(incident: Incident, report: Report) {
        self.init(incident: incident, documentsByFile: report.documentsByFile,
                  discrepancies: report.comparison.discrepancies.filter { $0.incident == incident.id })
    }

    /// The grid from lookups a renderer builds once for all incidents (building them per incident
    /// was quadratic): the documents by file and this incident's discrepancies.
    init(incident: Incident, documentsByFile byFile: [String: DocumentInfo], discrepancies: [Discrepancy]) {
        self.incident = incident
        var files = incident.documents
        var seen = Set(files)
        for file in incident.facts.map(\.file) where seen.insert(file).inserted { files.append(file) }
        let columns = files.map { file in
            let document = byFile[file]
            return Column(file: file, published: document?.published, kind: document?.kind ?? .unknown, title: document?.title)
        }.enumerated().sorted { lhs, rhs in
            // Oldest first; undated documents after dated ones; ties keep the incident's order.
            switch (lhs.element.published, rhs.element.published) {
            case let (left?, right?) where left != right: left < right
            case (.some, nil): true
            case (nil, .some): false
            default: lhs.offset < rhs.offset
            }
        }.map(\.element)
        self.columns = columns

        var disputedSpans: Set<String> = []
        var disputedSlots: Set<String> = []
        var sides: [String: [SlotValue]] = [:]
        for discrepancy in discrepancies {
            for value in discrepancy.values {
                disputedSpans.insert("\(value.file)\u{0}\(value.start)\u{0}\(value.end)")
                disputedSlots.insert("\(discrepancy.slot)\u{0}\(value.file)")
                sides["\(discrepancy.slot)\u{0}\(value.file)", default: []].append(value)
            }
        }

        var factsBySlot: [String: [Fact]] = [:]
        for fact in incident.facts { factsBySlot[FactText.slot(of: fact), default: []].append(fact) }
        let slots = Set(factsBySlot.keys).union(discrepancies.map(\.slot)).sorted {
            FactText.slotOrder($0) < FactText.slotOrder($1)
        }
        rows = slots.map { slot in
            let factsByFile = Dictionary(grouping: factsBySlot[slot] ?? [], by: \.file)
            let cells = columns.map { column -> Cell in
                let mine = factsByFile[column.file] ?? []
                var entries = mine.map { fact in
                    Entry(text: FactText.value(of: fact) + Self.stanceSuffix(fact.stance), quote: fact.quote,
                          source: fact.source, stance: fact.stance, start: fact.start, end: fact.end)
                }
                let key = "\(slot)\u{0}\(column.file)"
                if entries.isEmpty {
                    // The comparator may name a slot the facts do not (its own grouping): show its values.
                    entries = (sides[key] ?? []).map { value in
                        Entry(text: FactText.value(of: value) + Self.stanceSuffix(value.stance), quote: value.quote,
                              source: value.source, stance: value.stance, start: value.start, end: value.end)
                    }
                }
                let disagrees = disputedSlots.contains(key)
                    || mine.contains { disputedSpans.contains("\($0.file)\u{0}\($0.start)\u{0}\($0.end)") }
                return Cell(entries: entries, disagrees: disagrees)
            }
            return Row(slot: slot, cells: cells)
        }
    }

    /// ` (claimed)` for anything but a confirmed statement.
    static func stanceSuffix(_ stance: Stance) -> String {
        stance == .confirmed ? "" : " (\(stance.rawValue))"
    }
}
