/// The written forms of every data-type key, the vocabulary of `DataTypeLexicon`.
///
/// Each phrase is matched case-insensitively, singular or plural, with hyphens read as spaces
/// and apostrophes dropped ("driver’s license numbers" matches `drivers license`). Writing the
/// singular is enough. Two markers adjust an entry:
/// - `~` the phrase has a second, non-data sense ("name", "email", "address"), so it only counts
///   inside a list of other data types or right next to a breach verb;
/// - `+` only the plural is a data type ("payment cards" stolen, but "payment card industry").
///
/// Longest match wins, so "email address" is `email` although "address" alone is a postal address,
/// and "credit card account number" is a card number, not an `account_number`.
enum DataTypeSpellings {
    static let table: [(DataTypeKey, [String])] = [
        (.name, [
            "~name", "full name", "first name", "last name", "surname", "customer name", "user name", "business name",
            "legal name", "member name", "guest name", "patient name", "account holder name", "cardholder name",
        ]),
        (.postalAddress, [
            "~address", "postal address", "mailing address", "billing address", "home address", "physical address",
            "street address", "residential address", "shipping address", "zip code", "postal code", "postcode",
        ]),
        (.email, ["~email", "~e mail", "email address", "e mail address", "email id"]),
        (.phone, [
            "phone number", "telephone number", "mobile number", "mobile phone number", "cell phone number",
            "cellphone number", "contact number", "phone no",
        ]),
        (.dateOfBirth, ["date of birth", "data of birth", "birth date", "birthdate", "birthday", "dob"]),
        // An insurer's or plan's identifier of a member is an account identifier: "member ID numbers",
        // "health ID numbers", "health care ID numbers".
        (.accountNumber, [
            "account number", "account no", "customer account number", "membership number", "member id",
            "member id number", "member identification number", "health id number", "health care id number",
            "healthcare id number", "subscriber id", "subscriber id number", "policy number",
        ]),
        (.accountPin, ["pin", "pin code", "pin number", "security pin", "account pin", "passcode"]),
        (.password, ["password", "password hash", "hashed password", "password information", "pass word"]),
        (.ssn, [
            "ssn", "social security number", "social security", "social security no", "social securitynumber",
            "social security card",
        ]),
        (.taxId, [
            "tax id", "taxid", "tax identification number", "taxpayer identification number", "tax number",
            "employer identification number", "tax id number", "tin number",
        ]),
        (.driversLicense, [
            "drivers license", "driver license", "drivers licence", "driver licence", "driving license",
            "driving licence", "drivers license / id", "drivers license / id information", "license number",
            "licence number",
        ]),
        (.governmentId, [
            "government id", "government id number", "government issued id", "government issued identification",
            "government identification", "social insurance number", "national id", "national id number",
            "national identification number", "national insurance number", "state id", "military id", "identity card",
            "id card", "identity document",
        ]),
        (.passport, ["passport", "passport number", "passport information", "passport data", "passport detail"]),
        (.paymentCard, [
            "payment card", "+payment card", "card number", "credit card number", "debit card number",
            "credit card account number", "credit card data", "credit card information", "credit card detail",
            "credit card info", "debit card data", "debit card information", "card data", "card information",
            "card detail", "card expiration date", "card verification", "cvv", "pci", "payment information",
            "payment data", "payment method", "payment detail", "+credit and debit card", "cardholder data",
            // A card account stands for the card: "40 million credit and debit card accounts were compromised".
            "card account", "payment card account", "credit card account", "debit card account",
            "credit and debit card account",
        ]),
        (.bankAccount, [
            "bank account", "bank account number", "bank account information", "bank account detail",
            "bank detail", "bank information", "routing number", "iban", "linked bank account",
            "checking account number", "savings account number", "banking information", "banking data",
            "banking detail",
        ]),
        (.financialInfo, [
            "financial information", "financial data", "financial detail", "financial info", "financial record",
            "financial account information", "financial account", "income", "self reported income", "credit score",
            "credit limit", "credit history", "account balance", "+balance", "transaction data", "transaction history",
            "transaction detail", "payment history", "bank statement", "salary", "salary information",
            // Insurance and medical billing: what was billed and claimed, not card data.
            "billing information", "billing data", "billing record", "billing detail", "claim information",
            "claim data", "claim record", "claim detail",
        ]),
        (.imei, ["imei", "imei number"]),
        (.imsi, ["imsi", "imsi number"]),
        (.planInfo, [
            "number of line", "# of line", "plan feature", "service plan", "rate plan", "plan information",
            "plan detail", "plan type", "subscription plan", "calling plan",
        ]),
        (.callRecords, [
            "call record", "call detail", "call detail record", "call log", "call history", "call data",
            "call / text record", "call metadata", "text record", "cdr",
            // The records named by what they log: "records of calls and texts", "logs of calls".
            "record of call", "record of text", "log of call", "log of text", "call and text record",
            "call and text log", "text log", "call and text data",
        ]),
        (.location, [
            "location data", "location information", "location history", "geolocation", "geolocation data",
            "gps data", "gps location", "precise location", "gps coordinate", "trip history", "travel history",
            "ride history",
            // A carrier's cell site identifiers place a phone roughly where a call was made.
            "cell site", "cell site identification number", "cell site id", "cell site identifier",
            "cell tower location", "cell tower data",
        ]),
        (.healthInfo, [
            "health information", "health data", "health record", "medical information", "medical record",
            "medical data", "medical history", "protected health information", "phi", "diagnosis", "prescription",
            "treatment information", "health insurance information", "lab result",
        ]),
        (.geneticInfo, [
            "genetic data", "genetic information", "dna data", "genotype data", "raw genetic data",
            "ancestry data", "genetic test result",
        ]),
        (.biometric, [
            "biometric", "biometric data", "biometric information", "fingerprint", "fingerprint data",
            "facial recognition data", "face scan", "facial scan", "voiceprint", "retina scan",
        ]),
        (.credentials, [
            "credential", "login credential", "log in credential", "login", "login information", "login detail",
            "log in information", "username", "user id", "access credential", "authentication credential",
            "account credential", "sign in credential",
        ]),
        (.sourceCode, [
            "source code", "source code repository", "code repository", "repository", "repo", "proprietary code",
            "codebase", "code base",
        ]),
        (.employeeData, [
            "employee data", "employee information", "employee record", "employee personal information",
            "employee detail", "staff data", "staff information", "personnel record", "personnel file",
            "hr record", "hr data", "payroll data", "payroll information", "payroll record",
            // Some employers call their staff "associates" or "team members".
            "associate personal information", "associate data", "team member personal information",
        ]),
    ]

