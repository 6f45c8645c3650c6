/// The output of the comparison stage for a folder: incidents and where their stories differ.
public struct Comparison: Sendable, Equatable, Codable {
    public var incidents: [Incident]
    /// Ranked, most important first.
    public var discrepancies: [Discrepancy]
    /// Slots where documents agree within their qualifiers ("approximately 37 million" vs "37M").
    public var agreements: [Agreement]

    public init(incidents: [Incident] = [], discrepancies: [Discrepancy] = [], agreements: [Agreement] = []) {
        self.incidents = incidents
        self.discrepancies = discrepancies
        self.agreements = agreements
    }
}

/// One breach event of one company.
public struct Incident: Sendable, Equatable, Codable {
    /// Stable id: normalised company and year, `tmobile-2021`; a suffix tells apart two of one year.
    public var id: String
    public var company: String
    public var summary: String
    /// Files of the documents that speak of it, oldest first.
    public var documents: [String]
    /// Its facts, ordered by document date, then file, then offset.
    public var facts: [Fact]
    public var timeline: [TimelineEntry]

    public init(id: String, company: String, summary: String, documents: [String], facts: [Fact], timeline: [TimelineEntry]) {
        self.id = id
        self.company = company
        self.summary = summary
        self.documents = documents
        self.facts = facts
        self.timeline = timeline
    }
}

/// One statement on an incident's timeline, in document-date order.
public struct TimelineEntry: Sendable, Equatable, Codable {
    public var published: PartialDate?
    public var file: String
    public var source: SourceRole
    public var stance: Stance
    /// What it says, in a few words ("count: approximately 37,000,000 accounts").
    public var statement: String
    public var quote: String

    public init(published: PartialDate?, file: String, source: SourceRole, stance: Stance, statement: String, quote: String) {
        self.published = published
        self.file = file
        self.source = source
        self.stance = stance
        self.statement = statement
        self.quote = quote
    }
}

/// How two statements about one slot differ.
public enum DiscrepancyKind: String, Sendable, Codable, CaseIterable, Hashable {
    case claimedVsConfirmed = "claimed_vs_confirmed"
    case revised
    case conflict
    case unitMismatch = "unit_mismatch"
    case exposedVsDenied = "exposed_vs_denied"
}

/// One side of a discrepancy or agreement.
public struct SlotValue: Sendable, Equatable, Codable {
    public var file: String
    /// The value as text: `100000000`, `2023-01-05`, `exposed`.
    public var value: String
    public var unit: String?
    public var qualifier: String?
    public var source: SourceRole
    public var stance: Stance
    public var published: PartialDate?
    public var quote: String
    public var start: Int
    public var end: Int
    /// The sub-population the figure is about (`us`, `ca`, `current+postpaid`), nil for everyone.
    public var population: String?
    /// Bounds of a range ("tens of millions": 10000000 and 100000000), nil for other figures.
    public var low: Int64?
    public var high: Int64?

    public init(
        file: String, value: String, unit: String? = nil, qualifier: String? = nil, source: SourceRole,
        stance: Stance, published: PartialDate?, quote: String, start: Int, end: Int, population: String? = nil
    ) {
        self.file = file
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.source = source
        self.stance = stance
        self.published = published
        self.quote = quote
        self.start = start
        self.end = end
        self.population = population
    }
}

/// A place where the sources disagree.
public struct Discrepancy: Sendable, Equatable, Codable {
    public var incident: String
    /// `count`, `date:<event>`, `data_type:<key>`, `money:<event>`.
    public var slot: String
    public var kind: DiscrepancyKind
    public var values: [SlotValue]
    /// One line in plain English.
    public var note: String
    /// Higher is more important; the list is sorted by it.
    public var score: Double

    public init(incident: String, slot: String, kind: DiscrepancyKind, values: [SlotValue], note: String, score: Double) {
        self.incident = incident
        self.slot = slot
        self.kind = kind
        self.values = values
        self.note = note
        self.score = score
    }
}

/// A slot where several documents state compatible values.
public struct Agreement: Sendable, Equatable, Codable {
    public var incident: String
    public var slot: String
    public var values: [SlotValue]
    public var note: String

    public init(incident: String, slot: String, values: [SlotValue], note: String) {
        self.incident = incident
        self.slot = slot
        self.values = values
        self.note = note
    }
}
