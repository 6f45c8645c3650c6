/// Decides which company each document is about: its own `company` field, else a known company
/// its title or most of its quotes name, else the folder's dominant company.
struct DocumentCompanies {
    /// Company key per file.
    var keyByFile: [String: String] = [:]
    /// Display name per key: the most frequent spelling, ties to the longest, then alphabetical.
    var nameByKey: [String: String] = [:]

    init(documents: [DocumentInfo], facts: [Fact]) {
        var spellings: [String: [String: Int]] = [:]
        var docsPerKey: [String: Int] = [:]
        for document in documents {
            guard let name = document.company, !CompanyName.key(name).isEmpty else { continue }
            let key = CompanyName.key(name)
            keyByFile[document.file] = key
            spellings[key, default: [:]][name, default: 0] += 1
            docsPerKey[key, default: 0] += 1
        }
        for (key, names) in spellings {
            nameByKey[key] = names.sorted {
                ($0.value, $0.key.count, $1.key) > ($1.value, $1.key.count, $0.key)
            }.first?.key
        }
        let known = docsPerKey.keys.sorted()
        let dominant = docsPerKey.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key ?? ""
        var quotesByFile: [String: [String]] = [:]
        for fact in facts { quotesByFile[fact.file, default: []].append(fact.quote) }
        let files = Set(documents.map(\.file)).union(facts.map(\.file)).sorted()
        for file in files where keyByFile[file] == nil {
            let title = documents.first { $0.file == file }?.title ?? ""
            if let key = known.first(where: { CompanyName.mentions(title, key: $0) }) {
                keyByFile[file] = key
                continue
            }
            let quotes = quotesByFile[file] ?? []
            let counts = known.map { key in (key, quotes.filter { CompanyName.mentions($0, key: key) }.count) }
            if let best = counts.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }), best.1 * 2 > quotes.count, best.1 > 0 {
                keyByFile[file] = best.0
            } else {
                keyByFile[file] = dominant
            }
        }
        if nameByKey[""] == nil { nameByKey[""] = "Unknown company" }
    }

    func key(of file: String) -> String { keyByFile[file] ?? "" }

    func name(of key: String) -> String { nameByKey[key] ?? key }
}
