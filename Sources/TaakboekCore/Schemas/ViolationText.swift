import JSONSchema

/// Turns a schema validation error into a message a clerk can act on, in Dutch and English,
/// pointing at the value (or, for an unknown field, at its key) in the YAML.
enum ViolationText {
    /// The errors without those a misspelt key explains: `gehuisvets: 9` is an unknown field and
    /// leaves `gehuisvest` missing, which is one mistake, reported once, on the misspelt key's line
    /// ("bedoelt u `gehuisvest`?").
    static func withoutTypoConsequences(_ errors: [ValidationError], validator: SchemaValidator) -> [ValidationError] {
        // Only the missing keys can be explained, so only they are compared with the unknown
        // ones (a file of 76,000 unknown keys and none missing costs one pass).
        var missing: [String: [String]] = [:]
        for error in errors {
            if case .required(let property) = error.kind { missing[error.instancePointer.description, default: []].append(property) }
        }
        guard !missing.isEmpty else { return errors }
        var explained: Set<String> = []
        for error in errors {
            guard case .additionalProperty(let property) = error.kind else { continue }
            let parent = JSONPointer(Array(error.instancePath.dropLast())).description
            guard let candidates = missing[parent],
                let meant = Suggestion.closest(to: property, among: candidates),
                // The suggestion the message makes among all fields must be this one.
                Suggestion.closest(
                    to: property,
                    among: allowedFields(at: Array(error.instancePath.dropLast()).map(yamlComponent), validator: validator))
                    == meant
            else { continue }
            explained.insert(parent + "\u{0}" + meant)
        }
        guard !explained.isEmpty else { return errors }
        return errors.filter { error in
            guard case .required(let property) = error.kind else { return true }
            return !explained.contains(error.instancePointer.description + "\u{0}" + property)
        }
    }

    static func violations(for error: ValidationError, in root: YAMLNode, validator: SchemaValidator)
        -> [SchemaViolation]
    {
        let path = error.instancePath.map(yamlComponent)
        switch error.kind {
        case .anyOf(let branches), .oneOf(0, let branches):
            // Report the branch that got furthest when it failed on something other than shape;
            // otherwise say which shapes are allowed.
            if let specific = mostSpecificBranch(branches) {
                return specific.flatMap { violations(for: $0, in: root, validator: validator) }
            }
            return [
                violation(
                    at: path, in: root, message: alternatives(branches, path: path, root: root, validator: validator))
            ]
        default:
            var found = violation(
                at: path, in: root, message: message(for: error, path: path, root: root, validator: validator),
                pointAtKey: isKeyProblem(error.kind))
            found.replacement = replacement(for: error, path: path, root: root, validator: validator)
            return [found]
        }
    }

    /// What the message suggests writing instead, for an editor's one-action fix.
    private static func replacement(
        for error: ValidationError, path: [YAMLPathComponent], root: YAMLNode, validator: SchemaValidator
    ) -> String? {
        switch error.kind {
        case .additionalProperty(let property):
            return Suggestion.closest(to: property, among: allowedFields(at: Array(path.dropLast()), validator: validator))
        case .pattern:
            guard let scalar = root.node(at: path)?.scalar, scalar.isPlain, let date = DutchDateText.parse(scalar.text)
            else { return nil }
            return date.description
        default:
            return nil
        }
    }

    /// One violation that stands for `count` more errors, placed where the first of them is.
    static func notShown(_ count: Int, from first: ValidationError, in root: YAMLNode, validator: SchemaValidator)
        -> SchemaViolation
    {
        let place = violations(for: first, in: root, validator: validator).first
        return SchemaViolation(
            line: place?.line ?? root.line, column: place?.column ?? root.column,
            message: LocalizedText(
                nl: "nog \(count) schemafouten in dit bestand, vanaf hier, worden niet afzonderlijk gemeld; "
                    + "herstel de gemelde en controleer opnieuw",
                en: "\(count) more schema errors in this file, from here on, are not reported one by one; "
                    + "fix those reported and check again"))
    }

    private static func jsonPointer(_ path: [YAMLPathComponent]) -> [JSONPointer.Component] {
        path.map { component in
            switch component {
            case .key(let key): .key(key)
            case .index(let index): .index(index)
            }
        }
    }

