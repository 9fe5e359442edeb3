/// `records/<gemeente>/gemeente.yaml`: who the records are of.
public struct Municipality: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case naam, cbs_code, provincie, bron
    }

    public let path: String
    public let naam: Located<String>?
    public let cbsCode: Located<String>?
    public let provincie: Located<String>?

    public init(_ reader: FieldReader<Field>) {
        path = reader.path
        naam = reader.text(.naam)
        cbsCode = reader.text(.cbs_code)
        provincie = reader.text(.provincie)
    }
}
