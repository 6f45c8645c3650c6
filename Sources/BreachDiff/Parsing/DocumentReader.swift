import Foundation

/// Reads one input file into documents (a full EDGAR submission yields one per part).
///
/// Order of work for one file: open and size-check it, sniff the format from the bytes (the
/// extension only breaks ties), decide the encoding (`ByteDecoder`), build the main text
/// (`HTMLReader` or `PlainTextReader`), then the metadata (`MetadataExtractor`) and the SEC
/// filing structure (`FilingAnalyzer`). Nothing throws out of `read`: a file that cannot be read
/// comes back as one document of kind `unknown` with an error diagnostic.
public struct DocumentReader: Sendable {
    /// Files above this size are not read (`tooLarge`); libxml2 would truncate text nodes over
    /// 10 MB anyway, and one page of a breach case is never this big.
    public var maximumBytes: Int

    public init(maximumBytes: Int = 64 << 20) {
        self.maximumBytes = maximumBytes
    }

    /// Never throws: a file that cannot be read comes back as a document with an error diagnostic.
    public func read(_ input: InputFile) -> [ParsedDocument] {
        let file = input.relativePath
        switch load(input.url, mustBeRegular: input.foundInFolder) {
        case .failure(let error):
            return [failure(file, error)]
        case .success(let bytes):
            return read(bytes: bytes, file: file, fileName: input.url.lastPathComponent)
        }
    }

    /// Reads already-decoded plain text (used by tests and by the text path).
    public func read(text: String, file: String) -> ParsedDocument {
        read(bytes: Array(text.utf8), file: file, fileName: (file as NSString).lastPathComponent).first
            ?? ParsedDocument(file: file, kind: .unknown)
    }

    /// Reads a file's bytes; `fileName` gives the extension and the file-name hints.
    public func read(bytes: [UInt8], file: String, fileName: String) -> [ParsedDocument] {
        guard bytes.count <= maximumBytes else {
            return [failure(file, .tooLarge(bytes: bytes.count, limit: maximumBytes))]
        }
        let fileExtension = (fileName as NSString).pathExtension
        let format = InputSniffer.sniff(bytes, fileExtension: fileExtension)
        switch format {
        case .empty:
            return [failure(file, .empty)]
        case .binary(let what):
            return [failure(file, .binary(what))]
        case .submission:
            return readSubmission(bytes, file: file, fileName: fileName)
        case .sgmlDocument:
            let wrapped = SGMLWrapper(bytes)
            var document = readPart(wrapped.body, file: file, fileName: fileName, partType: wrapped.type)
            if document.formType == nil { document.formType = wrapped.type }
            return [document]
        case .html, .text:
            return [readPart(bytes, file: file, fileName: fileName, partType: nil, format: format)]
        }
    }

    private func readSubmission(_ bytes: [UInt8], file: String, fileName: String) -> [ParsedDocument] {
        let (header, parts) = SubmissionSplitter.split(bytes)
        let textParts = parts.filter { $0.body.contains { $0 > 0x20 } }
        guard !textParts.isEmpty else {
            let wrapped = SGMLWrapper(bytes)
            return [readPart(wrapped.body, file: file, fileName: fileName, partType: wrapped.type)]
        }
        return textParts.map { part in
            let partFile = textParts.count == 1 && parts.count == 1 ? file : "\(file)#\(part.sequence)"
            var document = readPart(part.body, file: partFile, fileName: part.filename ?? fileName, partType: part.type)
            document.filing = FilingLink(submission: file, accession: header.accession, sequence: part.sequence, type: part.type)
            document.formType = document.formType ?? part.type
            if document.company == nil { document.company = header.companyName }
            if document.published == nil { document.published = header.filed ?? header.periodOfReport }
            return document
        }
    }

