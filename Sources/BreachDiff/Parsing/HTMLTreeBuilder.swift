internal import CLibXML2

/// Parses HTML with libxml2's HTML parser and builds an `HTMLTree` from its SAX events.
///
/// The parser is set up as `htmlReadMemory` sets it up (a memory context, the options, the
/// UTF-8 switch), with our callbacks in place of libxml2's tree builder (`xmlSAX2StartElement`
/// and friends). The callbacks link nodes as those functions do, so the tree has the same shape:
/// - an element goes below the open element; with none open, below the document when it is
///   still empty, else below (or, if that is not an element, beside) the document's first node;
/// - a text goes below the open element (none open: dropped) and merges into a text just before;
/// - cdata (script and style content) merges into cdata just before;
/// - comments and processing instructions are nodes of their own (they separate texts);
/// - a doctype becomes the document's first node.
/// No libxml2 pointer outlives `parse`.
///
/// A struct reached through a pointer, not a class: the callbacks run once per element and text,
/// and a class's stored properties would pay a dynamic exclusivity check on every access.
struct HTMLTreeBuilder {
    private var tree = HTMLTree()
    private var open: [Int32] = []
    private var tagCache = TagCache()
    /// Elements opened below `maximumDepth`, not kept: their ends are not ours to close.
    private var flattened = 0
    private var everFlattened = false

    /// Elements nest at most this deep in the tree; deeper ones are left out and their content
    /// goes to the deepest kept element. libxml2's own tree builder stopped the whole parse at
    /// depth 256 (the rest of the page was lost); real pages stay far below either limit, and a
    /// hostile page of a million nested tags costs a bounded tree.
    static let maximumDepth = 512

    /// The reader's parser options: recover from errors, report them only through the structured
    /// handler, never touch the network (docs/security.md).
    static let readerOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Whether the linked libxml2 is 2.9.14, whose HTML tokenizer `UnreadAttributeValues` follows
    /// (later versions changed comments and raw text; they get the input unchanged).
    static let tokenizesAsVersion2_9_14: Bool = {
        guard let version = __xmlParserVersion()?.pointee else { return false }
        let digits = (0..<6).map { UInt8(bitPattern: version[$0]) }
        return digits[0..<5].elementsEqual("20914".utf8) && !(0x30...0x39).contains(digits[5])
    }()

    /// The tree, and whether elements deeper than `maximumDepth` were flattened.
    struct Result {
        var tree: HTMLTree
        var flattened: Bool
    }

