import TaakboekCore

/// One difference between two states of the records, in terms of records and their fields:
/// a record added or removed, one field of a record changed, or what a changed backlog means for
/// the next period.
public struct SemanticChange: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case added = "toegevoegd"
        case removed = "verwijderd"
        case changed = "gewijzigd"
        /// What a changed achterstand_eind means for the next period's achterstand_begin.
        case consequence = "gevolg"

        public var title: LocalizedText {
            switch self {
            case .added: LocalizedText(nl: "toegevoegd", en: "added")
            case .removed: LocalizedText(nl: "verwijderd", en: "removed")
            case .changed: LocalizedText(nl: "gewijzigd", en: "changed")
            case .consequence: LocalizedText(nl: "gevolg", en: "consequence")
            }
        }
    }

    /// A field's value as the records write it; `number` when it is a whole number.
    public struct Value: Sendable, Equatable, CustomStringConvertible {
        public let text: String
        public let number: Int?

        public init(text: String, number: Int? = nil) {
            self.text = text
            self.number = number
        }

        public var description: String { text }
    }

    public let kind: Kind
    public let record: RecordKind
    /// The municipality's folder under `records/`.
    public let municipality: String
    /// The record the change is about (for a consequence: the next period's record).
    public let path: String
    /// The period the record belongs to (a period, a placement's folder, a correction's or
    /// letter's `periode`), when there is one.
    public let period: String?
    /// The field, for a changed field or a consequence; nil for a record added or removed.
    public let field: String?
    public let old: Value?
    public let new: Value?
    /// For an added or removed record, its main fields; for a consequence, what it means.
    public let note: LocalizedText?
    /// For a consequence: the record whose change caused it.
    public let cause: String?

    public init(
        kind: Kind, record: RecordKind, municipality: String, path: String, period: String?, field: String? = nil,
        old: Value? = nil, new: Value? = nil, note: LocalizedText? = nil, cause: String? = nil
    ) {
        self.kind = kind
        self.record = record
        self.municipality = municipality
        self.path = path
        self.period = period
        self.field = field
        self.old = old
        self.new = new
        self.note = note
        self.cause = cause
    }
}
