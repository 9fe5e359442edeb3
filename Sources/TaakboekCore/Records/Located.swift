/// A value read from a record together with where it stands, so every finding about it can point
/// at the value itself.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public let value: Value
    public let location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A figure in a period: a whole number of persons, or `onbekend` for a historical figure that is
/// genuinely unknown (never guessed). Rules that need an unknown figure are skipped and say so.
public enum Figure: Sendable, Hashable, CustomStringConvertible {
    case known(Int)
    case unknown

    public static let unknownKeyword = "onbekend"

    public var value: Int? {
        if case .known(let value) = self { return value }
        return nil
    }

    public var description: String {
        switch self {
        case .known(let value): String(value)
        case .unknown: Figure.unknownKeyword
        }
    }
}

/// The figures of a period, by their record key. Corrections and letters refer to them by key.
public enum FigureName: String, Sendable, Hashable, CaseIterable, Comparable {
    case achterstand_begin
    case taakstelling
    case totaal
    case gehuisvest
    case achterstand_eind

    public static func < (lhs: FigureName, rhs: FigureName) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
