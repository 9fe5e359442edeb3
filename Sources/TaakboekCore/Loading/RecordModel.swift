/// A record read into its model, by kind.
public enum RecordModel: Sendable {
    case municipality(Municipality)
    case period(Period)
    case placement(Placement)
    case correction(Correction)
    case coa(COASnapshot)
    case letter(Letter)

    /// The model of a loaded file, or nil when it has no readable YAML or is not a record.
    public init?(_ file: RecordFile) {
        guard let root = file.root, let kind = file.kind else { return nil }
        switch kind {
        case .municipality:
            self = .municipality(Municipality(FieldReader(path: file.path, node: root)))
        case .period:
            let names = RecordModel.pathNames(file)
            self = .period(Period(FieldReader(path: file.path, node: root), fileID: PeriodID(names.baseName)))
        case .placement:
            let names = RecordModel.pathNames(file)
            self = .placement(
                Placement(
                    FieldReader(path: file.path, node: root), id: names.folder + "/" + names.baseName,
                    folderPeriod: PeriodID(names.folder)))
        case .correction:
            self = .correction(Correction(FieldReader(path: file.path, node: root)))
        case .coa:
            self = .coa(COASnapshot(FieldReader(path: file.path, node: root), fileName: file.baseName))
        case .letter:
            self = .letter(Letter(FieldReader(path: file.path, node: root)))
        }
    }
}

extension RecordModel {
    /// A file's base name (`RecordFile.baseName`) and the folder holding it: the part of the path
    /// before the name, empty parts skipped ("" when there is none). Found in the UTF-8 bytes of an
    /// ASCII path (this runs for every record); other paths are left to `pathNamesReference(_:)`,
    /// the reading this one must agree with.
    static func pathNames(_ file: RecordFile) -> (folder: String, baseName: String) {
        let fast = file.path.utf8.withContiguousStorageIfAvailable { bytes in
            ASCIIBytes.isASCII(bytes) ? pathNamesASCII(bytes) : nil
        }
        if case .some(.some(let names)) = fast { return names }
        return pathNamesReference(file)
    }

    private static func pathNamesASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (folder: String, baseName: String) {
        let slash = UInt8(ascii: "/")
        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        // The last run of bytes without "/" that ends at or before `end`.
        func part(before end: Int) -> Range<Int>? {
            var upper = end
            while upper > 0, bytes[upper - 1] == slash { upper -= 1 }
            guard upper > 0 else { return nil }
            var lower = upper
            while lower > 0, bytes[lower - 1] != slash { lower -= 1 }
            return lower..<upper
        }
        let folder = part(before: bytes.count).flatMap { part(before: $0.lowerBound) }
        // The name after the last "/" (empty after a trailing one), up to its last ".".
        var nameStart = bytes.count
        while nameStart > 0, bytes[nameStart - 1] != slash { nameStart -= 1 }
        var nameEnd = bytes.count
        while nameEnd > nameStart, bytes[nameEnd - 1] != UInt8(ascii: ".") { nameEnd -= 1 }
        let baseEnd = nameEnd > nameStart ? nameEnd - 1 : bytes.count
        return (folder.map(string) ?? "", string(nameStart..<baseEnd))
    }

    /// The `split`-based reading `pathNames(_:)` replaced.
    static func pathNamesReference(_ file: RecordFile) -> (folder: String, baseName: String) {
        let parts = file.path.split(separator: "/")
        let periodFolder = parts.count >= 2 ? String(parts[parts.count - 2]) : ""
        return (periodFolder, file.baseName)
    }
}