    /// One text document: HTML or plain text by content, then metadata and filing structure.
    /// - Parameter format: the sniffed format of exactly these bytes and this file name, when the
    ///   caller already has it (sniffing reads the first kilobytes again).
    func readPart(_ bytes: [UInt8], file: String, fileName: String, partType: String?,
                  format known: InputFormat? = nil) -> ParsedDocument {
        let format = known ?? InputSniffer.sniff(bytes, fileExtension: (fileName as NSString).pathExtension)
        if format == .empty { return failure(file, .empty) }
        if case .binary(let what) = format { return failure(file, .binary(what)) }
        let isHTML = format == .html
        let decoded = ByteDecoder.decode(bytes, declared: isHTML ? InputSniffer.declaredEncoding(bytes) : nil)
        var errors: [Diagnostic] = []
        if decoded.fellBack {
            errors.append(Diagnostic(file: file, severity: .warning, code: "encodingFallback",
                                     message: "not valid UTF-8 and no usable declared encoding; read as windows-1252"))
        }
        let filingLike = partType != nil || MetadataExtractor.looksLikeFiling(decoded.utf8)
        var document: ParsedDocument
        if isHTML {
            let content = HTMLReader(file: file, keepAllSections: filingLike).read(utf8: decoded.utf8)
            errors.append(contentsOf: content.diagnostics)
            let main = filingLike ? nil : MainTextFilter().filter(content.blocks, text: content.text)
            document = ParsedDocument(file: file, kind: .news, encoding: decoded.encoding, text: main?.text ?? content.text,
                                      blocks: main?.blocks ?? content.blocks, errors: errors)
            MetadataExtractor(fileName: fileName, partType: partType, metaLines: content.metaLines + (main?.metaLines ?? []))
                .describe(&document, html: content)
            if let main { CompanyByline.restore(into: &document, metaLines: content.metaLines, datelines: main.metaLines) }
        } else {
            let content = PlainTextReader(keepAllSections: filingLike).read(utf8: decoded.utf8)
            let main = filingLike ? nil : MainTextFilter().filter(content.blocks, text: content.text)
            document = ParsedDocument(file: file, kind: .news, encoding: decoded.encoding, text: main?.text ?? content.text,
                                      blocks: main?.blocks ?? content.blocks, errors: errors)
            MetadataExtractor(fileName: fileName, partType: partType, metaLines: main?.metaLines ?? [])
                .describe(&document, plain: content)
        }
        if document.blocks.isEmpty, !document.errors.contains(where: { $0.severity == .error }) {
            document.errors.append(Diagnostic(file: file, severity: .warning, code: "noText",
                                              message: "no main text was found"))
        }
        return document
    }

    /// "named pipe", "socket" or "device" when the path (links followed) is one of them.
    static func specialFileKind(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFIFO: return "named pipe"
        case S_IFSOCK: return "socket"
        case S_IFCHR, S_IFBLK: return "device"
        default: return nil
        }
    }

    private func failure(_ file: String, _ error: ReadError) -> ParsedDocument {
        ParsedDocument(file: file, kind: .unknown, errors: [error.diagnostic(file: file)])
    }

    /// Opens a file: a directory, a missing file, a broken link, a special file, a permission
    /// problem and an oversize file each get their own message.
    private func load(_ url: URL, mustBeRegular: Bool) -> Result<[UInt8], ReadError> {
        // `url.path` builds a new string on every call: once per file is enough.
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            return .failure(.unreadable(link ? "broken symbolic link (its target is missing or a link loop)" : "no such file"))
        }
        if mustBeRegular, !isDirectory.boolValue, let special = Self.specialFileKind(path) {
            return .failure(.unreadable("not a regular file (\(special)); not read"))
        }
        if isDirectory.boolValue {
            let listable = (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil
            return .failure(.unreadable(listable ? "is a directory" : "cannot open the folder (permission denied)"))
        }
        guard FileManager.default.isReadableFile(atPath: path) else { return .failure(.unreadable("permission denied")) }
        switch FileBytes.read(path: path, limit: maximumBytes) {
        case .bytes(let bytes): return .success(bytes)
        case .cannotOpen: return .failure(.unreadable("cannot open the file"))
        case .tooLarge(let size): return .failure(.tooLarge(bytes: size, limit: maximumBytes))
        case .readFailed(let reason): return .failure(.unreadable("cannot read the file: \(reason)"))
        }
    }
}
