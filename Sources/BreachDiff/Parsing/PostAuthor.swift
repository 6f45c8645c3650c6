/// The user name on a forum post, so the reader can tell the thread starter's later posts (a
/// seller's update: "now 57M rows", "also has the PINs") from replies by other members.
///
/// A post's author box is the first element inside it whose class or id names a user
/// (`author`, `username`, `post-author`, `userinfo`, ...); the name is the first text in that
/// box that is not a label ("Posted by", "Author:") and not inside a rank, join date or
/// timestamp. No name (no author box, or nothing but labels) means no match: the post stays a
/// reply, as before.
enum PostAuthor {
    /// Class parts or compounds that mark the author box or the name inside it.
    static let authorWords: Set<String> = [
        "author", "postauthor", "user", "username", "uname", "poster", "postername", "userinfo",
        "postprofile", "postuser", "messageuserinfo", "nick", "nickname", "membername",
    ]
    /// Parts of a class whose text is about the user or the post, not the name.
    static let detailWords: Set<String> = [
        "rank", "title", "usertitle", "joined", "join", "reputation", "rep", "posts", "postcount",
        "date", "time", "posted", "timestamp", "location", "avatar", "badge", "status", "online",
    ]

    /// The post's author, lowercased, or nil when the post shows none.
    static func name(of post: Int32, in tree: HTMLTree) -> String? {
        guard let box = firstElement(under: post, in: tree, limit: 400, where: { node in
            let parts = classParts(node, in: tree)
            return parts.contains(where: authorWords.contains) && !parts.contains(where: detailWords.contains)
        }) else { return nil }
        var stack: [Int32] = []
        tree.pushChildren(of: box, onto: &stack)
        var visited = 0
        while let node = stack.popLast(), visited < 200 {
            visited += 1
            if tree.isElement(node) {
                if classParts(node, in: tree).contains(where: detailWords.contains) { continue }
                if tree.tag(of: node).name == "time" { continue }
                tree.pushChildren(of: node, onto: &stack)
            } else if tree[node].kind == .text {
                let raw = tree.withText(of: node) { String(decoding: $0, as: UTF8.self) }
                let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
                guard !text.isEmpty, !isLabel(text) else { continue }
                return text.count <= 64 ? text : nil
            }
        }
        return nil
    }

    /// "Posted by", "by", "Author:", "From:": words that introduce the name.
    static func isLabel(_ text: String) -> Bool {
        text.hasSuffix(":") || ["by", "posted by", "written by", "author", "from", "user", "op", "|", "·", "-"].contains(text)
    }

    /// Lowercased class and id parts and their compounds (`post-author`: `post`, `author`, `postauthor`).
    static func classParts(_ node: Int32, in tree: HTMLTree) -> [String] {
        var parts: [String] = []
        for attribute in tree.attributes(of: node) where attribute.name == .classOrID {
            let value = tree.value(of: attribute)
            for name in value.split(whereSeparator: \.isWhitespace) {
                let pieces = name.lowercased().split { !($0.isASCII && $0.isLetter) }.map(String.init)
                parts += pieces
                if pieces.count > 1 { parts.append(pieces.joined()) }
            }
        }
        return parts
    }

    /// The first element in document order below `root` (at most `limit` nodes looked at).
    private static func firstElement(under root: Int32, in tree: HTMLTree, limit: Int,
                                     where matches: (Int32) -> Bool) -> Int32? {
        var stack: [Int32] = []
        tree.pushChildren(of: root, onto: &stack)
        var visited = 0
        while let node = stack.popLast(), visited < limit {
            visited += 1
            guard tree.isElement(node) else { continue }
            if matches(node) { return node }
            tree.pushChildren(of: node, onto: &stack)
        }
        return nil
    }
}
