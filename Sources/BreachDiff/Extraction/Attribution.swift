/// Whose statement a sentence is and how firmly it is made.
public struct Attribution: Sendable, Equatable, Hashable {
    public var source: SourceRole
    public var stance: Stance

    public init(source: SourceRole, stance: Stance) {
        self.source = source
        self.stance = stance
    }
}
