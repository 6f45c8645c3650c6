/// Decides which company each document is about: its own `company` field (unless the folder's
/// prose names another company far more often: a renamed company, `ProseCompanies`), else a known company
/// its title names, else the first of its `subjects` (the organisations its prose names most) that
/// begins a known company's key, else the company most of its quotes name, else the company of
/// most documents in the same folder (researchers keep a folder per case), else the dominant company.
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
        let prose = ProseCompanies(documents: documents, folder: Self.folder(of:))
        for (file, key) in keyByFile {
            guard let renamed = prose.renamed[Self.folder(of: file)]?[key] else { continue }
            keyByFile[file] = renamed
            docsPerKey[key, default: 0] -= 1
            docsPerKey[renamed, default: 0] += 1
        }
        docsPerKey = docsPerKey.filter { $0.value > 0 }
        // A prose company is known like a metadata one; its spelling is the prose's unless a
        // document's metadata spelled it.
        for (key, name) in prose.nameByKey {
            if spellings[key] == nil { spellings[key] = [name: 1] }
            docsPerKey[key] = max(docsPerKey[key] ?? 0, 1)
        }
        for (key, names) in spellings where docsPerKey[key] != nil {
            nameByKey[key] = names.sorted {
                ($0.value, $0.key.count, $1.key) > ($1.value, $1.key.count, $0.key)
            }.first?.key
        }
        let known = docsPerKey.keys.sorted()
        var keysPerFolder: [String: [String: Int]] = [:]
        for (file, key) in keyByFile { keysPerFolder[Self.folder(of: file), default: [:]][key, default: 0] += 1 }
        var folderKey = keysPerFolder.mapValues { counts in
            counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first!.key
        }
        // The prose company of a folder whose documents' metadata names none (or that was renamed).
        for (folder, key) in prose.keyByFolder { folderKey[folder] = key }
        let dominant = docsPerKey.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key ?? ""
        var quotesByFile: [String: [String]] = [:]
        for fact in facts where keyByFile[fact.file] == nil { quotesByFile[fact.file, default: []].append(fact.quote) }
        // The first document of each file, looked up once (a scan of all documents per file was quadratic).
        var documentByFile: [String: DocumentInfo] = [:]
        for document in documents where documentByFile[document.file] == nil { documentByFile[document.file] = document }
        let files = Set(documents.map(\.file)).union(facts.map(\.file)).sorted()
        let index = CompanyKeyIndex(keys: known)
        for file in files where keyByFile[file] == nil {
            let title = CompanyName.Mentions(documentByFile[file]?.title ?? "")
            if let key = index.firstNamed(in: title) {
                keyByFile[file] = key
                continue
            }
            let subjects = documentByFile[file]?.subjects ?? []
            if let key = Self.known(subjects: subjects, keys: known) {
                keyByFile[file] = key
                continue
            }
            let quotes = quotesByFile[file] ?? []
            // Only keys some quote names can win (a winner needs at least one quote).
            var tally: [String: Int] = [:]
            for quote in quotes {
                let text = CompanyName.Mentions(quote)
                for key in index.candidates(text) where text.names(key: key) { tally[key, default: 0] += 1 }
            }
            if let best = tally.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }), best.1 * 2 > quotes.count, best.1 > 0 {
                keyByFile[file] = best.0
            } else {
                keyByFile[file] = folderKey[Self.folder(of: file)] ?? dominant
            }
        }
        if nameByKey[""] == nil { nameByKey[""] = "Unknown company" }
    }

    func key(of file: String) -> String { keyByFile[file] ?? "" }

    /// The first subject word (three letters or more) that begins a known key: "capital" selects
    /// "capitalone", "tmobile" selects "tmobile"; words naming no known company are passed over.
    /// The folder part of a relative path ("tmobile/a.html" gives "tmobile"; parts of a
    /// submission "x.txt#2" stay in their file's folder).
    static func folder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return String(file[..<slash])
    }

    static func known(subjects: [String], keys: [String]) -> String? {
        for subject in subjects {
            let word = CompanyName.key(subject)
            guard word.count >= 3 else { continue }
            if let key = keys.first(where: { $0.hasPrefix(word) }) { return key }
        }
        return nil
    }

    func name(of key: String) -> String { nameByKey[key] ?? key }
}
