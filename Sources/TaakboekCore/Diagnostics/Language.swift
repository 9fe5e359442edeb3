/// The language the tool speaks to its users. Dutch is the default: record keys and the domain
/// vocabulary are Dutch, and so are the clerks who read the output.
public enum Language: String, Sendable, CaseIterable {
    case nl
    case en
}

/// A user-facing text in every supported language. Findings carry both, so the model never
/// depends on how (or in which language) it is presented.
public struct LocalizedText: Sendable, Hashable {
    public let nl: String
    public let en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// For texts that read the same in both languages (a path, a number).
    public init(_ both: String) {
        self.nl = both
        self.en = both
    }

    public func text(in language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}
