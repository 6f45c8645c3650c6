internal import CLibXML2

/// libxml2 is initialised once, before any parse (its thread notes ask for this).
private let libxml2Initialised: Void = { xmlInitParser() }()

/// Collects libxml2's structured errors during one parse; the C callback only appends.
private final class ErrorSink {
    var entries: [LibraryError] = []
    var dropped = 0

    func record(_ error: xmlError) {
        // Unknown tags (`ix:nonNumeric`, SGML wrappers) are normal in the documents we read.
        if error.code == Int32(XML_HTML_UNKNOWN_TAG.rawValue) { return }
        guard entries.count < 200 else { dropped += 1; return }
        var message = error.message.map { String(cString: $0) } ?? "parser error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        entries.append(LibraryError(code: Int(error.code), line: Int(error.line), message: message,
                                    invalidCharacter: error.code == Int32(XML_ERR_INVALID_CHAR.rawValue)))
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
        content.diagnostics.append(contentsOf: LibraryError.diagnostics(sink.entries, file: file))
        return content
    }
}

/// `ElementTag`s by tag name, direct-mapped (64 slots), the name packed into two words.
///
/// Why not by address: libxml2's HTML tree gives every element its own copy of the name. A
/// name is at most 16 bytes in the key; a longer one (no HTML tag is) takes the slow path.
private struct TagCache {
    private var keys = [(UInt64, UInt64)](repeating: (0, 0), count: 64)
    private var tags = [ElementTag](repeating: ElementTag(name: ""), count: 64)

