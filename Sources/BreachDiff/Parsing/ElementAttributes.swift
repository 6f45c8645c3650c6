/// The attributes the walker reads on every element, from the element's kept attributes.
///
/// Why two types: this one is built for each of the page's elements, and copying and destroying
/// a value of eight optional strings was a visible part of the walk; the attributes only
/// `<meta>`, `<script>`, `<time>` and inline XBRL use are read by `SpecialAttributes`, for those
/// elements alone.
struct ElementAttributes {
    /// The values of `class` and `id`, in document order, joined by a space.
    var classOrID: String?
    /// Lower-cased.
    var role: String?
    var hidden = false

    init(_ node: Int32, in tree: borrowing HTMLTree) {
        for attribute in tree.attributes(of: node) {
            switch attribute.name {
            case .classOrID:
                let value = tree.value(of: attribute)
                classOrID = classOrID.map { $0 + " " + value } ?? value
            case .role: role = tree.value(of: attribute).lowercased()
            case .hidden: hidden = true
            case .ariaHidden: hidden = hidden || tree.value(of: attribute).lowercased() == "true"
            case .style: hidden = hidden || attribute.hidesElement
            case .name, .property, .itemprop, .httpEquiv, .content, .type, .datetime: break
            }
        }
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
