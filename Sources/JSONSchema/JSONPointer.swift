import JSON
/// An RFC 6901 JSON Pointer, kept as decoded components.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    /// One step into a JSON value.
    ///
    /// Parsing cannot know whether a token such as "0" names an array index or an object
    /// member, so canonical non-negative integer tokens parse as `.index`; `resolve(in:)`
    /// treats `.index(n)` on an object as the key "n" and a numeric `.key` on an array as
    /// an index, so both spellings resolve the same way.
    public enum Component: Sendable, Hashable, CustomStringConvertible {
        case key(String)
        case index(Int)

        /// The unescaped token text.
        public var token: String {
            switch self {
            case .key(let key): key
            case .index(let index): String(index)
            }
        }

        public var description: String { token }
    }

    public enum ParseError: Error, Sendable, Hashable {
        /// A non-empty pointer must start with "/".
        case missingLeadingSlash
        /// "~" must be followed by "0" or "1".
        case invalidEscape(token: String)
        /// A URI fragment contained a malformed percent-encoding or invalid UTF-8.
        case invalidPercentEncoding
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// Parses pointer text such as "/definitions/a~1b/0".
    public init(parsing text: String) throws(ParseError) {
        guard !text.isEmpty else {
            self.components = []
            return
        }
        let scalars = text.unicodeScalars
        guard scalars.first == "/" else { throw .missingLeadingSlash }
        var components: [Component] = []
        // Split on scalars, not Characters: "/" followed by a combining mark still separates.
        for rawToken in scalars.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = try Self.unescape(String(String.UnicodeScalarView(rawToken)))
            components.append(Self.component(for: token))
        }
        self.components = components
    }

    /// Parses a pointer taken from a URI fragment (without the "#"): percent-decodes first.
    public init(uriFragment fragment: String) throws(ParseError) {
        guard let decoded = PercentEncoding.decode(fragment) else {
            throw .invalidPercentEncoding
        }
        try self.init(parsing: decoded)
    }

    /// RFC 6901 text, e.g. "/a~1b/0"; the empty pointer is "".
    public var description: String {
        components.map { "/" + Self.escape($0.token) }.joined()
    }

    /// The pointer as a URI fragment including "#", percent-encoding what a fragment may not
    /// contain, e.g. "#/definitions/foo%22bar".
    public var uriFragment: String {
        "#" + PercentEncoding.encodeFragment(description)
    }

    /// Escapes a token: "~" becomes "~0" and "/" becomes "~1".
    public static func escape(_ token: String) -> String {
        guard token.unicodeScalars.contains(where: { $0 == "~" || $0 == "/" }) else {
            return token
        }
        var result = ""
        for scalar in token.unicodeScalars {
            switch scalar {
            case "~": result += "~0"
            case "/": result += "~1"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func unescape(_ token: String) throws(ParseError) -> String {
        guard token.unicodeScalars.contains("~") else { return token }
        var result = ""
        var iterator = token.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "~" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch iterator.next() {
            case "0": result += "~"
            case "1": result += "/"
            default: throw .invalidEscape(token: token)
            }
        }
        return result
    }

    static func component(for token: String) -> Component {
        if let index = canonicalIndex(token) { return .index(index) }
        return .key(token)
    }

    /// "0", "17" but not "01", "-1" or "+1".
    static func canonicalIndex(_ token: String) -> Int? {
        let utf8 = token.utf8
        guard let first = utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
            first != UInt8(ascii: "0") || utf8.count == 1,
            utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return Int(token)
    }

    /// The value this pointer designates inside `root`, or nil if any step is missing.
    public func resolve(in root: JSONValue) -> JSONValue? {
        var current = root
        for component in components {
            guard let next = Self.step(current, component) else { return nil }
            current = next
        }
        return current
    }

    static func step(_ value: JSONValue, _ component: Component) -> JSONValue? {
        switch (value, component) {
        case (.object(let object), _):
            return object[component.token]
        case (.array(let array), .index(let index)):
            return array.indices.contains(index) ? array[index] : nil
        case (.array(let array), .key(let key)):
            guard let index = canonicalIndex(key), array.indices.contains(index) else { return nil }
            return array[index]
        default:
            return nil
        }
    }

    public static func + (lhs: JSONPointer, rhs: Component) -> JSONPointer {
        JSONPointer(lhs.components + [rhs])
    }
}
