/// Counted data items ("140,000 Social Security numbers"): the phrase, its data type and the
/// unit the count is reported in.
///
/// Items that identify an account ("bank account numbers") count accounts; every other item
/// counts records.
struct DataItemPhrase: Sendable {
    var words: [String]
    var dataType: DataTypeKey
    var unit: String

    /// Phrases by their first word; longest first within each list.
    static let byFirstWord: [String: [DataItemPhrase]] = {
        var table: [String: [DataItemPhrase]] = [:]
        for phrase in all { table[phrase.words[0], default: []].append(phrase) }
        for key in table.keys { table[key]?.sort { $0.words.count > $1.words.count } }
        return table
    }()

    /// The longest phrase that starts at token `index`, with the token just past it.
    static func match(in tokens: [TextToken], at index: Int) -> (phrase: DataItemPhrase, end: Int)? {
        guard tokens[index].kind == .word, let candidates = byFirstWord[tokens[index].text] else { return nil }
        for phrase in candidates {
            var position = index
            var matched = true
            for word in phrase.words {
                guard position < tokens.count, tokens[position].kind == .word, tokens[position].text == word else {
                    matched = false
                    break
                }
                position += 1
            }
            if matched { return (phrase, position) }
        }
        return nil
    }

    /// Whether the tokens just before `end` close a data item phrase ("Social Security numbers" of 145.5 million).
    static func ends(in tokens: [TextToken], at end: Int) -> Bool {
        for phrase in all where phrase.words.count <= end {
            let first = end - phrase.words.count
            if match(in: tokens, at: first)?.end == end { return true }
        }
        return false
    }

    private static func records(_ dataType: DataTypeKey, _ phrases: [String]) -> [DataItemPhrase] {
        phrases.map { DataItemPhrase(words: $0.split(separator: " ").map(String.init), dataType: dataType, unit: "records") }
    }

    private static func accounts(_ dataType: DataTypeKey, _ phrases: [String]) -> [DataItemPhrase] {
        phrases.map { DataItemPhrase(words: $0.split(separator: " ").map(String.init), dataType: dataType, unit: "accounts") }
    }

    static let all: [DataItemPhrase] =
        records(.ssn, ["social security numbers", "social security number", "ssns", "ssn", "social security nos"])
        + records(.governmentId, ["social insurance numbers", "national insurance numbers", "national id numbers",
                                  "national identity numbers", "government id numbers", "id numbers", "id cards"])
        + records(.passport, ["passport numbers", "passports"])
        + records(.paymentCard, ["payment card numbers", "payment-card numbers", "payment cards", "credit card numbers",
                                 "credit-card numbers", "credit cards", "debit card numbers", "debit cards",
                                 "card numbers", "cards", "expiration dates", "card expiration dates"])
        + accounts(.bankAccount, ["bank account numbers", "bank account details", "bank accounts"])
        + accounts(.accountNumber, ["account numbers"])
        + records(.driversLicense, ["driver's license numbers", "driver’s license numbers", "drivers license numbers",
                                    "driver's licenses", "driver’s licenses", "driving licence numbers",
                                    "driving license numbers", "driving licences", "license numbers"])
        + records(.email, ["email addresses", "e-mail addresses", "emails"])
        + records(.phone, ["phone numbers", "telephone numbers", "mobile numbers"])
        + records(.password, ["passwords", "password hashes", "hashed passwords"])
        + records(.credentials, ["credentials", "usernames", "login credentials"])
        + records(.dateOfBirth, ["dates of birth", "birth dates", "birthdates"])
        + records(.taxId, ["tax ids", "taxids", "tax identification numbers"])
        + records(.healthInfo, ["medical records", "health records"])
        + records(.imei, ["imei numbers"])
        + records(.biometric, ["fingerprints", "fingerprint records"])
        + records(.name, ["names"])
        + records(.postalAddress, ["addresses", "home addresses"])
}
