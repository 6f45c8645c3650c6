/// What kind of document a file is; decides the default speaker of its sentences.
public enum DocumentKind: String, Sendable, Codable, CaseIterable, Hashable {
    case secFiling = "sec-filing"
    case pressRelease = "press-release"
    case companyNotice = "company-notice"
    case news
    case blog
    case forum
    /// A file that could not be read far enough to tell.
    case unknown
}