    private static func yamlComponent(_ component: JSONPointer.Component) -> YAMLPathComponent {
        switch component {
        case .key(let key): .key(key)
        case .index(let index): .index(index)
        }
    }

    private static func isKeyProblem(_ kind: ValidationFailure) -> Bool {
        switch kind {
        case .additionalProperty, .falseSchema: true
        default: false
        }
    }

    private static func violation(
        at path: [YAMLPathComponent], in root: YAMLNode, message: LocalizedText, pointAtKey: Bool = false
    ) -> SchemaViolation {
        if pointAtKey, case .key(let key)? = path.last, let parent = root.node(at: Array(path.dropLast())),
            let pair = parent.pair(key)
        {
            return SchemaViolation(line: pair.keyLine, column: pair.keyColumn, length: key.count, message: message)
        }
        guard let node = root.node(at: path) else {
            return SchemaViolation(line: root.line, column: root.column, message: message)
        }
        let length = node.scalar.map { max(1, $0.text.count + ($0.isPlain ? 0 : 2)) } ?? 1
        return SchemaViolation(line: node.line, column: node.column, length: length, message: message)
    }

    private static func fieldName(_ path: [YAMLPathComponent]) -> String {
        let names = path.map { component -> String in
            switch component {
            case .key(let key): key
            case .index(let index): "[\(index)]"
            }
        }
        return names.isEmpty ? "het record" : "`" + names.joined(separator: ".") + "`"
    }

    private static func fieldNameEN(_ path: [YAMLPathComponent]) -> String {
        path.isEmpty ? "the record" : fieldName(path)
    }

