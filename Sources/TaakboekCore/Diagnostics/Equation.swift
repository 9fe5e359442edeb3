/// The arithmetic behind a finding, shown term by term so a clerk can see which figure is off:
/// every term with its value and where it came from, the computed result and the declared value.
public struct Equation: Sendable, Hashable {
    public enum Operation: String, Sendable, Hashable {
        case plus = "+"
        case minus = "−"
        case times = "×"
        case dividedBy = "÷"
        /// The first term.
        case start = " "
    }

    public struct Term: Sendable, Hashable {
        public let operation: Operation
        public let name: String
        public let value: Int
        public let source: SourceLocation?

        public init(_ operation: Operation, _ name: String, _ value: Int, source: SourceLocation?) {
            self.operation = operation
            self.name = name
            self.value = value
            self.source = source
        }
    }

    public let terms: [Term]
    /// A remark on how the result was computed (e.g. "rounded up").
    public let rounding: LocalizedText?
    public let computed: Int
    public let declaredName: String
    public let declared: Int
    public let declaredSource: SourceLocation?

    public init(
        terms: [Term], rounding: LocalizedText? = nil, computed: Int,
        declaredName: String, declared: Int, declaredSource: SourceLocation?
    ) {
        self.terms = terms
        self.rounding = rounding
        self.computed = computed
        self.declaredName = declaredName
        self.declared = declared
        self.declaredSource = declaredSource
    }

    /// Whether declared − computed fits in 64 bits (`difference` is exact).
    public var differenceFits: Bool { !declared.subtractingReportingOverflow(computed).overflow }

    /// declared − computed, as the clerk reads it ("the file says 1 too many").
    /// Saturating: figures near Int.max must not trap here (`differenceFits` says whether it is exact).
    public var difference: Int {
        let (result, overflow) = declared.subtractingReportingOverflow(computed)
        return overflow ? (declared > computed ? Int.max : Int.min) : result
    }
}
