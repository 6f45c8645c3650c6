internal import CLibXML2

/// libxml2 is initialised once, before any parse (its thread notes ask for this).
private let libxml2Initialised: Void = { xmlInitParser() }()

/// Collects libxml2's structured errors during one parse; the C callback only appends.
private final class ErrorSink {
    var entries: [(level: Int, code: Int, line: Int, message: String)] = []
    var dropped = 0

    func record(_ error: xmlError) {
        // Unknown tags (`ix:nonNumeric`, SGML wrappers) are normal in the documents we read.
        if error.code == Int32(XML_HTML_UNKNOWN_TAG.rawValue) { return }
        guard entries.count < 200 else { dropped += 1; return }
        var message = error.message.map { String(cString: $0) } ?? "parser error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        entries.append((Int(error.level.rawValue), Int(error.code), Int(error.line), message))
    }
}

/// Parses HTML with libxml2 (`htmlReadMemory`) and walks the tree once, iteratively, into an
/// `HTMLContent`. The document is freed before this returns; no libxml2 pointer leaves this file.
struct HTMLReader {
    var file: String
    /// An SEC filing keeps all its text: no heading-introduced section cuts.
    var keepAllSections = false

    /// - Parameter utf8: valid UTF-8 (the encoding was decided by `ByteDecoder`).
    func read(utf8 bytes: [UInt8]) -> HTMLContent {
        _ = libxml2Initialised
        var content = HTMLContent()
        let sink = ErrorSink()
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(sink).toOpaque(), { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        })
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }

        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = withExtendedLifetime(bytes) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else {
            content.diagnostics.append(Diagnostic(file: file, severity: .error, code: "unparsable",
                                                  message: "libxml2 could not build a document"))
            return content
        }
        defer { xmlFreeDoc(document) }
        var walker = TreeWalker(keepAllSections: keepAllSections)
        walker.accumulator.reserve(bytes.count / 2)
        walker.walk(from: document.pointee.children)
        content = walker.content
        content.diagnostics.append(contentsOf: diagnostics(from: sink))
        return content
    }

    /// Repeated recoverable errors become one warning per code, with the first message as example.
    private func diagnostics(from sink: ErrorSink) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var seen: [String: Int] = [:]
        var counts: [String: Int] = [:]
        for entry in sink.entries {
            let lower = entry.message.lowercased()
            let code: String
            if lower.contains("huge text") || lower.contains("huge input") { code = "truncated" }
            else if lower.contains("depth") || lower.contains("nesting") { code = "tooDeep" }
            else if entry.code == Int(XML_ERR_INVALID_CHAR.rawValue) || lower.contains("encoding") { code = "encodingError" }
            else { code = "malformedMarkup" }
            counts[code, default: 0] += 1
            if seen[code] == nil {
                seen[code] = result.count
                result.append(Diagnostic(file: file, severity: .warning, code: code,
                                         message: "line \(entry.line): \(entry.message)"))
            }
        }
        for (code, index) in seen where counts[code, default: 0] > 1 {
            result[index].message += " (and \(counts[code]! - 1) more)"
        }
        return result
    }
}

/// One element on the walker's explicit stack (the walk never recurses).
private struct Frame {
    var node: xmlNodePtr
    var flushOnExit: Bool
    var pushedKind: Bool
    var suppresses: Bool
    var preformatted: Bool
    var articleLike: Bool
}

/// The single pass over the tree.
private struct TreeWalker {
    var keepAllSections: Bool
    var accumulator = TextAccumulator()
    var content = HTMLContent()
    private var frames: [Frame] = []
    private var kinds: [BlockKind] = []
    private var suppressed = 0
    private var preDepth = 0
    private var articleDepth = 0
    /// While set, everything is chrome until the frame at this index is left (-1: to the end).
    private var cutAt: Int?
    private var breaks = 0

    init(keepAllSections: Bool) {
        self.keepAllSections = keepAllSections
    }

    private var currentKind: BlockKind { kinds.last ?? .paragraph }
    private var emitting: Bool { suppressed == 0 && cutAt == nil }

    mutating func walk(from first: xmlNodePtr?) {
        var current = first
        while let node = current {
            if enter(node), let child = node.pointee.children {
                current = child
                continue
            }
            var climbing = node
            current = nil
            while true {
                if let next = climbing.pointee.next { current = next; break }
                guard let frame = frames.popLast() else { break }
                exit(frame)
                climbing = frame.node
            }
        }
        accumulator.flush()
        content.text = accumulator.text
        content.blocks = accumulator.blocks
    }

