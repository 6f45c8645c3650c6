/// The attributes the walker reads on every element, from the element's kept attributes.
///
/// Why two types: this one is built for each of the page's elements, and copying and destroying
/// a value of eight optional strings was a visible part of the walk; the attributes only
/// `<meta>`, `<script>`, `<time>` and inline XBRL use are read by `SpecialAttributes`, for those
/// elements alone. And why no strings at all here: most elements (every cell of a filing's
/// tables) are never classified by name, so `classOrID` and `role` make their strings only when
/// asked; a plain value costs nothing to copy or destroy.
struct ElementAttributes {
    private let node: Int32
    /// The element has a `class` or an `id`.
    private(set) var hasClassOrID = false
    /// The last `role` attribute's index in `tree.attributes`, -1 for none.
    private var roleIndex: Int32 = -1
    private(set) var hidden = false

    init(_ node: Int32, in tree: borrowing HTMLTree) {
        self.node = node
        let entry = tree.nodes[Int(node)]
        // Indices, not `tree.attributes(of:)`: a slice retains the array once per element.
        for index in Int(entry.attributeStart)..<Int(entry.attributeEnd) {
            let attribute = tree.attributes[index]
            switch attribute.name {
            case .classOrID: hasClassOrID = true
            case .role: roleIndex = Int32(index)
            case .hidden: hidden = true
            case .ariaHidden: hidden = hidden || tree.value(of: attribute).lowercased() == "true"
            case .style: hidden = hidden || attribute.hidesElement
            case .name, .property, .itemprop, .httpEquiv, .content, .type, .datetime: break
            }
        }
    }

    /// The values of `class` and `id`, in document order, joined by a space; nil with neither.
    func classOrID(in tree: borrowing HTMLTree) -> String? {
        guard hasClassOrID else { return nil }
        var joined: String?
        for attribute in tree.attributes(of: node) where attribute.name == .classOrID {
            let value = tree.value(of: attribute)
            joined = joined.map { $0 + " " + value } ?? value
        }
        return joined
    }

    /// The `role`, lower-cased; nil without one.
    func role(in tree: borrowing HTMLTree) -> String? {
        roleIndex < 0 ? nil : tree.value(of: tree.attributes[Int(roleIndex)]).lowercased()
    }
}

/// The attributes of the elements the walker reads metadata from (`ElementTag.Special`).
struct SpecialAttributes {
    /// `<meta>`: the lower-cased `property`, else the first `name`/`itemprop`, else `http-equiv:` and its value.
    var metaKey: String?
    var content: String?
    var type: String?
    var datetime: String?
    var name: String?

    init(_ node: Int32, in tree: borrowing HTMLTree) {
        for attribute in tree.attributes(of: node) {
            let key = attribute.name
            switch key {
            case .name, .property, .itemprop:
                let value = tree.value(of: attribute)
                if key == .name { name = value }
                if metaKey == nil || key == .property { metaKey = value.lowercased() }
            case .httpEquiv: metaKey = metaKey ?? "http-equiv:" + tree.value(of: attribute).lowercased()
            case .content: content = tree.value(of: attribute)
            case .type: type = tree.value(of: attribute)
            case .datetime: datetime = tree.value(of: attribute)
            case .classOrID, .role, .hidden, .ariaHidden, .style: break
            }
        }
    }
}
