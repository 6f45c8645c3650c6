/// The company a folder of documents is about when its documents' metadata does not say (news
/// pages, notices and blog posts carry no registrant), read from the prose across the folder.
///
/// Each document without a metadata company contributes its leading `DocumentInfo.subjects` (the
/// organisations its prose names most, headline and lead weighted, "X said" weighted more):
/// 3 points for the first, 2 for the second, 1 for the third. Subjects become company keys
/// (`CompanyName.key`: case, hyphens and legal suffixes do not matter). The folder's prose company
/// is the key the most documents lead with, then the most points, then alphabetical; it needs two
/// documents (one when the folder holds a single such document). One document's favourite word
/// is often the outlet or an agency; what most documents of a case share is the company.
///
/// A later name (a renamed company's filings, an acquirer's) is given up for the name most
/// documents use: when the folder's metadata companies are not the prose company and the prose
/// company leads in at least three documents and twice as many as the metadata names, the
/// metadata documents join the prose company.
struct ProseCompanies {
    /// Prose company key per folder.
    var keyByFolder: [String: String] = [:]
    /// Display spelling per key: the subject word capitalised per hyphenated part ("T-Mobile").
    var nameByKey: [String: String] = [:]
    /// Metadata keys to replace, per folder (renamed companies).
    var renamed: [String: [String: String]] = [:]

    /// Subjects taken from each document and their points.
    static let points = [3, 2, 1]

    init(documents: [DocumentInfo], folder: (String) -> String) {
        var tally: [String: [String: (documents: Int, points: Int, spelling: String)]] = [:]
        var metadataDocuments: [String: [String: Int]] = [:]
        var seen: Set<String> = []
        var subjectDocuments: [String: Int] = [:]
        for document in documents.sorted(by: { $0.file < $1.file }) where seen.insert(document.file).inserted {
            let place = folder(document.file)
            if let company = document.company, !CompanyName.key(company).isEmpty {
                metadataDocuments[place, default: [:]][CompanyName.key(company), default: 0] += 1
                continue
            }
            var counted: Set<String> = []
            var rank = 0
            for subject in document.subjects where rank < Self.points.count {
                let key = CompanyName.key(subject)
                guard key.count >= 3, counted.insert(key).inserted else { continue }
                var entry = tally[place, default: [:]][key] ?? (0, 0, subject)
                entry.documents += 1
                entry.points += Self.points[rank]
                tally[place, default: [:]][key] = entry
                rank += 1
            }
            if rank > 0 { subjectDocuments[place, default: 0] += 1 }
        }
        for (place, keys) in tally {
            guard let best = keys.max(by: { ($0.value.documents, $0.value.points, $1.key) < ($1.value.documents, $1.value.points, $0.key) })
            else { continue }
            let needed = subjectDocuments[place, default: 0] == 1 ? 1 : 2
            guard best.value.documents >= needed else { continue }
            let metadata = metadataDocuments[place] ?? [:]
            // A metadata company that the prose names (by its first word: "capital" for
            // "capitalone") is the same company; its metadata spelling stays.
            if let same = metadata.keys.sorted().first(where: { $0.hasPrefix(best.key) || best.key.hasPrefix($0) }) {
                keyByFolder[place] = same
                continue
            }
            let named = metadata.values.reduce(0, +)
            if named > 0 {
                guard best.value.documents >= 3, best.value.documents >= 2 * named else { continue }
                renamed[place] = Dictionary(uniqueKeysWithValues: metadata.keys.map { ($0, best.key) })
            }
            keyByFolder[place] = best.key
            nameByKey[best.key] = Self.display(best.value.spelling)
        }
    }

    /// "t-mobile" -> "T-Mobile", "acme" -> "Acme".
    static func display(_ word: String) -> String {
        word.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: "-")
    }
}