    /// Handles a node; returns whether to descend into its children (a frame was pushed).
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if emitting, let text = node.pointee.content {
                accumulator.keepLineBreaks = preDepth > 0
                accumulator.append(utf8: UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))), kind: currentKind)
                breaks = 0
            }
            return false
        case XML_ELEMENT_NODE:
            return enterElement(node)
        default:
            return false
        }
    }

    private mutating func enterElement(_ node: xmlNodePtr) -> Bool {
        guard let rawName = node.pointee.name else { return false }
        let tag = String(cString: rawName)
        let attributes = ElementAttributes(node)
        switch tag {
        case "title":
            if content.title == nil { content.title = normalized(nodeText(node)) }
            return false
        case "meta":
            if let key = attributes.metaKey, let value = attributes.content, content.metas[key] == nil {
                content.metas[key] = value
            }
            return false
        case "script":
            if attributes.type?.lowercased().contains("ld+json") == true { content.jsonLD.append(nodeText(node)) }
            return false
        case "time":
            if content.timeDatetime == nil, emitting, let datetime = attributes.datetime { content.timeDatetime = datetime }
        case "ix:nonnumeric", "ix:nonfraction":
            if let name = attributes.name, content.inlineXBRL[name] == nil {
                content.inlineXBRL[name] = normalized(nodeText(node))
            }
        default: break
        }
        var role = ElementRole(tag: tag)
        var suppresses = tag == "head" || tag == "ix:header" || attributes.hidden
        if role != .dropped, !BoilerplateRules.structuralTags.contains(tag), !keepAllSections || tag == "header" {
            if let role = attributes.role, BoilerplateRules.droppedRoles.contains(role) { return false }
            if attributes.classOrID.map(BoilerplateRules.isChrome(classOrID:)) == true { return false }
            if tag == "header", articleDepth == 0, !keepAllSections { role = .dropped }
        }
        switch role {
        case .dropped:
            return false
        case .lineBreak:
            breaks += 1
            if breaks >= 2 { accumulator.flush() } else { accumulator.appendSpace() }
            return false
        case .inline:
            guard node.pointee.children != nil else { return false }
            if suppresses { suppressed += 1 }
            frames.append(Frame(node: node, flushOnExit: false, pushedKind: false, suppresses: suppresses,
                                preformatted: false, articleLike: false))
            return true
        case .block(let kind):
            if emitting { accumulator.flush() }
            breaks = 0
            guard node.pointee.children != nil else { return false }
            if suppresses { suppressed += 1 } else { suppresses = false }
            if let kind { kinds.append(kind) }
            let article = tag == "article" || tag == "main"
            if article { articleDepth += 1 }
            if kind == .preformatted { preDepth += 1 }
            frames.append(Frame(node: node, flushOnExit: true, pushedKind: kind != nil, suppresses: suppresses,
                                preformatted: kind == .preformatted, articleLike: article))
            return true
        }
    }

    private mutating func exit(_ frame: Frame) {
        if frame.flushOnExit {
            let count = accumulator.blocks.count
            if emitting { accumulator.flush() }
            if frame.pushedKind, kinds.last == .heading, accumulator.blocks.count > count, !keepAllSections,
               BoilerplateRules.isSectionHeading(accumulator.blocks[count].text) {
                accumulator.truncate(toBlockCount: count)
                cutAt = sectionFrameIndex(of: frame.node)
            }
            breaks = 0
        }
        if frame.pushedKind { kinds.removeLast() }
        if frame.suppresses { suppressed -= 1 }
        if frame.preformatted { preDepth -= 1 }
        if frame.articleLike { articleDepth -= 1 }
        if let cut = cutAt, cut >= 0, frames.count <= cut { cutAt = nil }
    }

    /// The section a chrome heading introduces: its parent, or a higher ancestor while the
    /// parent holds nothing but the heading (`<div class="title"><h2>Comments</h2></div>`).
    private func sectionFrameIndex(of heading: xmlNodePtr) -> Int {
        var index = frames.count - 1
        while index >= 0 {
            var elements = 0
            var child = frames[index].node.pointee.children
            while let node = child, elements < 2 {
                if node.pointee.type == XML_ELEMENT_NODE { elements += 1 }
                child = node.pointee.next
            }
            let tag = frames[index].node.pointee.name.map { String(cString: $0) } ?? ""
            if tag == "body" || tag == "html" { return -1 }
            if elements >= 2 { return index }
            index -= 1
        }
        return -1
    }

    private func nodeText(_ node: xmlNodePtr) -> String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { breachdiff_xml_free(raw) }
        return String(cString: raw)
    }

    private func normalized(_ text: String) -> String {
        var accumulator = TextAccumulator()
        accumulator.append(text, kind: .paragraph)
        return accumulator.pendingText
    }
}

/// The attributes the walker looks at, read straight from the node's attribute list.
private struct ElementAttributes {
    var classOrID: String?
    var role: String?
    var hidden = false
    var metaKey: String?
    var content: String?
    var type: String?
    var datetime: String?
    var name: String?

    init(_ node: xmlNodePtr) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let key = String(cString: rawName).lowercased()
            switch key {
            case "class", "id":
                let value = Self.value(current)
                classOrID = classOrID.map { $0 + " " + value } ?? value
            case "role": role = Self.value(current).lowercased()
            case "hidden": hidden = true
            case "aria-hidden": hidden = hidden || Self.value(current).lowercased() == "true"
            case "style": hidden = hidden || Self.hidesElement(current)
            case "name", "property", "itemprop":
                let value = Self.value(current)
                if key == "name" { name = value }
                if metaKey == nil || key == "property" { metaKey = value.lowercased() }
            case "http-equiv": metaKey = metaKey ?? "http-equiv:" + Self.value(current).lowercased()
            case "content": content = Self.value(current)
            case "type": type = Self.value(current)
            case "datetime": datetime = Self.value(current)
            default: break
            }
        }
    }

    private static func value(_ attribute: xmlAttrPtr) -> String {
        guard let child = attribute.pointee.children else { return "" }
        if child.pointee.next == nil, let text = child.pointee.content { return String(cString: text) }
        guard let raw = xmlNodeListGetString(attribute.pointee.doc, child, 1) else { return "" }
        defer { breachdiff_xml_free(raw) }
        return String(cString: raw)
    }

    /// `display:none` or `visibility:hidden` in a style attribute, scanned without copying.
    private static func hidesElement(_ attribute: xmlAttrPtr) -> Bool {
        guard let child = attribute.pointee.children, let text = child.pointee.content else { return false }
        var compact: [UInt8] = []
        var index = 0
        while text[index] != 0 {
            let byte = text[index]
            if byte != 0x20 && byte != 0x09 { compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            index += 1
        }
        let string = String(decoding: compact, as: UTF8.self)
        return string.contains("display:none") || string.contains("visibility:hidden")
    }
}
