/// The kinds of fact BreachDiff extracts; raw values are the `type` field of every output.
public enum FactType: String, Sendable, Codable, CaseIterable, Hashable {
    case count
    case date
    case dataType = "data_type"
    case money
    case vector
    case actor
}

/// Whose statement a fact is.
public enum SourceRole: String, Sendable, Codable, CaseIterable, Hashable {
    case company, attacker, media, regulator, researcher, court
}

/// How firmly the speaker states it.
public enum Stance: String, Sendable, Codable, CaseIterable, Hashable {
    case confirmed, claimed, denied, unverified
}

/// One breach fact with the evidence for it: the output of the extraction stage.
public struct Fact: Sendable, Equatable, Hashable, Codable {
    /// The document it came from (`ParsedDocument.file`).
    public var file: String
    /// Offsets in Unicode scalars into the document text; `quote` is exactly that span.
    public var start: Int
    public var end: Int
    public var quote: String
    public var source: SourceRole
    public var stance: Stance
    /// A year ("2021") or a named earlier incident the sentence points back to, when it does.
    public var incidentHint: String?
    /// What was said: the type and its fields.
    public var payload: FactPayload

    public init(
        file: String, start: Int, end: Int, quote: String, source: SourceRole, stance: Stance,
        incidentHint: String? = nil, payload: FactPayload
    ) {
        self.file = file
        self.start = start
        self.end = end
        self.quote = quote
        self.source = source
        self.stance = stance
        self.incidentHint = incidentHint
        self.payload = payload
    }

    public var type: FactType { payload.type }
}

/// The typed content of a fact.
public enum FactPayload: Sendable, Equatable, Hashable, Codable {
    case count(CountFact)
    case date(DateFact)
    case dataType(DataTypeFact)
    case money(MoneyFact)
    /// Attack vector key: `api_abuse`, `stolen_credentials`, `credential_stuffing`, `ransomware`,
    /// `phishing`, `misconfiguration`, `insider`, `vulnerability_exploit`, `malware`.
    case vector(String)
    /// A named threat actor ("LAPSUS$", "John Binns").
    case actor(String)

    public var type: FactType {
        switch self {
        case .count: .count
        case .date: .date
        case .dataType: .dataType
        case .money: .money
        case .vector: .vector
        case .actor: .actor
        }
    }
}
