@testable import TaakboekCore

/// Compares two `YAMLNode` trees field by field.
enum FastYAMLComparison {
    /// The first difference between `fast` and `yams`, with its path, or nil when they are equal.
    static func difference(_ fast: YAMLNode, _ yams: YAMLNode, path: String = "$") -> String? {
        if fast.line != yams.line || fast.column != yams.column {
            return "\(path): at \(fast.line):\(fast.column), Yams \(yams.line):\(yams.column)"
        }
        switch (fast.content, yams.content) {
        case (.scalar(let a), .scalar(let b)):
            if a.text != b.text { return "\(path): text \(a.text.debugDescription), Yams \(b.text.debugDescription)" }
            if a.isPlain != b.isPlain { return "\(path): isPlain \(a.isPlain), Yams \(b.isPlain)" }
            return nil
        case (.mapping(let a), .mapping(let b)):
            if a.count != b.count {
                return "\(path): \(a.count) keys \(a.map(\.key)), Yams \(b.count) \(b.map(\.key))"
            }
            for (x, y) in zip(a, b) {
                if x.key != y.key { return "\(path): key \(x.key.debugDescription), Yams \(y.key.debugDescription)" }
                if x.keyLine != y.keyLine || x.keyColumn != y.keyColumn {
                    return "\(path).\(x.key): key at \(x.keyLine):\(x.keyColumn), Yams \(y.keyLine):\(y.keyColumn)"
                }
                if let difference = difference(x.value, y.value, path: "\(path).\(x.key)") { return difference }
            }
            return nil
        case (.sequence(let a), .sequence(let b)):
            if a.count != b.count { return "\(path): \(a.count) items, Yams \(b.count)" }
            for (index, (x, y)) in zip(a, b).enumerated() {
                if let difference = difference(x, y, path: "\(path)[\(index)]") { return difference }
            }
            return nil
        default:
            return "\(path): \(kind(fast)), Yams \(kind(yams))"
        }
    }

    private static func kind(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar: "scalar"
        case .mapping: "mapping"
        case .sequence: "sequence"
        }
    }
}
