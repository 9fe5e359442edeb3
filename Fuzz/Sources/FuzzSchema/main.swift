import JSON
import JSONSchema

// The JSON parser and the draft-07 validator on arbitrary input, with the limits taakboek uses for
// the schemas in a repository's `schemas/` (which a hostile repository can make whatever it likes).
//
// The input is a schema and a document separated by the first NUL byte (which JSON text can never
// hold); without one, the input is both, so the schema is validated against itself. Beyond "no
// crash, no hang": what the writer prints parses back to the same value, and the quick answer
// (`isValid`) agrees with the full one (`validate`).

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    let schemaBytes: [UInt8]
    let documentBytes: [UInt8]
    if let separator = bytes.firstIndex(of: 0) {
        schemaBytes = Array(bytes[..<separator])
        documentBytes = Array(bytes[(separator + 1)...])
    } else {
        schemaBytes = bytes
        documentBytes = bytes
    }
    guard let schema = try? JSONParser.parse(schemaBytes) else { return 0 }
    RoundTrip.check(schema)
    guard let validator = try? SchemaValidator(schema: schema) else { return 0 }
    guard let document = try? JSONParser.parse(documentBytes) else { return 0 }
    RoundTrip.check(document)
    let errors = validator.validate(document)
    let isValid = validator.isValid(document)
    if isValid != errors.isEmpty {
        fatalError("isValid says \(isValid), validate found \(errors.count) errors: \(errors.prefix(3))")
    }
    for error in errors { _ = error.description }
    return 0
}

enum RoundTrip {
    /// The compact text of a value parses back to an equal value.
    static func check(_ value: JSONValue) {
        let text = JSONWriter.compact(value)
        guard let again = try? JSONParser.parse(text) else {
            fatalError("the writer's output does not parse: \(text.prefix(200))")
        }
        if again != value {
            fatalError("round trip changed the value: \(text.prefix(200))")
        }
    }
}
