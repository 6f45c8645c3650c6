/// Words the count extractor recognises around a number: units, modifiers it may skip,
/// nouns that make a number something other than an affected population, and cue words.
enum CountVocabulary {
    /// Head nouns of an affected population, singular and plural, to the unit reported.
    static let units: [String: String] = {
        var table: [String: String] = [:]
        let plain = ["account", "customer", "individual", "user", "record", "profile", "subscriber", "consumer",
                     "patient", "guest", "member", "employee", "applicant", "cardholder", "resident",
                     "repository", "device", "student", "taxpayer", "voter", "policyholder", "borrower",
                     "shopper", "passenger", "traveler", "traveller", "visitor", "citizen", "donor", "household",
                     "driver", "player", "client", "victim", "person", "people", "beneficiary", "enrollee",
                     "member", "worker", "merchant", "seller", "buyer", "investor", "owner", "holder", "child",
                     "family", "account-holder", "login", "identity", "file", "entry", "row", "rider", "tenant",
                     "retiree", "pensioner", "veteran", "contractor"]
        for word in plain {
            let plural = word.hasSuffix("y") && !word.hasSuffix("ey") ? String(word.dropLast()) + "ies" : word + "s"
            table[word] = plural
            table[plural] = plural
        }
        // Synonyms reported under one name, so that sources are comparable.
        let synonyms = ["persons": "people", "person": "people", "people": "people", "peoples": "people",
                        "victims": "people", "victim": "people", "individuals": "individuals",
                        "clients": "customers", "client": "customers", "cardholders": "customers",
                        "cardholder": "customers", "holders": "customers", "holder": "customers",
                        "repos": "repositories", "residents": "people", "resident": "people", "repo": "repositories", "children": "people", "child": "people",
                        "families": "households", "family": "households", "logins": "accounts", "login": "accounts",
                        "identities": "people", "identity": "people", "entries": "records", "entry": "records",
                        "rows": "records", "row": "records", "files": "records", "file": "records",
                        "account-holders": "customers", "account-holder": "customers"]
        for (word, unit) in synonyms { table[word] = unit }
        // Nationalities: a population, reported as people.
        for word in ["americans", "canadians", "britons", "brits", "europeans", "australians", "texans",
                     "californians", "germans", "indians", "singaporeans", "koreans", "filipinos", "brazilians",
                     "mexicans", "israelis", "kiwis", "irish", "japanese", "chinese", "residents"] where table[word] == nil {
            table[word] = "people"
        }
        return table
    }()

    /// Words that may stand between a number and its head noun.
    static let modifiers: Set<String> = [
        "current", "former", "prospective", "postpaid", "prepaid", "u.s.", "us", "uk", "u.k.", "unique",
        "additional", "active", "inactive", "existing", "affected", "impacted", "potentially", "more", "other",
        "new", "total", "linked", "unencrypted", "encrypted", "unexpired", "expired", "credit", "debit", "card",
        "mobile", "wireless", "online", "retail", "business", "individual", "adult", "minor", "global",
        "american", "canadian", "british", "european", "north", "south", "domestic", "international",
        "foreign", "registered", "paying", "premium", "free", "past", "previous", "eligible", "possible",
        "email", "e-mail", "bank", "hashed", "plaintext", "partial", "personal", "sensitive", "stolen",
        "compromised", "exposed", "breached", "leaked", "individual's", "such", "different",
        "distinct", "separate", "further", "unverified", "verified", "duplicate", "deduplicated",
    ]

    /// Nouns that make the number something else: durations, places, money, multiples.
    static let otherNouns: Set<String> = [
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "minute",
        "minutes", "second", "seconds", "decade", "decades", "times", "time", "percent", "countries",
        "country", "states", "state", "cities", "stores", "store", "locations", "hotels", "hotel",
        "properties", "offices", "branches", "pages", "page", "points", "shares", "bitcoin", "btc",
        "dollars", "dollar", "pounds", "euros", "euro", "usd", "gbp", "eur", "cents", "gb", "tb", "mb",
        "gigabytes", "terabytes", "megabytes", "bytes", "servers", "server", "databases", "systems",
        "companies", "firms", "banks", "breaches", "incidents", "attacks", "lawsuits", "suits", "cases",
        "words", "characters", "miles", "languages", "brands", "markets", "offices", "agencies",
        "chapters", "items", "steps", "ways", "tips", "questions", "reasons", "members-only", "am", "pm",
        "a.m.", "p.m.", "feet", "km", "kilometers", "meters", "ago", "old",
    ]

    /// Words that end the noun phrase after a number.
    static let stopWords: Set<String> = [
        "of", "in", "for", "from", "with", "who", "whose", "that", "which", "were", "was", "had", "have",
        "has", "is", "are", "be", "been", "and", "or", "but", "to", "by", "the", "a", "an", "as", "at",
        "on", "may", "might", "could", "would", "will", "than", "since", "across", "around", "worldwide",
        "globally", "nationwide", "this", "these", "those", "its", "their", "it", "they", "not",
        "while", "when", "where", "after", "before", "during", "until", "according", "said", "says",
        "also", "all", "each", "per", "did", "do", "does", "remain", "remained", "got", "get", "whom",
        "related", "belonging", "associated", "tied", "connected", "located", "living", "based", "whereas",
    ]

    /// Verbs that make the number a company's size, not an affected population
    /// ("which has more than 100 million customers", "serves 65 million", "employs 5,000").
    static let baseVerbs: Set<String> = [
        "has", "have", "having", "serves", "serve", "serving", "served", "boasts", "boast", "employs",
        "employ", "employing", "employed", "hired", "hire", "hires", "hiring", "counts", "reaches",
        "laid", "cut", "cuts",
    ]

    /// Words that may sit between a base verb and the number ("having a total of roughly").
    static let baseFillers: Set<String> = [
        "a", "an", "the", "total", "of", "some", "its", "their", "our", "nearly", "about", "approximately",
        "roughly", "around", "over", "more", "than", "almost", "just", "under", "up", "to", "as", "many",
        "an", "estimated", "off", "base", "customer", "user",
    ]

    /// Words before a number that make it a label ("item 1.05", "page 3", "version 2").
    static let labelWords: Set<String> = [
        "item", "items", "no", "number", "page", "pages", "version", "section", "form", "exhibit", "rule",
        "chapter", "article", "docket", "case", "zip", "code", "phone", "call", "dial", "routing", "v",
        "ver", "step", "figure", "table", "note", "notes", "part", "schedule", "act", "law", "cve",
        "cwe", "ipv", "model", "series", "level", "tier", "unit", "suite", "room", "floor", "route",
        "highway", "street", "st", "avenue", "ave", "box", "po", "ext", "fax", "tel", "telephone", "ticket",
        "claim", "id", "covid", "windows", "iphone", "android", "ios", "gdpr", "iso", "article",
    ]

    /// Prepositions that make a four-digit number a year ("in 2013").
    static let yearPrepositions: Set<String> = [
        "in", "since", "of", "from", "during", "by", "until", "before", "after", "through", "to", "and",
        "early", "late", "mid", "fiscal", "year", "between",
    ]
}
