import Foundation
import Testing
@testable import BreachDiff

@Suite struct CompanyNamesCorpusProbe {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BREACHDIFF_ATTRIBUTION_REPORT"] != nil))
    func printAnchors() throws {
        for folder in SharedCorpus.cases() {
            for document in try ExpectedCase(folder: folder).documents {
                guard let parsed = SharedCorpus.read(document.file, in: folder) else { continue }
                let resolution = AttributionResolver().resolve(SentenceSplitter().sentences(of: parsed), in: parsed)
                print("ANCHOR", document.file, resolution.company.anchors.sorted())
            }
        }
    }
}
