/// An HTML page as libxml2's parser shapes it (implied `<html>` and `<body>`, auto-closed and
/// repaired elements), kept in flat arrays rather than libxml2's own tree.
///
/// Why not libxml2's tree: it costs a malloc per element, text and attribute, copies of every
/// name, and as much again to free, while the reader walks it once. `HTMLTreeBuilder` fills these
/// arrays from the parser's SAX events and links nodes the way libxml2's tree builder does (same
/// parents and siblings, adjacent texts merged), so the walk sees the tree it saw before.
/// Plain Swift data: no libxml2 pointer lives here.
struct HTMLTree {
    enum Kind: UInt8 {
        /// Node 0, the parent of the top-level nodes.
        case document
        case element
        case text
        /// The raw content of `<script>` and `<style>`.
        case cdata
        /// Comments, processing instructions and the doctype: kept because they separate texts
        /// and siblings, as in libxml2's tree, never read.
        case other
    }

    /// Links are node indices, -1 for none; Int32 keeps a node at 44 bytes (files are at most
    /// 64 MiB, `DocumentReader.maximumBytes`).
    struct Node {
        var kind: Kind
        /// Index into `tags` (elements only).
        var tag: Int32 = -1
        var parent: Int32 = -1
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        var previous: Int32 = -1
        /// The text's bytes in `bytes` (texts and cdata).
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        /// The element's attributes in `attributes`.
        var attributeStart: Int32 = 0
        var attributeEnd: Int32 = 0
    }

    /// An attribute the walker reads (`AttributeName`); the others are not kept.
    struct Attribute {
        var name: AttributeName
        /// The value's bytes in `bytes`.
        var start: Int32
        var end: Int32
        /// For `style`: it hides the element (`display:none`, `visibility:hidden`).
        var hidesElement: Bool
    }

    static let document: Int32 = 0

    var nodes: [Node] = [Node(kind: .document)]
    /// Texts and attribute values, UTF-8.
    var bytes: [UInt8] = []
    var attributes: [Attribute] = []
    /// One entry per distinct tag name met.
    var tags: [ElementTag] = []

    subscript(_ index: Int32) -> Node {
        nodes[Int(index)]
    }

    func tag(of node: Int32) -> ElementTag {
        tags[Int(nodes[Int(node)].tag)]
    }

    /// The tag's plain traits, without copying its name.
    func traits(of node: Int32) -> ElementTag.Traits {
        tags[Int(nodes[Int(node)].tag)].traits
    }

    func isElement(_ node: Int32) -> Bool {
        nodes[Int(node)].kind == .element
    }

    /// Calls `body` with the bytes of a text or cdata node.
    func withText<Result>(of node: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let entry = nodes[Int(node)]
        return bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(entry.textStart)..<Int(entry.textEnd)]))
        }
    }

    /// The element's attributes the walker reads, in document order.
    func attributes(of node: Int32) -> ArraySlice<Attribute> {
        let entry = nodes[Int(node)]
        return attributes[Int(entry.attributeStart)..<Int(entry.attributeEnd)]
    }

    func value(of attribute: Attribute) -> String {
        String(decoding: bytes[Int(attribute.start)..<Int(attribute.end)], as: UTF8.self)
    }

    /// All text below `node` in document order, as libxml2's `xmlNodeGetContent` gives it.
    func content(of node: Int32) -> String {
        var collected: [UInt8] = []
        var stack: [Int32] = []
        pushChildren(of: node, onto: &stack)
        while let current = stack.popLast() {
            let entry = nodes[Int(current)]
            switch entry.kind {
            case .text, .cdata: collected += bytes[Int(entry.textStart)..<Int(entry.textEnd)]
            case .element: pushChildren(of: current, onto: &stack)
            case .document, .other: break
            }
        }
        return String(decoding: collected, as: UTF8.self)
    }

    /// Pushes the children of `node` so that the first child is popped first.
    func pushChildren(of node: Int32, onto stack: inout [Int32]) {
        var child = nodes[Int(node)].lastChild
        while child >= 0 {
            stack.append(child)
            child = nodes[Int(child)].previous
        }
    }
}
