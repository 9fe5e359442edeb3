/// A JSON object: string keys in document order, looked up in constant time.
///
/// Keys are compared by their Unicode scalars, not by Swift's canonical equivalence, so
/// `"ä"` (U+00E4) and `"a\u{308}"` are two different keys, as JSON requires.
/// Equality ignores member order.
public struct JSONObject: Sendable {
    /// Member names in the order they were inserted (document order for parsed JSON).
    public private(set) var keys: [String] = []
    /// Member values, parallel to `keys`.
    public private(set) var values: [JSONValue] = []
    private var positions: [ExactString: Int] = [:]

    public init() {}

    /// Builds an object from pairs; a later pair with the same key replaces the value but
    /// keeps the first position.
    public init(_ pairs: [(String, JSONValue)]) {
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        positions.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            self[key] = value
        }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Members in key order.
    public var members: [(key: String, value: JSONValue)] {
        Array(zip(keys, values))
    }

    public func contains(_ key: String) -> Bool {
        positions[ExactString(key)] != nil
    }

    /// Reads a member; assigning `nil` removes it, assigning a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let position = positions[ExactString(key)] else { return nil }
            return values[position]
        }
        set {
            let exact = ExactString(key)
            if let newValue {
                if let position = positions[exact] {
                    values[position] = newValue
                } else {
                    positions[exact] = keys.count
                    keys.append(key)
                    values.append(newValue)
                }
            } else if let position = positions.removeValue(forKey: exact) {
                keys.remove(at: position)
                values.remove(at: position)
                for index in position..<keys.count {
                    positions[ExactString(keys[index])] = index
                }
            }
        }
    }

    /// Appends a member only when the key is new; returns false for a duplicate key.
    mutating func insertNew(_ key: String, _ value: JSONValue) -> Bool {
        let exact = ExactString(key)
        guard positions[exact] == nil else { return false }
        positions[exact] = keys.count
        keys.append(key)
        values.append(value)
        return true
    }
}

extension JSONObject: Sequence {
    public func makeIterator() -> some IteratorProtocol<(key: String, value: JSONValue)> {
        zip(keys, values).lazy.map { (key: $0, value: $1) }.makeIterator()
    }
}

extension JSONObject: Hashable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.keys.count == rhs.keys.count else { return false }
        for (key, value) in zip(lhs.keys, lhs.values) {
            guard let other = rhs[key], other == value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: sum the members' own hashes.
        var combined = 0
        for (key, value) in zip(keys, values) {
            var member = Hasher()
            member.combine(ExactString(key))
            member.combine(value)
            combined = combined &+ member.finalize()
        }
        hasher.combine(keys.count)
        hasher.combine(combined)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}

/// A string compared and hashed by its UTF-8 bytes, i.e. by Unicode scalars.
struct ExactString: Hashable, Sendable {
    let value: String

    init(_ value: String) { self.value = value }

    static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        lhs.value.utf8.elementsEqual(rhs.value.utf8)
    }

    func hash(into hasher: inout Hasher) {
        ExactString.hashUTF8(of: value, into: &hasher)
    }

    static func hashUTF8(of string: String, into hasher: inout Hasher) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
        if done == nil {
            var copy = string
            copy.makeContiguousUTF8()
            copy.utf8.withContiguousStorageIfAvailable { bytes in
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            }
        }
        hasher.combine(string.utf8.count)
    }
}
