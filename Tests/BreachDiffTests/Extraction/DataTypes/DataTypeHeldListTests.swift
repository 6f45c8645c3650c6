import Testing
@testable import BreachDiff

/// Listing verbs of a container ("the archive held ...") and negations whose subject is not the
/// data ("only X ..., and the members are not at risk").
@Suite struct DataTypeHeldListTests {
    @Test("a container that held, comprised or revealed data lists exposed types", arguments: [
        "The tables the intruder opened mostly held usernames and phone numbers.",
        "The leaked archive comprised usernames and phone numbers.",
        "The exposed files revealed usernames and phone numbers.",
    ])
    func listingVerbs(sentence: String) {
        let found = Set(DataTypeTestSupport.extract(sentence).map(\.description))
        #expect(found == ["credentials exposed company", "phone exposed company"])
    }

    @Test("reaching data is getting at it")
    func reached() {
        let found = DataTypeTestSupport.extract("The attackers also reached payment card numbers of some shoppers.")
        #expect(found.map(\.description) == ["payment_card exposed company"])
    }

    @Test("'only X' affirms X; a later negation about the people is not a denial of the data")
    func onlyAffirms() {
        let found = DataTypeTestSupport.extract(
            "Most of the stolen entries contained only an email address and a phone number, and the members concerned are not at risk of fraud.")
        #expect(Set(found.map(\.description)) == ["email exposed company", "phone exposed company"])
    }

    @Test("a new clause that points back with a pronoun still denies the data")
    func pronounPointsBack() {
        let found = DataTypeTestSupport.extract(
            "The first review matched the stolen files by passport numbers, and the recovered files did not include them.")
        #expect(found.map(\.description) == ["passport not_exposed company"])
    }
}
