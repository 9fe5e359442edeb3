/// The arithmetic of one period, shared by the rules and the reports:
/// opgave (totaal) = achterstand_begin + taakstelling;
/// achterstand_eind = achterstand_begin + taakstelling − gehuisvest.
extension Period {
    public enum ArithmeticResult: Sendable {
        case value(Int, terms: [Equation.Term])
        /// A needed figure is `onbekend` or absent.
        case missing([FigureName])
        case overflow(terms: [Equation.Term])
    }

    /// achterstand_begin + taakstelling
    public var computedTotal: ArithmeticResult {
        compute([(.start, .achterstand_begin), (.plus, .taakstelling)])
    }

    /// achterstand_begin + taakstelling − gehuisvest
    public var computedEndBacklog: ArithmeticResult {
        compute([(.start, .achterstand_begin), (.plus, .taakstelling), (.minus, .gehuisvest)])
    }

    private func compute(_ operands: [(Equation.Operation, FigureName)]) -> ArithmeticResult {
        var terms: [Equation.Term] = []
        var missing: [FigureName] = []
        for (operation, name) in operands {
            guard let figure = known(name) else {
                missing.append(name)
                continue
            }
            terms.append(Equation.Term(operation, name.rawValue, figure.value, source: figure.location))
        }
        if !missing.isEmpty { return .missing(missing) }
        let sum = CheckedArithmetic.sum(terms.map { ($0.operation == .minus ? -1 : 1, $0.value) })
        guard let sum else { return .overflow(terms: terms) }
        return .value(sum, terms: terms)
    }
}

extension Period.Calculation {
    /// Art. 29 lid 1 Huisvestingswet 2014: ⌈landelijk × inwoners_gemeente / inwoners_nederland⌉;
    /// nil when it does not fit in 64 bits.
    public static func statutoryTaakstelling(landelijk: Int, inwonersGemeente: Int, inwonersNederland: Int) -> Int? {
        CheckedArithmetic.ceilingOfProductQuotient(landelijk, inwonersGemeente, inwonersNederland)
    }
}
