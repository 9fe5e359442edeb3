/// A YAML node as taakboek sees it: scalars keep their source text and whether they were plain
/// (unquoted), and every node keeps its 1-based line and column. Records use only plain YAML:
/// no anchors, aliases or tags, string keys only.
public struct YAMLNode: Sendable, Equatable {
    public indirect enum Content: Sendable, Equatable {
        case scalar(YAMLScalar)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public let content: Content
    public let line: Int
    public let column: Int

    public init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value of `key` in a mapping node.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key == key }?.value
    }

    /// The pair of `key` in a mapping node (to point at the key itself).
    public func pair(_ key: String) -> YAMLPair? {
        pairs?.first { $0.key == key }
    }

    /// The node at a path of keys and indexes, as produced by schema validation.
    public func node(at path: [YAMLPathComponent]) -> YAMLNode? {
        var current: YAMLNode = self
        for component in path {
            switch component {
            case .key(let key):
                guard let next = current[key] else { return nil }
                current = next
            case .index(let index):
                guard let items = current.items, items.indices.contains(index) else { return nil }
                current = items[index]
            }
        }
        return current
    }
}

public enum YAMLPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

public struct YAMLScalar: Sendable, Hashable {
    public let text: String
    /// Plain (unquoted, not a block scalar): only plain scalars can be numbers, booleans or null.
    public let isPlain: Bool
    /// What the scalar means, worked out once when the tree is built.
    public let interpretation: ScalarValue.Interpretation

    public init(text: String, isPlain: Bool) {
        self.text = text
        self.isPlain = isPlain
        interpretation = ScalarValue.interpret(text: text, isPlain: isPlain)
    }

    public var value: ScalarValue { interpretation.value }

    public static func == (lhs: YAMLScalar, rhs: YAMLScalar) -> Bool {
        lhs.text == rhs.text && lhs.isPlain == rhs.isPlain
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(isPlain)
    }
}

public struct YAMLPair: Sendable, Equatable {
    public let key: String
    public let keyLine: Int
    public let keyColumn: Int
    public let value: YAMLNode

    public init(key: String, keyLine: Int, keyColumn: Int, value: YAMLNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}
