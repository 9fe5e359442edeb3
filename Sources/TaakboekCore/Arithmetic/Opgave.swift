/// The opgave (total to house) of a period: the one answer every query, report and letter check
/// gives for it.
///
/// 1. `totaal` when the record gives a number;
/// 2. else achterstand_begin + taakstelling when both are known, also when `totaal: onbekend`
///    (the sum follows from known figures: that is arithmetic, not an estimate; `check` warns that
///    the record should say it);
/// 3. else, where a caller knows the backlog at the start another way (the previous period's
///    achterstand_eind, for the overview), that backlog + taakstelling;
/// 4. else `onbekend` when `totaal` or a term is `onbekend`, and absent when they are missing.
public enum Opgave: Sendable, Hashable {
    case known(Int)
    case unknown
    /// achterstand_begin + taakstelling does not fit in 64 bits (never wrapped around).
    case tooLarge
    case absent

    public var value: Int? {
        if case .known(let value) = self { return value }
        return nil
    }

    /// As a figure: `onbekend` for unknown, nil when absent or too large.
    public var figure: Figure? {
        switch self {
        case .known(let value): .known(value)
        case .unknown: .unknown
        case .tooLarge, .absent: nil
        }
    }

    public var isTooLarge: Bool { self == .tooLarge }
}

extension Period {
    /// The backlog at the start as a caller knows it other than from achterstand_begin.
    public enum CarriedBacklog: Sendable, Hashable {
        case known(Int)
        case tooLarge
    }

    /// The period's opgave (see `Opgave`); `carried` is used only when achterstand_begin is not
    /// a known number.
    public func opgave(carried: CarriedBacklog? = nil) -> Opgave {
        if let totaal = known(.totaal) { return .known(totaal.value) }
        switch computedTotal {
        case .value(let sum, _): return .known(sum)
        case .overflow: return .tooLarge
        case .missing: break
        }
        if let taakstelling = known(.taakstelling), known(.achterstand_begin) == nil, let carried {
            switch carried {
            case .known(let backlog):
                return CheckedArithmetic.sum([(1, backlog), (1, taakstelling.value)]).map(Opgave.known) ?? .tooLarge
            case .tooLarge: return .tooLarge
            }
        }
        let terms: [FigureName] = [.totaal, .achterstand_begin, .taakstelling]
        if terms.contains(where: { figure($0)?.value == .unknown }) { return .unknown }
        return .absent
    }
}
