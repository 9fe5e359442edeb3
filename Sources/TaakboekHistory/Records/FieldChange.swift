/// One field that differs between two versions of a record (nil: absent in that version), as
/// `taakboek log` lists them.
public struct FieldChange: Sendable, Equatable {
    public let key: String
    public let old: String?
    public let new: String?
}

extension RecordFields {
    /// Field by field from `old` to `new` (nil: the record does not exist), in the order of the
    /// new version's fields, then those only in the old one.
    public static func changes(from old: RecordFields?, to new: RecordFields?) -> [FieldChange] {
        let empty = RecordFields.empty
        let before = old ?? empty
        let after = new ?? empty
        return after.names(with: before).compactMap { name in
            let previous = before[name]
            let next = after[name]
            return previous == next ? nil : FieldChange(key: name, old: previous?.text, new: next?.text)
        }
    }
}
