/// A word or phrase that ties a nearby date to a breach event ("discovered", "began notifying"),
/// or marks the date as belonging to something else ("arrested", "acquired", "said").
struct EventTrigger: Sendable {
    /// What else the clause must hold for the word to mean the breach event.
    enum Condition: Sendable, Equatable {
        case none
        /// A breach word within a few tokens either side ("the breach occurred", "activity started").
        case breachNearby
        /// A breach word just before it ("the activity was contained"), not "a database which contained".
        case breachBefore
        /// "that", "of" or a breach word right after it ("identified that", "learned of the incident").
        case discoveryObject
        /// "determined (that) there was unauthorized access": a breach word after it.
        case breachAfter
        /// An SEC filing word nearby ("filed an 8-K", "SEC filing").
        case filingNearby
        /// "closed" an entry point, access, vulnerability.
        case accessObject
        /// "informed customers", "notified affected users".
        case peopleAfter
        /// An intruder word among the three words before it ("hackers reached", "the attackers then
        /// reached"): a verb that means access only with that subject, not "reached a settlement".
        case agentBefore
        /// "approved ... settlement".
        case settlementAfter
        /// Active "notified customers"; a passive needs the people as its subject ("customers were
        /// notified"), since "the company was notified" received a notice.
        case peopleIfPassive
        /// "used those credentials to reach", "with the stolen password logged into": a verb of
        /// reaching or logging in is access when stolen credentials are its means.
        case credentialsBefore
        /// "the hackers contacted the company", "one of the attackers emailed it": an intruder
        /// getting in touch (to boast or extort) is how a company learns of its breach; not when
        /// the intruder writes to customers, staff or reporters.
        case intruderContact
        /// "paid the regulator's office $16 million", "paid the plaintiffs": a payment to a
        /// regulator, a court or a class settles a claim; never with a ransom word in the sentence.
        case payee
        /// "the theft began on X and ran until Y": a verb of going on that dates an intrusion only
        /// with a period word right after it and a breach word earlier in the sentence.
        case periodAfter
        /// "the data was taken", "card data was captured": a data noun shortly before the verb.
        case dataSubject
        /// "agreed to pay $10 million": a payment agreed with no ransom word in the sentence.
        case noRansom
        /// "notified the company of suspicious activity": an active verb whose object (not the
        /// people affected, not a regulator) is then told "of" a breach: that object discovered it.
        case toldOfBreach
    }

    /// Lower-cased word hashes, matched on consecutive word tokens.
    var words: [UInt64]
    /// nil: the date belongs to an unrelated happening and is no breach fact.
    var event: DateEvent?
    var condition: Condition
    /// Added to the distance: nouns ("breach") bind a date less tightly than verbs ("discovered").
    var weight: Int

    init(_ phrase: String, _ event: DateEvent?, _ condition: Condition = .none, weight: Int = 0) {
        words = phrase.split(separator: " ").map { DateTokenizer.hash(String($0)) }
        self.event = event
        self.condition = condition
        self.weight = weight
    }
}