    /// Phrases that contain a spelling above but name something else; matching them first keeps
    /// "IP address" from being a postal address and "email account" from being an email address.
    static let blockers: [String] = [
        "ip address", "web address", "web site address", "website address", "mac address", "github address",
        "email account", "email notification", "email user", "email service", "email provider", "email system",
        "email server", "emailed statement", "domain name", "company name", "brand name", "file name",
        "trade name", "host name", "hostname", "product name", "code name", "exact name", "former name",
        "in the name of", "screen name", "pin pad", "login page", "login screen", "login attempt",
        // A page's sign-in link ("Login or Register" in a forum's user bar) is navigation, not data.
        "login or register", "log in or register", "login or sign up", "log in or sign up", "login / register",
        "sign in or register",
        "credit card customer", "credit card holder", "credit card product", "credit card application",
        "payment card industry", "card industry", "card network", "card issuer", "card brand",
        "payment card network", "payment card issuer", "payment card brand", "credit card network", "credit card issuer",
        "credit card brand", "credit card company", "debit card network", "debit card issuer", "income statement", "income tax", "operating income",
        "net income", "phone call", "phone line", "service plan provider", "source code review",
        "location of", "password change", "password reset", "password manager", "password policy",
        "password requirement", "pin change", "pin reset", "social security administration", "medical device", "health care", "healthcare",
    ]
}
