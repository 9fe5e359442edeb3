/// A JSON object: string keys in document order.
///
/// Keys are compared by their Unicode scalars, not by Swift's canonical equivalence, so
/// `"ä"` (U+00E4) and `"a\u{308}"` are two different keys, as JSON requires.
/// Equality ignores member order.
///
/// Small objects, the common case in records, are searched linearly; a hash index is built
/// only once an object grows past `indexThreshold` members.
public struct JSONObject: Sendable {
    /// Member names in the order they were inserted (document order for parsed JSON).
    public private(set) var keys: [String] = []
    /// Member values, parallel to `keys`.
    public private(set) var values: [JSONValue] = []
    private var index: [ExactString: Int]?

    static let indexThreshold = 12

    public init() {}

    /// Builds an object from pairs; a later pair with the same key replaces the value but
    /// keeps the first position.
    public init(_ pairs: [(String, JSONValue)]) {
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
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
        position(of: key) != nil
    }

    /// Reads a member; assigning `nil` removes it, assigning a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let position = position(of: key) else { return nil }
            return values[position]
        }
        set {
            if let newValue {
                if let position = position(of: key) {
                    values[position] = newValue
                } else {
                    append(key, newValue)
                }
            } else if let position = position(of: key) {
                keys.remove(at: position)
                values.remove(at: position)
                rebuildIndex()
            }
        }
    }

    /// Appends a member only when the key is new; returns false for a duplicate key.
    mutating func insertNew(_ key: String, _ value: JSONValue) -> Bool {
        guard position(of: key) == nil else { return false }
        append(key, value)
        return true
    }

    private func position(of key: String) -> Int? {
        if let index { return index[ExactString(key)] }
        return keys.firstIndex { ExactString.equal($0, key) }
    }

    private mutating func append(_ key: String, _ value: JSONValue) {
        keys.append(key)
        values.append(value)
        if index != nil {
            index?[ExactString(key)] = keys.count - 1
        } else if keys.count > Self.indexThreshold {
            rebuildIndex()
        }
    }

    private mutating func rebuildIndex() {
        guard keys.count > Self.indexThreshold else {
            index = nil
            return
        }
        var rebuilt: [ExactString: Int] = [:]
        rebuilt.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() {
            rebuilt[ExactString(key)] = position
        }
        index = rebuilt
    }
}

extension JSONObject: Sequence {
    /// Iterates members in key order.
    public struct Iterator: IteratorProtocol {
        private let object: JSONObject
        private var position = 0

        init(_ object: JSONObject) {
            self.object = object
        }

        public mutating func next() -> (key: String, value: JSONValue)? {
            guard position < object.keys.count else { return nil }
            defer { position += 1 }
            return (object.keys[position], object.values[position])
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(self)
    }

    public var underestimatedCount: Int { keys.count }
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
package struct ExactString: Hashable, Sendable {
    package let value: String

    package init(_ value: String) { self.value = value }

    package static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        equal(lhs.value, rhs.value)
    }

    /// Byte-wise equality of two strings' UTF-8, with a fast path over contiguous storage.
    package static func equal(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        let compared: Bool?? = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in left.elementsEqual(right) }
        }
        if let compared, let result = compared { return result }
        return lhs.utf8.elementsEqual(rhs.utf8)
    }

    package func hash(into hasher: inout Hasher) {
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
