import JSON
import JSONSchema

/// How JSON Schema types and values are named to a clerk.
enum TypeNames {
    static func name(_ type: String, _ language: Language) -> String {
        switch (type, language) {
        case ("integer", .nl): "een geheel getal"
        case ("integer", .en): "a whole number"
        case ("number", .nl): "een getal"
        case ("number", .en): "a number"
        case ("string", .nl): "tekst"
        case ("string", .en): "text"
        case ("boolean", _): "true of false".replacingOccurrences(of: " of ", with: language == .nl ? " of " : " or ")
        case ("object", .nl): "een groep velden"
        case ("object", .en): "a group of fields"
        case ("array", .nl): "een lijst"
        case ("array", .en): "a list"
        case ("null", .nl): "leeg"
        case ("null", .en): "empty"
        default: type
        }
    }

    static func list(_ types: [String], _ language: Language) -> String {
        types.map { name($0, language) }.joined(separator: language == .nl ? " of " : " or ")
    }

    static func literal(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "`\(text)`"
        default: "`\(value)`"
        }
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// How a YAML value is described in a message ("de tekst 'tien'", "het getal 12").
struct ValueDescription {
    let text: String
    let nl: String
    let en: String
    let isText: Bool
    let isNumberLike: Bool

    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar):
            text = scalar.text
            switch ScalarValue.interpret(scalar).value {
            case .string(let value):
                nl = "de tekst '\(value)'"
                en = "the text '\(value)'"
                isText = true
                isNumberLike = false
            case .integer, .number:
                nl = "het getal \(scalar.text)"
                en = "the number \(scalar.text)"
                isText = false
                isNumberLike = true
            case .bool:
                nl = "\(scalar.text) (ja/nee)"
                en = "\(scalar.text) (yes/no)"
                isText = false
                isNumberLike = true
            case .null:
                nl = "leeg"
                en = "empty"
                isText = false
                isNumberLike = false
            }
        case .mapping:
            text = ""
            nl = "een groep velden"
            en = "a group of fields"
            isText = false
            isNumberLike = false
        case .sequence:
            text = ""
            nl = "een lijst"
            en = "a list"
            isText = false
            isNumberLike = false
        }
    }
}

/// The allowed name closest to a mistyped one (small edit distance), for "did you mean".
enum Suggestion {
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(Array(word), Array($0))) }.filter { $0.1 <= max(2, word.count / 3) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
