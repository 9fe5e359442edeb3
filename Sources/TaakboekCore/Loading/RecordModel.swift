/// A record read into its model, by kind.
public enum RecordModel: Sendable {
    case municipality(Municipality)
    case period(Period)
    case placement(Placement)
    case correction(Correction)
    case letter(Letter)

    /// The model of a loaded file, or nil when it has no readable YAML or is not a record.
    public init?(_ file: RecordFile) {
        guard let root = file.root, let kind = file.kind else { return nil }
        switch kind {
        case .municipality:
            self = .municipality(Municipality(FieldReader(path: file.path, node: root)))
        case .period:
            self = .period(Period(FieldReader(path: file.path, node: root), fileID: PeriodID(file.baseName)))
        case .placement:
            let parts = file.path.split(separator: "/")
            let periodFolder = parts.count >= 2 ? String(parts[parts.count - 2]) : ""
            self = .placement(
                Placement(
                    FieldReader(path: file.path, node: root), id: periodFolder + "/" + file.baseName,
                    folderPeriod: PeriodID(periodFolder)))
        case .correction:
            self = .correction(Correction(FieldReader(path: file.path, node: root)))
        case .letter:
            self = .letter(Letter(FieldReader(path: file.path, node: root)))
        }
    }
}