    mutating func tag(named name: UnsafePointer<xmlChar>) -> ElementTag {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        while index < 16, name[index] != 0 {
            if index < 8 { low |= UInt64(name[index]) << (8 * index) } else { high |= UInt64(name[index]) << (8 * (index - 8)) }
            index += 1
        }
        guard index < 16 || name[16] == 0, low != 0 else { return ElementTag(name: String(cString: name)) }
        // The top six bits of a multiplicative hash pick the slot; an empty slot has key (0, 0).
        let slot = Int(truncatingIfNeeded: ((low ^ high &* 31) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if keys[slot] == (low, high) { return tags[slot] }
        let tag = ElementTag(name: String(cString: name))
        keys[slot] = (low, high)
        tags[slot] = tag
        return tag
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
    /// Chrome kept only for a headline inside it (`chromeDepth` was raised).
    var chrome = false
    /// A by-line or post-info box, read into `metaLines` (`metaDepth` was raised).
    var metadata = false
    /// A `<h1>` inside chrome: the chrome depth to restore on leaving it.
    var savedChromeDepth: Int?
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
    /// Inside chrome that is walked only for a headline it holds.
    private var chromeDepth = 0
    /// Inside a by-line or post-info box: its text goes to `metaAccumulator`.
    private var metaDepth = 0
    private var metaAccumulator = TextAccumulator()
    /// While set, everything is chrome until the frame at this index is left (-1: to the end).
    private var cutAt: Int?
    private var breaks = 0
    private var tagCache = TagCache()
    /// The author of a thread's first post, once one was read: later posts by the same author are
    /// the thread's content (a seller's update), posts by anyone else are replies.
    private var threadAuthor: String?

    init(keepAllSections: Bool) {
        self.keepAllSections = keepAllSections
    }

    private var currentKind: BlockKind { kinds.last ?? .paragraph }
    private var emitting: Bool { suppressed == 0 && chromeDepth == 0 && metaDepth == 0 && cutAt == nil }
    /// Reading a by-line box: visible, not cut, not chrome.
    private var collecting: Bool { suppressed == 0 && chromeDepth == 0 && metaDepth > 0 && cutAt == nil }

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
            guard let text = node.pointee.content else { return false }
            if emitting {
                accumulator.keepLineBreaks = preDepth > 0
                accumulator.append(utf8: UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))), kind: currentKind)
                breaks = 0
            } else if collecting {
                metaAccumulator.append(utf8: UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))), kind: .paragraph)
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
        let tag = tagCache.tag(named: rawName)
        let attributes = ElementAttributes(node, all: tag.special != ElementTag.Special.none)
        switch tag.special {
        case .title:
            if content.title == nil { content.title = normalized(nodeText(node)) }
            return false
        case .meta:
            if let key = attributes.metaKey, let value = attributes.content, content.metas[key] == nil {
                content.metas[key] = value
            }
            return false
        case .script:
            if attributes.type?.lowercased().contains("ld+json") == true { content.jsonLD.append(nodeText(node)) }
            return false
        case .time:
            if content.timeDatetime == nil, emitting || collecting, let datetime = attributes.datetime { content.timeDatetime = datetime }
        case .inlineXBRL:
            if let name = attributes.name, content.inlineXBRL[name] == nil {
                content.inlineXBRL[name] = normalized(nodeText(node))
            }
        case .none: break
        }
        let role = tag.role
        var suppresses = tag.suppresses || attributes.hidden
        var chrome = false
        var metadata = false
        if role != .dropped, !tag.structural, !keepAllSections || tag.isHeader {
            switch verdict(node, tag: tag, role: role, attributes: attributes) {
            case .content: break
            case .reply: return false
            case .metadata: metadata = true
            case .chrome:
                // Site headers and title bars often hold the page's headline: keep only that.
                guard Self.containsHeadline(node) else { return false }
                chrome = true
            }
        }
        var savedChromeDepth: Int?
        if tag.isHeadline, chromeDepth > 0 {
            savedChromeDepth = chromeDepth
            chromeDepth = 0
        }
        if role == .inline, !keepAllSections, attributes.classOrID != nil, Self.glued(node, to: attributes.classOrID) {
            // `<span class="user">x</span><span class="joined">Joined: ...</span>`: separate fields.
            if emitting { accumulator.appendSpace() } else if collecting { metaAccumulator.appendSpace() }
        }
        defer {
            if let last = frames.indices.last, frames[last].node == node {
                frames[last].chrome = chrome
                frames[last].metadata = metadata
                frames[last].savedChromeDepth = savedChromeDepth
                if chrome { chromeDepth += 1 }
                if metadata { metaAccumulator.flush(); metaDepth += 1 }
            } else if let savedChromeDepth {
                chromeDepth = savedChromeDepth
            }
        }
        switch role {
        case .dropped:
            return false
        case .lineBreak:
            if collecting { metaAccumulator.appendSpace() }
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
            if emitting { accumulator.flush() } else if collecting { metaAccumulator.flush() }
            breaks = 0
            guard node.pointee.children != nil else { return false }
            if suppresses { suppressed += 1 } else { suppresses = false }
            if let kind { kinds.append(kind) }
            let article = tag.isArticle
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
            if emitting { accumulator.flush() } else if collecting { metaAccumulator.flush() }
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
        if let saved = frame.savedChromeDepth { chromeDepth = saved }
        if frame.chrome { chromeDepth -= 1 }
        if frame.metadata { finishMetadata() }
        if let cut = cutAt, cut >= 0, frames.count <= cut { cutAt = nil }
    }

    /// How the class, id, role and position of an element classify it.
    private mutating func verdict(_ node: xmlNodePtr, tag: ElementTag, role: ElementRole, attributes: ElementAttributes)
        -> ClassNameRules.Verdict {
        if let role = attributes.role, BoilerplateRules.droppedRoles.contains(role) { return .chrome }
        if tag.isHeader, articleDepth == 0, !keepAllSections { return .chrome }
        guard let classOrID = attributes.classOrID else { return .content }
        var verdict = ClassNameRules.verdict(classOrID: classOrID)
        if verdict == .content || verdict == .reply, case .block = role, ClassNameRules.isPost(classOrID: classOrID) {
            if verdict == .content, Self.followsPost(node) { verdict = .reply }
            if verdict == .content, threadAuthor == nil {
                threadAuthor = PostAuthor.name(of: node)
            } else if verdict == .reply, let threadAuthor, PostAuthor.name(of: node) == threadAuthor {
                verdict = .content
            }
        }
        // A by-line box is a block; an inline by-line span stays part of its sentence.
        if verdict == .metadata, role == .inline || metaDepth > 0 || suppressed > 0 { verdict = .content }
        return verdict
    }

    /// A by-line box ends: short text is metadata; long text was not a by-line after all and
    /// becomes main text again (nothing else was emitted in between, so the order is kept).
    private mutating func finishMetadata() {
        metaDepth -= 1
        metaAccumulator.flush()
        let lines = metaAccumulator.blocks.map(\.text)
        metaAccumulator = TextAccumulator()
        if lines.reduce(0, { $0 + $1.unicodeScalars.count }) > 300 {
            guard emitting else { return }
            accumulator.flush()
            for line in lines {
                accumulator.append(line, kind: .paragraph)
                accumulator.flush()
            }
        } else {
            content.metaLines.append(contentsOf: lines)
        }
    }

    /// Whether the subtree holds a `<h1>` (bounded: a site header is small).
    private static func containsHeadline(_ root: xmlNodePtr) -> Bool {
        var stack: [xmlNodePtr] = []
        var child = root.pointee.children
        while let node = child { stack.append(node); child = node.pointee.next }
        var visited = 0
        while let node = stack.popLast(), visited < 5000 {
            visited += 1
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            if let name = node.pointee.name, xmlStrcasecmp(name, "h1") == 0 { return true }
            var next = node.pointee.children
            while let grandchild = next { stack.append(grandchild); next = grandchild.pointee.next }
        }
        return false
    }

    /// An earlier sibling is a post too: this one replies to it (forum threads, comment lists).
    private static func followsPost(_ node: xmlNodePtr) -> Bool {
        var sibling = node.pointee.prev
        var steps = 0
        while let current = sibling, steps < 50 {
            if current.pointee.type == XML_ELEMENT_NODE, let classOrID = ElementAttributes(current, all: false).classOrID,
               ClassNameRules.isPost(classOrID: classOrID) {
                return true
            }
            sibling = current.pointee.prev
            steps += 1
        }
        return false
    }

    /// The element directly follows (no text in between) a sibling element with another class:
    /// two fields whose texts would run together.
    private static func glued(_ node: xmlNodePtr, to classOrID: String?) -> Bool {
        guard let previous = node.pointee.prev, previous.pointee.type == XML_ELEMENT_NODE,
              let other = ElementAttributes(previous, all: false).classOrID else { return false }
        return other != classOrID
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

    /// - Parameter all: also read the attributes only `<meta>`, `<script>`, `<time>` and inline
    ///   XBRL elements are asked for (`metaKey`, `content`, `type`, `datetime`, `name`); without
    ///   it they stay nil. Why: every element of a page comes here, and making Strings of the
    ///   `name`/`content`/`type` of ordinary elements, only to drop them, was a visible cost.
    init(_ node: xmlNodePtr, all: Bool) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            // Matched on the C name, case-insensitively: no String per attribute (most are
            // `href`, `src`, `data-*` and never looked at).
            guard let rawName = current.pointee.name, let key = AttributeName(cString: rawName) else { continue }
            if !all, key != .classOrID, key != .role, key != .hidden, key != .ariaHidden, key != .style { continue }
            switch key {
            case .classOrID:
                let value = Self.value(current)
                classOrID = classOrID.map { $0 + " " + value } ?? value
            case .role: role = Self.value(current).lowercased()
            case .hidden: hidden = true
            case .ariaHidden: hidden = hidden || Self.value(current).lowercased() == "true"
            case .style: hidden = hidden || Self.hidesElement(current)
            case .name, .property, .itemprop:
                let value = Self.value(current)
                if key == .name { name = value }
                if metaKey == nil || key == .property { metaKey = value.lowercased() }
            case .httpEquiv: metaKey = metaKey ?? "http-equiv:" + Self.value(current).lowercased()
            case .content: content = Self.value(current)
            case .type: type = Self.value(current)
            case .datetime: datetime = Self.value(current)
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

    /// `display:none` or `visibility:hidden` in a style attribute, whatever its spacing and case.
    private static func hidesElement(_ attribute: xmlAttrPtr) -> Bool {
        guard let child = attribute.pointee.children, let text = child.pointee.content else { return false }
        return ByteSearch.hidesElement(style: text)
    }
}
