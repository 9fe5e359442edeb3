import JSON
import TaakboekCore

/// Completion: on a key, the schema's keys for that mapping not yet present, with their Dutch
/// titles and descriptions; on a value, what the field allows — `soort` from
/// `schemas/soorten.yaml`, `uit` the ids of existing placements it may leave, `periode` the
/// municipality's periods (and the next one), and each field's listed values (`status`,
/// `onbekend`, `true`/`false`).
struct CompletionProvider {
    let workspace: Workspace
    let document: OpenDocument
    let language: Language

    private var nl: Bool { language == .nl }

    /// LSP CompletionItemKind values.
    private enum ItemKind: Int {
        case property = 10
        case value = 12
        case enumMember = 20
        case reference = 18
    }

    func items(line: Int, utf16 character: Int) -> [JSONValue] {
        let cursor = YAMLCursor(lines: document.lines, line: line, utf16: character)
        guard let kind = RecordPath.classify(document.path).recordKind,
            let schema = workspace.schemas.schema(for: kind)
        else { return [] }
        // A line inside a block of text (`opmerking: >-`) is text, not keys.
        if let parent = cursor.parents.last, let mapping = SchemaFields.mapping(in: schema, at: cursor.parents.dropLast()),
            let field = SchemaFields.field(parent, in: mapping), !SchemaFields.isMapping(field)
        {
            return []
        }
        guard let mapping = SchemaFields.mapping(in: schema, at: cursor.parents) else { return [] }
        if cursor.isOnKey {
            return keyItems(mapping, cursor: cursor)
        }
        guard let key = cursor.key else { return [] }
        return valueItems(key, kind: kind, field: SchemaFields.field(key, in: mapping), cursor: cursor)
    }

    private func keyItems(_ mapping: JSONValue, cursor: YAMLCursor) -> [JSONValue] {
        let present = cursor.siblings
        return SchemaFields.properties(of: mapping).enumerated().compactMap { index, property in
            guard !present.contains(property.key) else { return nil }
            let required = SchemaFields.isRequired(property.key, in: mapping)
            var item: JSONObject = [
                "label": .string(property.key),
                "kind": .integer(ItemKind.property.rawValue),
                "insertText": .string(property.key + (SchemaFields.isMapping(property.field) ? ":\n  " : ": ")),
                // Required keys first, then the schema's order.
                "sortText": .string((required ? "0" : "1") + Self.sortKey(index)),
            ]
            if let title = property.field["title"]?.stringValue {
                item["detail"] = .string(title + (required ? (nl ? " (verplicht)" : " (required)") : ""))
            }
            if let description = property.field["description"]?.stringValue {
                item["documentation"] = ["kind": "markdown", "value": .string(description)]
            }
            return .object(item)
        }
    }

    private func valueItems(_ key: String, kind: RecordKind, field: JSONValue?, cursor: YAMLCursor) -> [JSONValue] {
        let group = Workspace.group(of: document.path)
        let records = workspace.records(of: group)
        var items: [JSONValue] = []
        switch key {
        case "soort" where cursor.parents.isEmpty:
            for placementKind in workspace.schemas.catalogue.kinds.values.sorted(by: { $0.name < $1.name }) {
                let counts = placementKind.counts ? (nl ? "telt mee" : "counts") : (nl ? "telt niet mee" : "does not count")
                var item: JSONObject = [
                    "label": .string(placementKind.name), "kind": .integer(ItemKind.enumMember.rawValue),
                    "detail": .string(counts),
                ]
                if let description = placementKind.description {
                    item["documentation"] = ["kind": "markdown", "value": .string(description)]
                }
                items.append(.object(item))
            }
        case "uit" where kind == .placement:
            let current = records?.placements.first { $0.path == document.path }
            let origins = current?.soort.flatMap { workspace.schemas.catalogue[$0.value] }?.originKinds ?? []
            let allowed = origins.isEmpty ? ["har"] : origins
            for placement in records?.placements ?? [] where placement.path != document.path {
                guard let soort = placement.soort?.value, allowed.contains(soort) else { continue }
                let persons = placement.personen.map { "\($0.value) " + (nl ? "personen" : "persons") } ?? ""
                items.append([
                    "label": .string(placement.id), "kind": .integer(ItemKind.reference.rawValue),
                    "detail": .string("\(soort), \(placement.datum.map { "\($0.value)" } ?? "") \(persons)"),
                ])
            }
        case "periode" where cursor.parents.isEmpty:
            var ids: [PeriodID] = []
            if kind == .period, let own = RecordPath.fileID(of: document.path) {
                ids = [own]
            } else {
                ids = (records?.periods.compactMap(\.id) ?? []).sorted(by: >)
                if let last = ids.first { ids.insert(last.next, at: 0) }
            }
            for (index, id) in ids.enumerated() {
                items.append([
                    "label": .string(id.description), "kind": .integer(ItemKind.value.rawValue),
                    "sortText": .string(Self.sortKey(index)),
                ])
            }
        default:
            break
        }
        if items.isEmpty, let field {
            for value in SchemaFields.values(of: field) {
                items.append(["label": .string(value), "kind": .integer(ItemKind.enumMember.rawValue)])
            }
            if kind == .period, cursor.parents.isEmpty, let name = FigureName(rawValue: key), let records,
                let period = records.periods.first(where: { $0.path == document.path }),
                let computed = Self.computed(name, period)
            {
                items.insert(
                    [
                        "label": .string(String(computed)), "kind": .integer(ItemKind.value.rawValue),
                        "detail": .string(nl ? "berekend uit de andere cijfers" : "computed from the other figures"),
                        "preselect": true,
                    ], at: 0)
            }
        }
        return items
    }

    static func sortKey(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// What a figure must be, given the others (nil when a term is missing or unknown).
    static func computed(_ name: FigureName, _ period: Period) -> Int? {
        let begin = period.known(.achterstand_begin)?.value
        let target = period.known(.taakstelling)?.value
        let housed = period.known(.gehuisvest)?.value
        let end = period.known(.achterstand_eind)?.value
        func add(_ a: Int?, _ b: Int?, _ sign: Int = 1) -> Int? {
            guard let a, let b else { return nil }
            let (value, overflow) = sign > 0 ? a.addingReportingOverflow(b) : a.subtractingReportingOverflow(b)
            return overflow ? nil : value
        }
        switch name {
        case .totaal: return add(begin, target)
        case .achterstand_eind: return add(add(begin, target), housed, -1)
        case .gehuisvest: return add(add(begin, target), end, -1)
        case .achterstand_begin: return add(add(end, housed), target, -1)
        case .taakstelling: return add(add(end, housed), begin, -1)
        }
    }
}

extension RecordPath {
    /// The period a period file's name says (`2025-I.yaml`).
    static func fileID(of path: String) -> PeriodID? {
        guard let name = path.split(separator: "/").last, name.hasSuffix(".yaml") else { return nil }
        return PeriodID(String(name.dropLast(5)))
    }
}
