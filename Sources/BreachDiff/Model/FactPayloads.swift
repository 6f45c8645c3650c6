/// How a count is bounded by its wording.
public enum CountQualifier: String, Sendable, Codable, CaseIterable, Hashable {
    case exact, approximately
    case moreThan = "more_than"
    case atLeast = "at_least"
    case upTo = "up_to"
    case nearly
    case fewerThan = "fewer_than"
    case range
}

/// An affected population: "approximately 37 million current customer accounts".
public struct CountFact: Sendable, Equatable, Hashable, Codable {
    public var value: Int64
    /// The head noun, plural and lower-case: `accounts`, `customers`, `individuals`, `people`, `records`, ...
    public var unit: String
    public var qualifier: CountQualifier
    /// Bounds of a range ("between 5 and 7 million").
    public var low: Int64?
    public var high: Int64?
    /// What is counted when it is a data item rather than people: "140,000 Social Security numbers"
    /// is a count of `records` about `ssn`.
    public var dataType: DataTypeKey?

    public init(value: Int64, unit: String, qualifier: CountQualifier, low: Int64? = nil, high: Int64? = nil,
                dataType: DataTypeKey? = nil) {
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.low = low
        self.high = high
        self.dataType = dataType
    }
}

/// The events of a breach's timeline that a date can mark.
public enum DateEvent: String, Sendable, Codable, CaseIterable, Hashable {
    case intrusionStart = "intrusion_start"
    case intrusionEnd = "intrusion_end"
    case discovered
    case contained
    case materialityDetermined = "materiality_determined"
    case disclosed
    case filed
    case notified
    case settled
}

/// How a date bounds its event.
public enum DateQualifier: String, Sendable, Codable, CaseIterable, Hashable {
    case exact
    case onOrAround = "on_or_around"
    case before
    case after
}

/// A dated event: "on or around November 25, 2022" the intrusion started.
public struct DateFact: Sendable, Equatable, Hashable, Codable {
    public var event: DateEvent
    /// nil when the wording was relative ("on Thursday") and the document has no date to resolve it against.
    public var value: PartialDate?
    public var qualifier: DateQualifier
    /// The date as written ("on Thursday", "Jan. 5, 2023").
    public var expression: String
    /// Whether `value` was computed from a relative expression and the document date.
    public var relative: Bool

    public init(event: DateEvent, value: PartialDate?, qualifier: DateQualifier, expression: String, relative: Bool = false) {
        self.event = event
        self.value = value
        self.qualifier = qualifier
        self.expression = expression
        self.relative = relative
    }
}

/// The kinds of personal or corporate data a breach can expose (keys of `../shared/corpus/FORMAT.md`).
public enum DataTypeKey: String, Sendable, Codable, CaseIterable, Hashable {
    case name
    case postalAddress = "postal_address"
    case email, phone
    case dateOfBirth = "date_of_birth"
    case accountNumber = "account_number"
    case accountPin = "account_pin"
    case password, ssn
    case taxId = "tax_id"
    case driversLicense = "drivers_license"
    case governmentId = "government_id"
    case passport
    case paymentCard = "payment_card"
    case bankAccount = "bank_account"
    case financialInfo = "financial_info"
    case imei, imsi
    case planInfo = "plan_info"
    case callRecords = "call_records"
    case location
    case healthInfo = "health_info"
    case geneticInfo = "genetic_info"
    case biometric, credentials
    case sourceCode = "source_code"
    case employeeData = "employee_data"
}

/// Whether a data type was taken.
public enum ExposureStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case exposed
    case notExposed = "not_exposed"
    case claimed
}

/// A data type and what the sentence says happened to it.
public struct DataTypeFact: Sendable, Equatable, Hashable, Codable {
    public var key: DataTypeKey
    public var status: ExposureStatus
    /// A count attached to this data type in the same clause ("140,000 Social Security numbers").
    public var count: Int64?

    public init(key: DataTypeKey, status: ExposureStatus, count: Int64? = nil) {
        self.key = key
        self.status = status
        self.count = count
    }
}

/// What a sum of money is for.
public enum MoneyEvent: String, Sendable, Codable, CaseIterable, Hashable {
    case settlement
    case securityInvestment = "security_investment"
    case incidentCost = "incident_cost"
    case fine
    case ransom
}

/// An amount: "$350 million" to settle, "£18.4m" fine.
public struct MoneyFact: Sendable, Equatable, Hashable, Codable {
    public var event: MoneyEvent
    /// Whole units of `currency`.
    public var value: Int64
    /// ISO 4217: `USD`, `GBP`, `EUR`, `CAD`.
    public var currency: String

    public init(event: MoneyEvent, value: Int64, currency: String) {
        self.event = event
        self.value = value
        self.currency = currency
    }
}
