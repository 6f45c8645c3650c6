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

/// Parses HTML with libxml2 (`HTMLTreeBuilder`) and walks the tree once, iteratively, into an
/// `HTMLContent`. No libxml2 pointer leaves `HTMLTreeBuilder.parse`.
struct HTMLReader {
    var file: String
    /// An SEC filing keeps all its text: no heading-introduced section cuts.
    var keepAllSections = false
    /// Empty unread attribute values before parsing (`UnreadAttributeValues`); off only in tests
    /// that compare both inputs.
    var emptiesUnreadValues = true

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

        // libxml2 copies every attribute value character by character; the values no one reads
        // are emptied first where the scan is known to tokenize as libxml2 does.
        let input = emptiesUnreadValues && HTMLTreeBuilder.tokenizesAsVersion2_9_14 ? UnreadAttributeValues.emptied(bytes) ?? bytes : bytes
        guard let parsed = HTMLTreeBuilder.parse(input, options: HTMLTreeBuilder.readerOptions) else {
            content.diagnostics.append(Diagnostic(file: file, severity: .error, code: "unparsable",
                                                  message: "libxml2 could not build a document"))
            return content
        }
        var walker = TreeWalker(tree: parsed.tree, keepAllSections: keepAllSections)
        walker.accumulator.reserve(bytes.count / 2)
        walker.walk()
        content = walker.content
        content.diagnostics.append(contentsOf: LibraryError.diagnostics(sink.entries, file: file))
        if parsed.flattened {
            content.diagnostics.append(Diagnostic(
                file: file, severity: .warning, code: "tooDeep",
                message: "elements nested deeper than \(HTMLTreeBuilder.maximumDepth) levels were flattened; their text is kept"))
        }
        return content
    }
}

/// One element on the walker's explicit stack (the walk never recurses).
private struct Frame {
    var node: Int32
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
    let tree: HTMLTree
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
    /// The author of a thread's first post, once one was read: later posts by the same author are
    /// the thread's content (a seller's update), posts by anyone else are replies.
    private var threadAuthor: String?

    init(tree: HTMLTree, keepAllSections: Bool) {
        self.tree = tree
        self.keepAllSections = keepAllSections
    }

    private var currentKind: BlockKind { kinds.last ?? .paragraph }
    private var emitting: Bool { suppressed == 0 && chromeDepth == 0 && metaDepth == 0 && cutAt == nil }
    /// Reading a by-line box: visible, not cut, not chrome.
    private var collecting: Bool { suppressed == 0 && chromeDepth == 0 && metaDepth > 0 && cutAt == nil }

