import JSON
/// Bounds that keep validation finite on any schema and instance.
public struct ValidationLimits: Sendable, Hashable {
    /// Maximum nesting of schema evaluations (each `$ref` and each subschema is a level).
    /// Deep enough for a recursive schema over a document at `JSONParser.defaultMaxDepth`.
    public var maxDepth: Int
    /// Maximum number of schema evaluations for one `validate` call. Guards against
    /// schemas whose cost grows exponentially (e.g. nested `allOf`s of shared `$ref`s).
    public var maxEvaluations: Int
    /// Maximum schema nesting accepted at compile time.
    public var maxSchemaDepth: Int
    /// Maximum work of one `pattern` search, in ICU's progress reports (one per 10,000 steps of
    /// its backtracking matcher: the default is about 10 million steps, a third of a second). A
    /// pattern with nested repetition such as `(a+)+$` or `(.*a){25}` takes exponential time on
    /// some texts; the search stops there instead of hanging the check.
    public var maxPatternSearch: Int

    public init(
        maxDepth: Int = 1_200, maxEvaluations: Int = 20_000_000, maxSchemaDepth: Int = 512,
        maxPatternSearch: Int = 1_000
    ) {
        self.maxDepth = maxDepth
        self.maxEvaluations = maxEvaluations
        self.maxSchemaDepth = maxSchemaDepth
        self.maxPatternSearch = maxPatternSearch
    }

    public static let `default` = ValidationLimits()
}

/// Which evaluation limit stopped a validation.
public enum ValidationLimit: Sendable, Hashable, CustomStringConvertible {
    /// Nesting reached this depth: `ValidationLimits.maxDepth`, or less when the thread's
    /// stack would not have held more.
    case depth(Int)
    case evaluations(Int)
    /// A `pattern` (or `patternProperties` key) took more than `maxPatternSearch` on one text.
    case patternSearch(pattern: String, limit: Int)

    public var description: String {
        switch self {
        case .depth(let limit):
            "validation stopped: schema recursion reached \(limit) levels (a $ref loop?)"
        case .evaluations(let limit):
            "validation stopped after \(limit) schema evaluations"
        case .patternSearch(let pattern, _):
            "validation stopped: the pattern \(JSONValue.string(pattern)) takes too long on this text (nested repetition?)"
        }
    }
}
