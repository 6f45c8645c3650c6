/// The edges of a word trie, keyed by (node, word number), in one open-addressed table.
///
/// Why: `DataTypeLexicon` followed an edge with a `[String: Int]` probe per token, and `String`
/// hashing was most of matching a sentence. A token's word number is found once (`WordSet`), and
/// an edge then costs one multiply and a probe or two here.
struct TrieEdges: Sendable {
    /// `node + 1` in the high half, the word number in the low half; 0 marks an empty slot.
    private var keys: [UInt64]
    private var targets: [Int32]
    private let mask: Int

    /// `edges` lists (from node, word number, to node); each pair of node and word once.
    init(_ edges: [(node: Int, word: Int, target: Int)]) {
        var capacity = 16
        while capacity < edges.count * 4 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        targets = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for edge in edges {
            let key = Self.key(edge.node, edge.word)
            var slot = Self.slot(key, mask)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            targets[slot] = Int32(edge.target)
        }
    }

    /// The node reached from `node` by word number `word`, nil when there is no such edge.
    @inline(__always)
    func target(from node: Int, word: Int) -> Int? {
        let key = Self.key(node, word)
        var slot = Self.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == key { return Int(targets[slot]) }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func key(_ node: Int, _ word: Int) -> UInt64 {
        UInt64(node + 1) << 32 | UInt64(UInt32(truncatingIfNeeded: word))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
    }
}
