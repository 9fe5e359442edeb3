import TaakboekCore

extension Rule {
    /// When a rule cannot judge a period because figures are `onbekend`, a note that says so; nil
    /// when the figures are simply absent (an open period may leave them out).
    func unknownFiguresNote(_ period: Period, _ names: [FigureName], what: LocalizedText) -> Finding? {
        let unknown = names.filter { period.figure($0)?.value == .unknown }
        guard let first = unknown.first, let location = period.figure(first)?.location else { return nil }
        let list = unknown.map(\.rawValue).joined(separator: ", ")
        return skipped(
            location,
            LocalizedText(
                nl: "\(what.nl) niet gecontroleerd: \(list) \(unknown.count == 1 ? "is" : "zijn") onbekend",
                en: "\(what.en) not checked: \(list) \(unknown.count == 1 ? "is" : "are") unknown"))
    }

    /// A finding that a computed figure (`expression`, e.g. the statutory product) does not fit in
    /// 64 bits.
    func overflowFinding(_ location: SourceLocation, expression: String) -> Finding {
        finding(
            location,
            LocalizedText(
                nl: "\(expression) past niet in een 64-bits getal; controleer de cijfers op typefouten",
                en: "\(expression) does not fit in a 64-bit number; check the figures for typing mistakes"))
    }

    /// A finding that a sum does not fit in the arithmetic (never a silent wrap-around).
    func overflowFinding(_ location: SourceLocation, terms: [Equation.Term]) -> Finding {
        finding(
            location,
            LocalizedText(
                nl:
                    "de som van \(terms.map(\.name).joined(separator: ", ")) past niet in een 64-bits getal; controleer de cijfers op typefouten",
                en:
                    "the sum of \(terms.map(\.name).joined(separator: ", ")) does not fit in a 64-bit number; check the figures for typing mistakes"
            ))
    }
}
