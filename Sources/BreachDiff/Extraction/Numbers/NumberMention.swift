/// A number as written in a sentence: "37,000,000", "15.2m", "thirty-seven million",
/// "half a million", "tens of millions", "5-7 million".
public struct NumberMention: Sendable, Equatable {
    /// The value in whole units; for a range or a vague quantity, its lower bound.
    public var value: Int64
    /// Bounds of a range ("5-7 million") or a vague quantity ("tens of millions").
    public var low: Int64?
    public var high: Int64?
    /// Token range `firstToken..<endToken` of the mention.
    public var firstToken: Int
    public var endToken: Int
    /// Scalar offsets of the mention, in the same space as the tokens.
    public var start: Int
    public var end: Int
    /// Written with a scale: "million", "bn", "30k".
    public var scaled = false
    /// Spelled out in words ("thirty-seven million").
    public var spelled = false
    /// Digits with grouping commas ("693,665").
    public var grouped = false
    /// Followed by "%" or "percent".
    public var percent = false
    /// An ordinal ("8th") or digits glued to other letters ("5g", "10am").
    public var glued = false
    /// A trailing "+" ("100M+").
    public var plus = false
    /// "tens of millions", "hundreds of thousands", "millions of".
    public var vague = false

    /// Creates a mention.
    public init(value: Int64, firstToken: Int, endToken: Int, start: Int, end: Int) {
        self.value = value
        self.firstToken = firstToken
        self.endToken = endToken
        self.start = start
        self.end = end
    }

    /// Whether it reads as a calendar year: four plain digits between 1900 and 2100.
    public var yearLike: Bool {
        !scaled && !spelled && !grouped && !percent && low == nil && value >= 1900 && value <= 2100
    }

    /// Whether the mention is a range with two bounds.
    public var isRange: Bool { low != nil && high != nil }
}