    private static func message(
        for error: ValidationError, path: [YAMLPathComponent], root: YAMLNode, validator: SchemaValidator
    ) -> LocalizedText {
        let field = fieldName(path)
        let fieldEN = fieldNameEN(path)
        let value = root.node(at: path).map(ValueDescription.init)
        switch error.kind {
        case .type(let expected, _):
            let hint = typeHint(expected: expected, value: value)
            return LocalizedText(
                nl:
                    "\(field) moet \(TypeNames.list(expected, .nl)) zijn, maar is \(value?.nl ?? "iets anders")\(hint.nl)",
                en:
                    "\(fieldEN) must be \(TypeNames.list(expected, .en)), but is \(value?.en ?? "something else")\(hint.en)"
            )
        case .required(let property):
            return LocalizedText(
                nl: "verplicht veld `\(property)` ontbreekt\(describe(path + [.key(property)], validator))",
                en: "required field `\(property)` is missing\(describe(path + [.key(property)], validator, .en))")
        case .additionalProperty(let property):
            let allowed = allowedFields(at: Array(path.dropLast()), validator: validator)
            let suggestion = Suggestion.closest(to: property, among: allowed)
            return LocalizedText(
                nl: "onbekend veld `\(property)`" + (suggestion.map { "; bedoelt u `\($0)`?" } ?? "")
                    + (allowed.isEmpty ? "" : " Toegestaan: \(allowed.joined(separator: ", "))."),
                en: "unknown field `\(property)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
                    + (allowed.isEmpty ? "" : " Allowed: \(allowed.joined(separator: ", "))."))
        case .enumMismatch(let allowed):
            let list = allowed.map(TypeNames.literal).joined(separator: ", ")
            return LocalizedText(
                nl: "\(field) moet een van deze waarden zijn: \(list); maar is \(value?.nl ?? "iets anders")",
                en: "\(fieldEN) must be one of: \(list); but is \(value?.en ?? "something else")")
        case .const(let expected):
            return LocalizedText(
                nl: "\(field) moet \(TypeNames.literal(expected)) zijn",
                en: "\(fieldEN) must be \(TypeNames.literal(expected))")
        case .minimum(let limit, let exclusive):
            return LocalizedText(
                nl:
                    "\(field) moet \(exclusive ? "groter dan" : "minstens") \(TypeNames.number(limit)) zijn, maar is \(value?.text ?? "?")",
                en:
                    "\(fieldEN) must be \(exclusive ? "greater than" : "at least") \(TypeNames.number(limit)), but is \(value?.text ?? "?")"
            )
        case .maximum(let limit, let exclusive):
            return LocalizedText(
                nl:
                    "\(field) moet \(exclusive ? "kleiner dan" : "hoogstens") \(TypeNames.number(limit)) zijn, maar is \(value?.text ?? "?")",
                en:
                    "\(fieldEN) must be \(exclusive ? "less than" : "at most") \(TypeNames.number(limit)), but is \(value?.text ?? "?")"
            )
        case .multipleOf(let divisor):
            return LocalizedText(
                nl: "\(field) moet een veelvoud van \(TypeNames.number(divisor)) zijn",
                en: "\(fieldEN) must be a multiple of \(TypeNames.number(divisor))")
        case .pattern:
            // A date as the Dutch write it: say which one the record means.
            if let written = root.node(at: path)?.scalar?.text, let date = DutchDateText.parse(written) {
                return LocalizedText(
                    nl: "\(field) heeft niet de juiste vorm (\(value?.nl ?? "?")); bedoelt u \(date)? Een datum is JJJJ-MM-DD (of JJJJ-MM als de dag niet bekend is)",
                    en: "\(fieldEN) does not have the right form (\(value?.en ?? "?")); did you mean \(date)? A date is YYYY-MM-DD (or YYYY-MM when the day is not known)")
            }
            return LocalizedText(
                nl: "\(field) heeft niet de juiste vorm (\(value?.nl ?? "?"))\(describe(path, validator))",
                en: "\(fieldEN) does not have the right form (\(value?.en ?? "?"))\(describe(path, validator, .en))")
        case .minLength(let limit):
            return limit <= 1
                ? LocalizedText(nl: "\(field) mag niet leeg zijn", en: "\(fieldEN) must not be empty")
                : LocalizedText(
                    nl: "\(field) moet minstens \(limit) tekens hebben",
                    en: "\(fieldEN) must have at least \(limit) characters")
        case .maxLength(let limit):
            return LocalizedText(
                nl:
                    "\(field) is te lang: hoogstens \(limit) tekens; houd toelichtingen kort en zonder persoonsgegevens",
                en: "\(fieldEN) is too long: at most \(limit) characters; keep remarks short and free of personal data")
        case .minProperties(let limit):
            return LocalizedText(
                nl: "\(field) moet minstens \(limit) veld\(limit == 1 ? "" : "en") hebben",
                en: "\(fieldEN) must have at least \(limit) field\(limit == 1 ? "" : "s")")
        case .maxProperties(let limit):
            return LocalizedText(
                nl: "\(field) heeft meer dan \(limit) velden", en: "\(fieldEN) has more than \(limit) fields")
        case .propertyNames(let property, _):
            let allowed = allowedNames(at: path, validator: validator)
            return LocalizedText(
                nl: "`\(property)` is hier geen toegestane naam"
                    + (allowed.isEmpty ? "" : "; kies uit: \(allowed.joined(separator: ", "))"),
                en: "`\(property)` is not an allowed name here"
                    + (allowed.isEmpty ? "" : "; choose from: \(allowed.joined(separator: ", "))"))
        case .minItems(let limit):
            return LocalizedText(
                nl: "\(field) moet minstens \(limit) elementen hebben",
                en: "\(fieldEN) must have at least \(limit) items")
        case .maxItems(let limit):
            return LocalizedText(
                nl: "\(field) heeft meer dan \(limit) elementen", en: "\(fieldEN) has more than \(limit) items")
        case .uniqueItems:
            return LocalizedText(nl: "\(field) bevat een waarde twee keer", en: "\(fieldEN) contains a value twice")
        case .falseSchema, .additionalItems:
            return LocalizedText(nl: "\(field) is hier niet toegestaan", en: "\(fieldEN) is not allowed here")
        case .dependency(let property, let missing):
            return LocalizedText(
                nl: "met `\(property)` is ook `\(missing)` verplicht",
                en: "with `\(property)`, `\(missing)` is required too")
        case .oneOf(let matches, _):
            return LocalizedText(
                nl: "\(field) past op \(matches) mogelijkheden van het schema tegelijk; het schema is dubbelzinnig",
                en: "\(fieldEN) matches \(matches) alternatives of the schema at once; the schema is ambiguous")
        case .not, .contains, .anyOf:
            return LocalizedText(nl: "\(field) voldoet niet aan het schema", en: "\(fieldEN) does not match the schema")
        case .limitExceeded(.patternSearch(let pattern, _)):
            return LocalizedText(
                nl:
                    "het patroon \(pattern) in het schema kost op een waarde van dit record te veel rekenwerk (geneste herhaling, zoals (a+)+?); vereenvoudig het patroon in het schema",
                en:
                    "the pattern \(pattern) in the schema takes too much work on a value of this record (nested repetition, such as (a+)+?); simplify the pattern in the schema"
            )
        case .limitExceeded:
            return LocalizedText(
                nl: "het schema is te ingewikkeld om dit record te controleren",
                en: "the schema is too complex to check this record")
        }
    }

