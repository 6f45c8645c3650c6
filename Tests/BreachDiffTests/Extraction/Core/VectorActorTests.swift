import Testing
@testable import BreachDiff

@Suite struct VectorActorTests {
    func values(_ sentence: String, _ extractor: any TypeExtractor) -> [String] {
        let document = CoreTestSupport.document(sentence)
        return FactExtractor(extractors: [extractor]).extract(from: document).compactMap {
            switch $0.payload {
            case .vector(let key), .actor(let key): key
            default: nil
            }
        }
    }

    static let vectorCases: [(String, String)] = [
        ("The intruder abused an API that returned account details.", "api_abuse"),
        ("Data was pulled through a single API over six weeks.", "api_abuse"),
        ("A flaw in an application programming interface let anyone query profiles.", "api_abuse"),
        ("The attackers logged in with stolen credentials bought on a market.", "stolen_credentials"),
        ("A credential stuffing campaign hit the login page.", "credential_stuffing"),
        ("Ransomware encrypted the file servers overnight.", "ransomware"),
        ("An employee fell for a phishing email in January.", "phishing"),
        ("A misconfigured web application firewall let the intruder in.", "misconfiguration"),
        ("The records sat in an exposed database with no password.", "misconfiguration"),
        ("A rogue employee copied the customer list.", "insider"),
        ("Criminals exploited a vulnerability in a web framework.", "vulnerability_exploit"),
        ("The portal ran an unpatched version of the software.", "vulnerability_exploit"),
        ("Malware on the tills captured card numbers.", "malware"),
        ("A SQL injection against the search form leaked the table.", "sql_injection"),
        ("Callers used social engineering to reset the help desk password.", "social_engineering"),
        ("A brute-force attack guessed weak PINs.", "brute_force"),
    ]

    @Test("Each vector phrasing is found", arguments: vectorCases)
    func vector(sentence: String, expected: String) {
        #expect(values(sentence, VectorExtractor()).contains(expected))
    }

    @Test("Negated, advisory and bare mentions are not vectors", arguments: [
        "There is no evidence of malware on the network.",
        "Customers should be on the lookout for phishing messages.",
        "The developer portal documents every API.",
        "No login credentials were compromised.",
        "No card account numbers, usernames or log-in credentials of members were compromised.",
    ])
    func notVector(sentence: String) {
        #expect(values(sentence, VectorExtractor()).isEmpty)
    }

    static let actorCases: [(String, [String])] = [
        ("The breach was later tied to LAPSUS$ by investigators.", ["LAPSUS$"]),
        ("Analysts blamed APT41 for the campaign.", ["APT41"]),
        ("The hacker, Jordan Vale, said the server was wide open.", ["Jordan Vale"]),
        ("A former cloud engineer, Robin Hale, was arrested.", ["Robin Hale"]),
        ("The hacking group NightOwls posted a sample.", ["NightOwls"]),
        ("ByteReapers says it still has access.", ["ByteReapers"]),
        ("A hacker known as Quill sold the archive.", ["Quill"]),
    ]

    @Test("Named actors are found", arguments: actorCases)
    func actor(sentence: String, expected: [String]) {
        #expect(values(sentence, ActorExtractor()) == expected)
    }

    @Test("Generic attackers are not names", arguments: [
        "A hacker sold the data on a forum.",
        "The bad actor used a script to pull records.",
        "A state-sponsored actor was behind the intrusion, Acme said.",
        "Acme, formerly known as Initech, settled the case.",
    ])
    func notActor(sentence: String) {
        #expect(values(sentence, ActorExtractor()).isEmpty)
    }

    @Test("One fact per distinct actor per sentence")
    func oneFactPerActor() {
        #expect(values("LAPSUS$ said LAPSUS$ would leak more.", ActorExtractor()) == ["LAPSUS$"])
    }
}