    /// The tree of `bytes` (valid UTF-8), or nil when libxml2 cannot start a parse (empty input).
    static func parse(_ bytes: [UInt8], options: Int32) -> Result? {
        var builder = HTMLTreeBuilder()
        builder.tree.bytes.reserveCapacity(bytes.count / 2)
        builder.tree.nodes.reserveCapacity(bytes.count / 64)
        let parsed: Bool = withUnsafeMutablePointer(to: &builder) { state in bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            let context: xmlParserCtxtPtr? = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCreateMemoryParserCtxt($0, Int32(buffer.count))
            }
            guard let context else { return false }
            defer { xmlFreeParserCtxt(context) }
            guard let handler = context.pointee.sax else { return false }
            handler.pointee = Self.handler
            context.pointee._private = UnsafeMutableRawPointer(state)
            // What htmlReadMemory's htmlDoRead does before parsing, with encoding "UTF-8".
            _ = htmlCtxtUseOptions(context, options)
            context.pointee.html = 1
            if let utf8 = xmlFindCharEncodingHandler("UTF-8") {
                _ = xmlSwitchToEncoding(context, utf8)
                if let input = context.pointee.input {
                    if let old = input.pointee.encoding { breachdiff_xml_free(UnsafeMutableRawPointer(mutating: old)) }
                    input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
                }
            }
            _ = htmlParseDocument(context)
            // No startDocument callback, so no document was built; free one defensively.
            if let document = context.pointee.myDoc {
                xmlFreeDoc(document)
                context.pointee.myDoc = nil
            }
            return true
        } }
        return parsed ? Result(tree: builder.tree, flattened: builder.everFlattened) : nil
    }

    /// Our callbacks; every other slot stays empty (no document, no entities, errors through
    /// the structured error handler as before). Function pointers only, never written after
    /// this: safe to share between threads.
    nonisolated(unsafe) private static let handler: htmlSAXHandler = {
        var handler = htmlSAXHandler()
        handler.initialized = 1
        handler.internalSubset = { context, _, _, _ in builder(context)?.pointee.doctype() }
        handler.startElement = { context, name, attributes in
            guard let name else { return }
            builder(context)?.pointee.startElement(name, attributes)
        }
        handler.endElement = { context, _ in builder(context)?.pointee.endElement() }
        handler.characters = { context, text, length in
            guard let text, length > 0 else { return }
            builder(context)?.pointee.text(text, Int(length), kind: .text)
        }
        handler.cdataBlock = { context, text, length in
            guard let text, length > 0 else { return }
            builder(context)?.pointee.text(text, Int(length), kind: .cdata)
        }
        handler.comment = { context, _ in builder(context)?.pointee.other() }
        handler.processingInstruction = { context, _, _ in builder(context)?.pointee.other() }
        return handler
    }()

    private static func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTreeBuilder>? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
              let opaque = parser.pointee._private else { return nil }
        return opaque.assumingMemoryBound(to: HTMLTreeBuilder.self)
    }

    // MARK: events

    private mutating func startElement(_ name: UnsafePointer<xmlChar>, _ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard open.count < Self.maximumDepth else {
            flattened += 1
            everFlattened = true
            return
        }
        var node = HTMLTree.Node(kind: .element)
        node.tag = tagCache.index(of: name, in: &tree.tags)
        node.attributeStart = Int32(tree.attributes.count)
        if let pairs {
            let special = tree.tags[Int(node.tag)].traits.special != .none
            var index = 0
            while let rawName = pairs[index] {
                if let key = AttributeName(cString: rawName), special || key.isReadOnEveryElement {
                    keep(key, value: pairs[index + 1])
                }
                index += 2
            }
        }
        node.attributeEnd = Int32(tree.attributes.count)
        let index = append(node)
        if let parent = open.last {
            link(index, below: parent)
        } else if tree.nodes[0].firstChild < 0 {
            link(index, below: HTMLTree.document)
        } else {
            let first = tree.nodes[0].firstChild
            link(index, below: tree.nodes[Int(first)].kind == .element ? first : HTMLTree.document)
        }
        open.append(index)
    }

    private mutating func endElement() {
        if flattened > 0 {
            flattened -= 1
            return
        }
        _ = open.popLast()
    }

    private mutating func text(_ text: UnsafePointer<xmlChar>, _ length: Int, kind: HTMLTree.Kind) {
        guard let parent = open.last else { return }
        let last = tree.nodes[Int(parent)].lastChild
        let start = Int32(tree.bytes.count)
        tree.bytes.append(contentsOf: UnsafeBufferPointer(start: text, count: length))
        // Texts are appended in document order, so a merged text's bytes stay contiguous.
        if last >= 0, tree.nodes[Int(last)].kind == kind, tree.nodes[Int(last)].textEnd == start {
            tree.nodes[Int(last)].textEnd = Int32(tree.bytes.count)
            return
        }
        var node = HTMLTree.Node(kind: kind)
        node.textStart = start
        node.textEnd = Int32(tree.bytes.count)
        link(append(node), below: parent)
    }

    private mutating func other() {
        link(append(HTMLTree.Node(kind: .other)), below: open.last ?? HTMLTree.document)
    }

    /// libxml2 puts the doctype before everything else, replacing an earlier one.
    private mutating func doctype() {
        let document = HTMLTree.document
        let first = tree.nodes[0].firstChild
        if first >= 0, tree.nodes[Int(first)].kind == .other, tree.nodes[Int(first)].tag == Self.doctypeMark { return }
        var node = HTMLTree.Node(kind: .other)
        node.tag = Self.doctypeMark
        node.parent = document
        node.next = first
        let index = append(node)
        if first >= 0 { tree.nodes[Int(first)].previous = index } else { tree.nodes[0].lastChild = index }
        tree.nodes[0].firstChild = index
    }

    /// Marks the doctype node among `.other` nodes.
    private static let doctypeMark: Int32 = -2

    // MARK: building

    private mutating func keep(_ key: AttributeName, value: UnsafePointer<xmlChar>?) {
        let start = Int32(tree.bytes.count)
        var hides = false
        if let value {
            let length = Int(xmlStrlen(value))
            tree.bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
            if key == .style { hides = ByteSearch.hidesElement(style: value, length: length) }
        }
        tree.attributes.append(.init(name: key, start: start, end: Int32(tree.bytes.count), hidesElement: hides))
    }

    private mutating func append(_ node: HTMLTree.Node) -> Int32 {
        tree.nodes.append(node)
        return Int32(tree.nodes.count - 1)
    }

    /// Makes `child` the last child of `parent`.
    private mutating func link(_ child: Int32, below parent: Int32) {
        let last = tree.nodes[Int(parent)].lastChild
        tree.nodes[Int(child)].parent = parent
        tree.nodes[Int(child)].previous = last
        if last >= 0 { tree.nodes[Int(last)].next = child } else { tree.nodes[Int(parent)].firstChild = child }
        tree.nodes[Int(parent)].lastChild = child
    }
}

/// Tag indices by name, direct-mapped (64 slots), the name packed into two words: an element's
/// name is found without a String or a hash table. A name longer than 16 bytes (no HTML tag is)
/// takes the slow path.
private struct TagCache {
    private var keys = [(UInt64, UInt64)](repeating: (0, 0), count: 64)
    private var indices = [Int32](repeating: -1, count: 64)

    mutating func index(of name: UnsafePointer<xmlChar>, in tags: inout [ElementTag]) -> Int32 {
        // Two fixed loops, one per word: fewer tests per byte than one loop over both.
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
        while length < 8 {
            let byte = name[length]
            if byte == 0 { break }
            low |= UInt64(byte) << (8 * length)
            length += 1
        }
        if length == 8 {
            while length < 16 {
                let byte = name[length]
                if byte == 0 { break }
                high |= UInt64(byte) << (8 * (length - 8))
                length += 1
            }
        }
        guard length < 16 || name[16] == 0, low != 0 else {
            tags.append(ElementTag(name: String(cString: name)))
            return Int32(tags.count - 1)
        }
        // The top six bits of a multiplicative hash pick the slot; an empty slot has key (0, 0).
        let slot = Int(truncatingIfNeeded: ((low ^ high &* 31) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if keys[slot] == (low, high) { return indices[slot] }
        tags.append(ElementTag(name: String(cString: name)))
        keys[slot] = (low, high)
        indices[slot] = Int32(tags.count - 1)
        return indices[slot]
    }
}
