import JSON
/// Turns schema JSON into `SchemaNode`s once, resolving every `$ref` up front.
///
/// Each `$ref` target gets a slot in the reference table and is compiled from a worklist,
/// never recursively, so long or cyclic chains of references cannot exhaust the stack.
struct SchemaCompiler {
    var registry: SchemaRegistry
    let depthLimit: Int

    private var slots: [SchemaNode?] = []
    private var slotByLocation: [String: Int] = [:]
    private var pending: [(slot: Int, location: SchemaLocation)] = []
    private var compiled: [String: SchemaNode] = [:]
    private var patterns: [String: CompiledPattern] = [:]
    /// Compiling takes a lot of stack per level in debug builds, so check from the start.
    private var stackGuard = StackGuard(quietDepth: 0)

    init(registry: SchemaRegistry, depthLimit: Int) {
        self.registry = registry
        self.depthLimit = depthLimit
    }

    /// Compiles the schema at `root` and everything it references. Returns the reference
    /// table and the root's index in it.
    mutating func compileAll(
        root: SchemaLocation
    ) throws(SchemaError) -> (table: [SchemaNode], root: Int) {
        let rootSlot = slot(for: root)
        while let item = pending.popLast() {
            guard let value = registry.value(at: item.location) else {
                throw .unresolvableReference(
                    reference: registry.locationString(item.location),
                    location: registry.locationString(item.location))
            }
            slots[item.slot] = try compile(
                value, at: item.location, inheritedBase: registry.inheritedBase(at: item.location),
                depth: 0)
        }
        let table = slots.compactMap { $0 }
        guard table.count == slots.count else {
            throw .unresolvableReference(reference: "#", location: "#")
        }
        try Self.rejectReferenceOnlyCycles(table)
        return (table, rootSlot)
    }

    /// Compiles one schema (memoised by location, so shared targets compile once).
    mutating func compile(
        _ value: JSONValue, at location: SchemaLocation, inheritedBase: URIReference, depth: Int
    ) throws(SchemaError) -> SchemaNode {
        let here = registry.locationString(location)
        if let node = compiled[here] { return node }
        guard depth <= depthLimit, stackGuard.hasRoom(atDepth: depth) else {
            throw .nestingTooDeep(location: here, limit: depthLimit)
        }
        let node: SchemaNode
        switch value {
        case .bool(let allowed):
            node = SchemaNode(
                location: here, source: value, kind: allowed ? .alwaysValid : .alwaysInvalid)
        case .object(let object):
            if let reference = object["$ref"] {
                // Draft 7: "$ref" overrides every sibling keyword.
                guard case .string(let text) = reference else {
                    throw .invalidKeyword(
                        keyword: "$ref", location: here, reason: "must be a string")
                }
                let slot = try resolveReference(text, base: inheritedBase, at: here)
                node = SchemaNode(location: here, source: value, kind: .reference(slot, text))
            } else {
                let base = SchemaRegistry.ownBase(of: value, inherited: inheritedBase)
                let keywords = try compileKeywords(object, at: location, base: base, depth: depth)
                node = SchemaNode(
                    location: here, source: value, kind: .keywords, keywords: keywords)
            }
        default:
            throw .notASchema(location: here, found: value.typeName)
        }
        compiled[here] = node
        return node
    }

    /// Compiles a keyword's subschema one level down.
    mutating func compileChild(
        _ value: JSONValue, at location: SchemaLocation, base: URIReference, depth: Int
    ) throws(SchemaError) -> SchemaNode {
        try compile(value, at: location, inheritedBase: base, depth: depth + 1)
    }

    /// A cached compiled regular expression.
    mutating func pattern(_ source: String, keyword: String, at here: String) throws(SchemaError)
        -> CompiledPattern
    {
        if let cached = patterns[source] { return cached }
        do {
            let compiled = try CompiledPattern(source)
            patterns[source] = compiled
            return compiled
        } catch {
            throw .invalidPattern(
                pattern: source, location: here + "/" + keyword, reason: error.reason)
        }
    }

    private mutating func resolveReference(
        _ text: String, base: URIReference, at here: String
    ) throws(SchemaError) -> Int {
        let target = URIReference(parsing: text).resolved(against: base)
        guard let location = registry.resolve(target) else {
            throw .unresolvableReference(reference: text, location: here)
        }
        return slot(for: location)
    }

    private mutating func slot(for location: SchemaLocation) -> Int {
        let key = registry.locationString(location)
        if let existing = slotByLocation[key] { return existing }
        let index = slots.count
        slots.append(nil)
        slotByLocation[key] = index
        pending.append((index, location))
        return index
    }

    /// A chain of `$ref`s that never reaches a real schema would recurse forever on every
    /// instance, so it is a schema error rather than a validation-time surprise.
    private static func rejectReferenceOnlyCycles(_ table: [SchemaNode]) throws(SchemaError) {
        enum Mark { case unvisited, onChain, reachesSchema }
        var marks = Array(repeating: Mark.unvisited, count: table.count)
        for start in table.indices where marks[start] == .unvisited {
            var chain: [Int] = []
            var current = start
            while marks[current] != .reachesSchema {
                guard case .reference(let next, let text) = table[current].kind else { break }
                guard marks[current] == .unvisited, table.indices.contains(next) else {
                    throw .circularReference(reference: text, location: table[current].location)
                }
                marks[current] = .onChain
                chain.append(current)
                current = next
            }
            marks[current] = .reachesSchema
            for index in chain { marks[index] = .reachesSchema }
        }
    }
}
