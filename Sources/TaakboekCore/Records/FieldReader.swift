/// Reads typed fields out of a record's mapping, keeping every value's location. A reader only
/// takes keys of its record kind's `Field` enum, so the model cannot read a field the schema does
/// not declare (a test compares every `Field` enum with its schema).
///
/// Reading is lenient: a value of the wrong shape reads as nil. The schema validation has already
/// reported it, and the cross-record rules then simply skip what they cannot use.
public struct FieldReader<Key: RawRepresentable & CaseIterable>: Sendable where Key.RawValue == String {
    public let path: String
    public let node: YAMLNode?

    public init(path: String, node: YAMLNode?) {
        self.path = path
        self.node = node
    }

    public func location(of node: YAMLNode) -> SourceLocation {
        let length = node.scalar.map { max(1, ASCIIBytes.characterCount($0.text) + ($0.isPlain ? 0 : 2)) } ?? 1
        return SourceLocation(path: path, line: node.line, column: node.column, length: length)
    }

    /// Where the key itself stands (for "field missing" style findings, the mapping).
    public func keyLocation(_ key: Key) -> SourceLocation? {
        guard let pair = node?.pair(key.rawValue) else { return nil }
        return SourceLocation(path: path, line: pair.keyLine, column: pair.keyColumn, length: key.rawValue.count)
    }

    public var mappingLocation: SourceLocation {
        guard let node else { return .file(path) }
        return SourceLocation(path: path, line: node.line, column: node.column)
    }

    public func has(_ key: Key) -> Bool { node?[key.rawValue] != nil }

    public func value(_ key: Key) -> Located<ScalarValue>? {
        guard let field = node?[key.rawValue], let scalar = field.scalar else { return nil }
        return Located(ScalarValue.interpret(scalar).value, at: location(of: field))
    }

    public func text(_ key: Key) -> Located<String>? {
        guard let located = value(key), case .string(let text) = located.value else { return nil }
        return Located(text, at: located.location)
    }

    public func integer(_ key: Key) -> Located<Int>? {
        guard let located = value(key), case .integer(let number) = located.value else { return nil }
        return Located(number, at: located.location)
    }

    public func bool(_ key: Key) -> Located<Bool>? {
        guard let located = value(key), case .bool(let flag) = located.value else { return nil }
        return Located(flag, at: located.location)
    }

    /// A whole number or the keyword `onbekend`.
    public func figure(_ key: Key) -> Located<Figure>? {
        guard let located = value(key) else { return nil }
        switch located.value {
        case .integer(let number): return Located(.known(number), at: located.location)
        case .string(Figure.unknownKeyword): return Located(.unknown, at: located.location)
        default: return nil
        }
    }

    /// A date as `YYYY-MM-DD`, `YYYY-MM`, or a bare year (which YAML reads as a number).
    public func date(_ key: Key) -> Located<PartialDate>? {
        // One look-up for both shapes (this runs for every dated record).
        guard let located = value(key) else { return nil }
        switch located.value {
        case .integer(let year) where (1000...9999).contains(year):
            return Located(PartialDate(year: year), at: located.location)
        case .string(let text):
            guard let date = PartialDate(text) else { return nil }
            return Located(date, at: located.location)
        default: return nil
        }
    }

    public func period(_ key: Key) -> Located<PeriodID>? {
        guard let text = text(key), let period = PeriodID(text.value) else { return nil }
        return Located(period, at: text.location)
    }

    /// A nested mapping read with its own key enum.
    public func nested<Nested>(_ key: Key, as _: Nested.Type) -> FieldReader<Nested>? {
        guard let field = node?[key.rawValue], field.pairs != nil else { return nil }
        return FieldReader<Nested>(path: path, node: field)
    }

    /// The pairs of a nested mapping whose keys are data (e.g. the fields a correction changes).
    public func entries(_ key: Key) -> [YAMLPair] {
        node?[key.rawValue]?.pairs ?? []
    }

    public func sequence(_ key: Key) -> [YAMLNode] {
        node?[key.rawValue]?.items ?? []
    }
}
