import Testing
@testable import BreachDiff

/// The lexicon: every key's common spellings, coordinated forms and longest-match decisions.
@Suite struct DataTypeSpellingTests {
    static let phrases = [
        "full names", "home addresses", "e-mail addresses", "mobile phone numbers", "DOBs", "birthdates",
        "account numbers", "security PINs", "hashed passwords", "SSNs", "Social Security numbers", "tax IDs",
        "driver’s license numbers", "driving licence details", "government ID numbers", "social insurance numbers",
        "passport numbers", "payment-card numbers", "PCI", "credit or debit card numbers", "bank account numbers",
        "credit scores", "IMEI numbers", "IMSIs", "rate plan details", "call detail records", "GPS data",
        "medical records", "raw genetic data", "fingerprint data", "login credentials", "source code repositories",
        "employee records",
    ]
    static let keys: [DataTypeKey] = [
        .name, .postalAddress, .email, .phone, .dateOfBirth, .dateOfBirth,
        .accountNumber, .accountPin, .password, .ssn, .ssn, .taxId,
        .driversLicense, .driversLicense, .governmentId, .governmentId,
        .passport, .paymentCard, .paymentCard, .paymentCard, .bankAccount,
        .financialInfo, .imei, .imsi, .planInfo, .callRecords, .location,
        .healthInfo, .geneticInfo, .biometric, .credentials, .sourceCode,
        .employeeData,
    ]

    @Test("Each spelling names its key", arguments: zip(phrases, keys))
    func spelling(phrase: String, key: DataTypeKey) {
        let found = DataTypeTestSupport.extract("Investigators said the intruder obtained \(phrase) belonging to some customers.")
        #expect(found.map(\.key) == [key], "\(phrase)")
        #expect(found.first?.status == .exposed)
    }

    @Test("Upper case and lower case match alike", arguments: ["SOCIAL SECURITY NUMBERS", "social security numbers", "Social Security Numbers"])
    func caseInsensitive(phrase: String) {
        #expect(DataTypeTestSupport.extract("The attackers stole \(phrase) last spring.").map(\.key) == [.ssn])
    }

    static let coordinated = [
        "social security numbers/tax IDs", "username/password", "call/text records", "passwords/PINs",
        "financial and personal details", "IMEI and IMSI numbers",
    ]
    static let coordinatedKeys: [Set<DataTypeKey>] = [
        [.ssn, .taxId], [.credentials, .password], [.callRecords], [.password, .accountPin],
        [.financialInfo], [.imei, .imsi],
    ]

    @Test("Slashes and shared heads split into every key", arguments: zip(coordinated, coordinatedKeys))
    func coordination(phrase: String, expected: Set<DataTypeKey>) {
        let found = DataTypeTestSupport.extract("The leaked archive contained \(phrase) of former subscribers.")
        #expect(Set(found.map(\.key)) == expected, "\(phrase)")
    }

    static let longest = ["email addresses", "credit card account numbers", "bank account numbers", "IP addresses", "billing address"]
    static let longestKeys: [Set<DataTypeKey>] = [[.email], [.paymentCard], [.bankAccount], [], [.postalAddress]]

    @Test("The longest phrase decides the key", arguments: zip(longest, longestKeys))
    func longestMatch(phrase: String, expected: Set<DataTypeKey>) {
        let found = DataTypeTestSupport.extract("Criminals downloaded \(phrase) and nothing else.")
        #expect(Set(found.map(\.key)) == expected, "\(phrase)")
    }

    @Test func lexiconScansTokensLinearly() {
        let tokens = WordTokenizer.tokens(of: "names, e-mail addresses and driver’s license/ID information", base: 10)
        let matches = DataTypeLexicon.standard.matches(in: tokens)
        #expect(matches.compactMap(\.entry.key) == [.name, .email, .driversLicense])
        #expect(tokens.first?.start == 10)
    }
}

/// The prescreen must never skip a segment the lexicon would find something in.
@Suite struct DataTypePrescreenTests {
    static let spellings: [String] = DataTypeSpellings.table.flatMap { $0.1 }.map { String($0.drop { $0 == "~" || $0 == "+" }) }

    @Test("Every spelling, singular or plural and capitalised, passes the prescreen", arguments: spellings)
    func passes(spelling: String) {
        for form in [spelling, spelling + "s", spelling.uppercased(), spelling.replacingOccurrences(of: " ", with: "-")] {
            let text = "Records show they took \(form) from the servers"
            let scalars = Array(text.unicodeScalars)
            let full = DataTypeSentence(text: text, start: 0)
            if !full.mentions.isEmpty {
                #expect(DataTypePrescreen.needsAnalysis(scalars, in: 0..<scalars.count), "\(form)")
            }
        }
    }

    @Test("Segments without data types are skipped", arguments: [
        "The board met on Tuesday to discuss the quarterly results.",
        "Shares fell 4 percent in early trading.",
    ])
    func skips(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(!DataTypePrescreen.needsAnalysis(scalars, in: 0..<scalars.count))
    }

    @Test("List introductions and back-references are analysed", arguments: ["The data taken included:", "None of it was accessed."])
    func markers(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(DataTypePrescreen.needsAnalysis(scalars, in: 0..<scalars.count))
    }
}
