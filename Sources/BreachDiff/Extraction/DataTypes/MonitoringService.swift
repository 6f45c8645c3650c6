/// "three years of genetic data monitoring", "health information monitoring": a data-type phrase
/// that names what a protection service watches, offered as a remedy, not data that was taken.
enum MonitoringService {
    static let serviceNouns: Set<String> = ["monitoring", "monitor", "surveillance"]

    static func isService(_ mention: DataTypeSentence.Mention, in tokens: [WordToken]) -> Bool {
        let next = mention.last + 1
        return next < tokens.count && tokens[next].isWord && serviceNouns.contains(tokens[next].word)
    }
}
