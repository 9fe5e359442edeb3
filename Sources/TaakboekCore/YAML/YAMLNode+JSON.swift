import JSON
import JSONSchema

extension YAMLNode {
    /// The JSON value schema validation sees, with every number-notation problem found on the way.
    public func jsonValue(notationProblems: inout [ParseProblem]) -> JSONValue {
        switch content {
        case .scalar(let scalar):
            let interpretation = ScalarValue.interpret(scalar)
            if let problem = interpretation.notationProblem {
                notationProblems.append(
                    ParseProblem(.numberNotation, line: line, column: column, problem, fatal: false))
            }
            switch interpretation.value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .integer(let number): return .integer(number)
            case .number(let number): return .number(number)
            case .string(let text): return .string(text)
            }
        case .mapping(let pairs):
            return .object(JSONObject(pairs.map { ($0.key, $0.value.jsonValue(notationProblems: &notationProblems)) }))
        case .sequence(let items):
            return .array(items.map { $0.jsonValue(notationProblems: &notationProblems) })
        }
    }
}