    private static func typeHint(expected: [String], value: ValueDescription?) -> LocalizedText {
        guard let value else { return LocalizedText("") }
        if expected == ["string"] && value.isNumberLike {
            return LocalizedText(
                nl: "; is het tekst, zet het dan tussen aanhalingstekens: \"\(value.text)\"",
                en: "; if it is text, put it in quotes: \"\(value.text)\"")
        }
        if expected.contains("integer") && value.isText {
            return LocalizedText(
                nl: "; schrijf een geheel getal, of `onbekend` als het cijfer echt niet bekend is",
                en: "; write a whole number, or `onbekend` if the figure is genuinely unknown")
        }
        return LocalizedText("")
    }

    /// " (Titel: beschrijving)" of the field, from the schema, to tell the clerk what is expected.
    private static func describe(_ path: [YAMLPathComponent], _ validator: SchemaValidator, _ language: Language = .nl)
        -> String
    {
        let pointer = jsonPointer(path)
        guard language == .nl, let schema = validator.propertySchema(at: pointer),
            let description = schema["description"]?.stringValue
        else { return "" }
        return " — " + description
    }

    private static func allowedFields(at path: [YAMLPathComponent], validator: SchemaValidator) -> [String] {
        let pointer = jsonPointer(path)
        return validator.propertySchema(at: pointer)?["properties"]?.objectValue?.keys ?? []
    }

    private static func allowedNames(at path: [YAMLPathComponent], validator: SchemaValidator) -> [String] {
        let pointer = jsonPointer(path)
        guard let names = validator.propertySchema(at: pointer)?["propertyNames"]?["enum"]?.arrayValue else {
            return []
        }
        return names.compactMap(\.stringValue)
    }

    /// The one failing branch whose errors are not about the shape of the value (e.g. a minimum),
    /// when exactly one branch is like that: the alternative the clerk most likely meant.
    private static func mostSpecificBranch(_ branches: [[ValidationError]]) -> [ValidationError]? {
        let specific = branches.filter { errors in
            !errors.isEmpty
                && errors.allSatisfy { error in
                    switch error.kind {
                    case .type, .const, .enumMismatch: false
                    default: true
                    }
                }
        }
        return specific.count == 1 ? specific[0] : nil
    }

    private static func alternatives(
        _ branches: [[ValidationError]], path: [YAMLPathComponent], root: YAMLNode, validator: SchemaValidator
    ) -> LocalizedText {
        var nl: [String] = []
        var en: [String] = []
        for error in branches.flatMap({ $0 }) {
            switch error.kind {
            case .type(let expected, _):
                nl.append(TypeNames.list(expected, .nl))
                en.append(TypeNames.list(expected, .en))
            case .const(let value):
                nl.append(TypeNames.literal(value))
                en.append(TypeNames.literal(value))
            case .enumMismatch(let values):
                nl += values.map(TypeNames.literal)
                en += values.map(TypeNames.literal)
            default: continue
            }
        }
        let value = root.node(at: path).map(ValueDescription.init)
        let field = fieldName(path)
        guard !nl.isEmpty else {
            return LocalizedText(
                nl: "\(field) voldoet niet aan het schema", en: "\(fieldNameEN(path)) does not match the schema")
        }
        var hint = LocalizedText("")
        if value?.isText == true && nl.contains("een geheel getal") {
            hint = LocalizedText(
                nl: "; schrijf een geheel getal, of `onbekend` als het cijfer echt niet bekend is",
                en: "; write a whole number, or `onbekend` if the figure is genuinely unknown")
        }
        return LocalizedText(
            nl:
                "\(field) moet \(unique(nl).joined(separator: " of ")) zijn, maar is \(value?.nl ?? "iets anders")\(hint.nl)",
            en:
                "\(fieldNameEN(path)) must be \(unique(en).joined(separator: " or ")), but is \(value?.en ?? "something else")\(hint.en)"
        )
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
