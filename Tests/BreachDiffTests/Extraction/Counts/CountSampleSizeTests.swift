import Testing
@testable import BreachDiff

/// The size of a sample a seller or researcher shows is not the population a breach reached.
@Suite struct CountSampleSizeTests {
    static let samples: [String] = [
        "The vendor posted a sample of 500 records to prove the data was real.",
        "Samples of about 2,000 customer rows were shared with reporters.",
        "He attached 25 sample entries from the stolen table.",
    ]

    @Test("A sample's size is no count", arguments: samples)
    func sampleSize(text: String) {
        #expect(CountExtractorTests.counts(text).isEmpty, "\(CountExtractorTests.counts(text))")
    }

    /// The population next to the sample still counts.
    @Test func populationBesideASample() {
        let found = CountExtractorTests.counts("The seller says the full set covers 12 million customers and shared a sample of 300 records.")
        #expect(found.contains { $0.value == 12_000_000 && $0.unit == "customers" }, "\(found)")
        #expect(!found.contains { $0.value == 300 }, "\(found)")
    }
}
