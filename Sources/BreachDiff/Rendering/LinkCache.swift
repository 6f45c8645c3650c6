/// What `HTMLRenderer` draws from besides the report: each file's link HTML, built once per
/// file. A link is drawn for every grid column, side, timeline row and fact, and percent-encoding
/// and escaping its path each time cost about 7% of a main-job run; the documents by file are
/// keyed once for the whole page too.
final class LinkCache {
    let report: Report
    let documentsByFile: [String: DocumentInfo]
    private var links: [String: String] = [:]

    init(_ report: Report) {
        self.report = report
        documentsByFile = report.documentsByFile
    }

    var documents: [DocumentInfo] { report.documents }
    var facts: [Fact] { report.facts }

    /// `HTMLRenderer.link(file, in: report)`, remembered.
    func html(_ file: String) -> String {
        if let link = links[file] { return link }
        let link = HTMLRenderer.link(file, in: report)
        links[file] = link
        return link
    }
}

extension TextOutput {
    /// `out += text` appends `text`: the renderers' string-building code writes to the stream
    /// unchanged.
    static func += (out: TextOutput, text: String) {
        out.write(text)
    }
}