    mutating func walk() {
        // The tree goes to the per-node methods as an argument: read through `self` in a mutating
        // method, it was copied (its four arrays retained and released) for every element.
        let tree = self.tree
        var current = tree[HTMLTree.document].firstChild
        while current >= 0 {
            let node = current
            if enter(node, in: tree), tree[node].firstChild >= 0 {
                current = tree[node].firstChild
                continue
            }
            var climbing = node
            current = -1
            while true {
                if tree[climbing].next >= 0 { current = tree[climbing].next; break }
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
    private mutating func enter(_ node: Int32, in tree: HTMLTree) -> Bool {
        switch tree[node].kind {
        case .text, .cdata:
            if emitting {
                accumulator.keepLineBreaks = preDepth > 0
                let kind = currentKind
                tree.withText(of: node) { accumulator.append(utf8: $0, kind: kind) }
                breaks = 0
            } else if collecting {
                tree.withText(of: node) { metaAccumulator.append(utf8: $0, kind: .paragraph) }
            }
            return false
        case .element:
            return enterElement(node, in: tree)
        case .document, .other:
            return false
        }
    }

    private mutating func enterElement(_ node: Int32, in tree: HTMLTree) -> Bool {
        let tag = tree.traits(of: node)
        switch tag.special {
        case .title:
            if content.title == nil { content.title = normalized(nodeText(node)) }
            return false
        case .meta:
            let special = SpecialAttributes(node, in: tree)
            if let key = special.metaKey, let value = special.content, content.metas[key] == nil {
                content.metas[key] = value
            }
            return false
        case .script:
            if SpecialAttributes(node, in: tree).type?.lowercased().contains("ld+json") == true {
                content.jsonLD.append(nodeText(node))
            }
            return false
        case .time:
            if content.timeDatetime == nil, emitting || collecting, let datetime = SpecialAttributes(node, in: tree).datetime {
                content.timeDatetime = datetime
            }
        case .inlineXBRL:
            if let name = SpecialAttributes(node, in: tree).name, content.inlineXBRL[name] == nil {
                content.inlineXBRL[name] = normalized(nodeText(node))
            }
        case .none: break
        }
        let attributes = ElementAttributes(node, in: tree)
        let role = tag.role
        var suppresses = tag.suppresses || attributes.hidden
        var chrome = false
        var metadata = false
        let classified = role != .dropped && !tag.structural && (!keepAllSections || tag.isHeader)
        let separatesFields = role == .inline && !keepAllSections
        // Only classified elements and separable inline fields read the names.
        let classOrID = classified || separatesFields ? attributes.classOrID(in: tree) : nil
        if classified {
            switch verdict(node, tag: tag, role: role, role: attributes.role(in: tree), classOrID: classOrID, in: tree) {
            case .content: break
            case .reply: return false
            case .metadata: metadata = true
            case .chrome:
                // Site headers and title bars often hold the page's headline: keep only that.
                guard containsHeadline(node) else { return false }
                chrome = true
            }
        }
        var savedChromeDepth: Int?
        if tag.isHeadline, chromeDepth > 0 {
            savedChromeDepth = chromeDepth
            chromeDepth = 0
        }
        if separatesFields, classOrID != nil, glued(node, to: classOrID) {
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
            guard tree[node].firstChild >= 0 else { return false }
            if suppresses { suppressed += 1 }
            frames.append(Frame(node: node, flushOnExit: false, pushedKind: false, suppresses: suppresses,
                                preformatted: false, articleLike: false))
            return true
        case .block(let kind):
            if emitting { accumulator.flush() } else if collecting { metaAccumulator.flush() }
            breaks = 0
            guard tree[node].firstChild >= 0 else { return false }
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
    private mutating func verdict(_ node: Int32, tag: ElementTag.Traits, role: ElementRole, role attributeRole: String?,
                                  classOrID: String?, in tree: HTMLTree) -> ClassNameRules.Verdict {
        if let attributeRole, BoilerplateRules.droppedRoles.contains(attributeRole) { return .chrome }
        if tag.isHeader, articleDepth == 0, !keepAllSections { return .chrome }
        guard let classOrID else { return .content }
        var verdict = ClassNameRules.verdict(classOrID: classOrID)
        if verdict == .content || verdict == .reply, case .block = role, ClassNameRules.isPost(classOrID: classOrID) {
            if verdict == .content, followsPost(node) { verdict = .reply }
            if verdict == .content, threadAuthor == nil {
                threadAuthor = PostAuthor.name(of: node, in: tree)
            } else if verdict == .reply, let threadAuthor, PostAuthor.name(of: node, in: tree) == threadAuthor {
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
    private func containsHeadline(_ root: Int32) -> Bool {
        var stack: [Int32] = []
        var child = tree[root].firstChild
        while child >= 0 { stack.append(child); child = tree[child].next }
        var visited = 0
        while let node = stack.popLast(), visited < 5000 {
            visited += 1
            guard tree.isElement(node) else { continue }
            if tree.tag(of: node).name == "h1" { return true }
            var next = tree[node].firstChild
            while next >= 0 { stack.append(next); next = tree[next].next }
        }
        return false
    }

    /// An earlier sibling is a post too: this one replies to it (forum threads, comment lists).
    private func followsPost(_ node: Int32) -> Bool {
        var sibling = tree[node].previous
        var steps = 0
        while sibling >= 0, steps < 50 {
            if tree.isElement(sibling), let classOrID = ElementAttributes(sibling, in: tree).classOrID(in: tree),
               ClassNameRules.isPost(classOrID: classOrID) {
                return true
            }
            sibling = tree[sibling].previous
            steps += 1
        }
        return false
    }

    /// The element directly follows (no text in between) a sibling element with another class:
    /// two fields whose texts would run together.
    private func glued(_ node: Int32, to classOrID: String?) -> Bool {
        let previous = tree[node].previous
        guard previous >= 0, tree.isElement(previous),
              let other = ElementAttributes(previous, in: tree).classOrID(in: tree) else { return false }
        return other != classOrID
    }

    /// The section a chrome heading introduces: its parent, or a higher ancestor while the
    /// parent holds nothing but the heading (`<div class="title"><h2>Comments</h2></div>`).
    private func sectionFrameIndex(of heading: Int32) -> Int {
        var index = frames.count - 1
        while index >= 0 {
            var elements = 0
            var child = tree[frames[index].node].firstChild
            while child >= 0, elements < 2 {
                if tree.isElement(child) { elements += 1 }
                child = tree[child].next
            }
            let tag = tree.tag(of: frames[index].node).name
            if tag == "body" || tag == "html" { return -1 }
            if elements >= 2 { return index }
            index -= 1
        }
        return -1
    }

    private func nodeText(_ node: Int32) -> String {
        tree.content(of: node)
    }

    private func normalized(_ text: String) -> String {
        var accumulator = TextAccumulator()
        accumulator.append(text, kind: .paragraph)
        return accumulator.pendingText
    }
}
