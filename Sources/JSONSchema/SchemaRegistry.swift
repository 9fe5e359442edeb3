import JSON
/// A position inside one of the registry's documents.
struct SchemaLocation: Sendable {
    let document: Int
    let pointer: [JSONPointer.Component]

    func appending(_ components: JSONPointer.Component...) -> SchemaLocation {
        SchemaLocation(document: document, pointer: pointer + components)
    }
}

/// The schema documents a validator knows (the caller's schema and the built-in draft-07
/// metaschema) and every URI they declare through `$id`, so `$ref` can be resolved offline.
struct SchemaRegistry {
    struct Document {
        let root: JSONValue
        /// Prefix of location strings: "" for the caller's schema, the URI for built-ins.
        let locationPrefix: String
    }

    private(set) var documents: [Document] = []
    /// Absolute URI without fragment -> the schema that `$id` names.
    private var resources: [String: SchemaLocation] = [:]
    /// Absolute URI + "#" + plain-name fragment -> the schema (location-independent `$id`).
    private var anchors: [String: SchemaLocation] = [:]
    /// Location string -> the base URI in effect around that schema (before its own `$id`).
    private var inheritedBases: [String: URIReference] = [:]
    /// Scanning stops below this depth; compiling such depths fails anyway.
    let depthLimit: Int
    private var stackGuard = StackGuard()

    init(depthLimit: Int) {
        self.depthLimit = depthLimit
    }

    /// Adds a document and registers its root under `base` and every `$id` inside it.
    @discardableResult
    mutating func addDocument(_ root: JSONValue, base: URIReference, locationPrefix: String) -> Int {
        let index = documents.count
        documents.append(Document(root: root, locationPrefix: locationPrefix))
        let location = SchemaLocation(document: index, pointer: [])
        Self.register(&resources, base.withoutFragment.description, location)
        scan(root, at: location, inheritedBase: base.withoutFragment, depth: 0)
        return index
    }

    func value(at location: SchemaLocation) -> JSONValue? {
        guard documents.indices.contains(location.document) else { return nil }
        return JSONPointer(location.pointer).resolve(in: documents[location.document].root)
    }

    /// "#/properties/a" for the caller's schema, "<uri>#/..." for built-in documents.
    func locationString(_ location: SchemaLocation) -> String {
        let prefix =
            documents.indices.contains(location.document)
            ? documents[location.document].locationPrefix : ""
        return prefix + JSONPointer(location.pointer).uriFragment
    }

    /// The schema an absolute URI (with optional fragment) designates.
    func resolve(_ uri: URIReference) -> SchemaLocation? {
        let resourceKey = uri.withoutFragment.description
        let fragment = uri.fragment ?? ""
        guard fragment.isEmpty || fragment.hasPrefix("/") else {
            return anchors[resourceKey + "#" + fragment]
        }
        guard let resource = resources[resourceKey],
            let pointer = try? JSONPointer(uriFragment: fragment)
        else { return nil }
        let target = SchemaLocation(
            document: resource.document, pointer: resource.pointer + pointer.components)
        return value(at: target) == nil ? nil : target
    }

    /// The base URI around `location`, before the schema there applies its own `$id`.
    func inheritedBase(at location: SchemaLocation) -> URIReference {
        if let base = inheritedBases[locationString(location)] { return base }
        // Not a place the scan visited (a $ref into e.g. an `enum`): use the nearest
        // scanned ancestor, with that ancestor's own `$id` applied.
        var pointer = location.pointer
        while !pointer.isEmpty {
            pointer.removeLast()
            let ancestor = SchemaLocation(document: location.document, pointer: pointer)
            if let base = inheritedBases[locationString(ancestor)] {
                return Self.ownBase(of: value(at: ancestor), inherited: base)
            }
        }
        return URIReference(parsing: "")
    }

    /// The base URI inside a schema: its `$id` resolved against the inherited base. Draft 7
    /// ignores every sibling of `$ref`, `$id` included.
    static func ownBase(of schema: JSONValue?, inherited: URIReference) -> URIReference {
        guard case .object(let object)? = schema, object["$ref"] == nil,
            case .string(let id)? = object["$id"]
        else { return inherited }
        return URIReference(parsing: id).resolved(against: inherited).withoutFragment
    }

    private mutating func scan(
        _ value: JSONValue, at location: SchemaLocation, inheritedBase: URIReference, depth: Int
    ) {
        guard depth <= depthLimit, stackGuard.hasRoom(atDepth: depth),
            case .object(let object) = value
        else { return }
        inheritedBases[locationString(location)] = inheritedBase
        var base = inheritedBase
        if object["$ref"] == nil, case .string(let id)? = object["$id"] {
            let resolved = URIReference(parsing: id).resolved(against: inheritedBase)
            base = resolved.withoutFragment
            if let fragment = resolved.fragment, !fragment.isEmpty, !fragment.hasPrefix("/") {
                Self.register(&anchors, base.description + "#" + fragment, location)
            } else {
                Self.register(&resources, base.description, location)
            }
        }
        for (keyword, child) in object {
            for (subschema, components) in Self.subschemas(of: keyword, child) {
                let childLocation = SchemaLocation(
                    document: location.document, pointer: location.pointer + components)
                scan(subschema, at: childLocation, inheritedBase: base, depth: depth + 1)
            }
        }
    }

    /// The subschemas a keyword's value holds, with their pointer components.
    static func subschemas(
        of keyword: String, _ value: JSONValue
    ) -> [(JSONValue, [JSONPointer.Component])] {
        switch keyword {
        case "additionalItems", "additionalProperties", "contains", "propertyNames", "not",
            "if", "then", "else":
            return [(value, [.key(keyword)])]
        case "items":
            if case .array(let elements) = value {
                return elements.enumerated().map { ($1, [.key(keyword), .index($0)]) }
            }
            return [(value, [.key(keyword)])]
        case "allOf", "anyOf", "oneOf":
            guard case .array(let elements) = value else { return [] }
            return elements.enumerated().map { ($1, [.key(keyword), .index($0)]) }
        case "properties", "patternProperties", "definitions", "dependencies":
            guard case .object(let members) = value else { return [] }
            return members.map { ($0.value, [.key(keyword), .key($0.key)]) }
        default:
            return []
        }
    }

    private static func register(
        _ table: inout [String: SchemaLocation], _ key: String, _ location: SchemaLocation
    ) {
        if table[key] == nil { table[key] = location }
    }
}
