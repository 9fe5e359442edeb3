import TaakboekCore
import TaakboekGit
import TaakboekState

/// The differences between two states of the records in terms of records and fields rather than
/// lines: periods, placements, corrections, letters and municipality files added, removed or
/// changed field by field, and what a changed backlog means for the next period. Reformatting a
/// file or reordering its keys is no change.
public enum SemanticDiff {
    /// Compares two states. Only files whose content differs are read (git ids compared; working
    /// tree files are hashed), plus the period records of the municipalities concerned, which the
    /// consequences for the next period need.
    public static func between(_ old: RecordState, _ new: RecordState) throws(SourceError) -> [SemanticChange] {
        // Two commits: git's tree diff names the changed files, and only the folders concerned are
        // listed. Otherwise both states are listed in full and compared by blob id.
        let changed: Set<String>
        let oldListing: [RecordState.File]
        let newListing: [RecordState.File]
        if let paths = try old.changedRecordPaths(to: new) {
            changed = paths
            let concerned = Set(paths.compactMap(GitListedFile.municipality(ofPath:)))
            oldListing = try old.listing(municipalities: concerned) ?? []
            newListing = try new.listing(municipalities: concerned) ?? []
        } else {
            oldListing = try old.listing(hashing: true)
            newListing = try new.listing(hashing: true)
            changed = differingRecordPaths(oldListing, newListing)
        }
        guard !changed.isEmpty else { return [] }
        let needed = neededFiles(changed)
        let oldTree = try old.load(oldListing.filter(needed))
        let newTree = try new.load(newListing.filter(needed))
        return compare(old: oldTree, new: newTree, paths: changed)
    }

    /// The files a comparison of `changed` reads: those paths, the schemas, and the period
    /// records of the municipalities concerned (the consequences for the next period).
    public static func neededFiles(_ changed: Set<String>) -> @Sendable (RecordState.File) -> Bool {
        let concerned = Set(changed.compactMap(GitListedFile.municipality(ofPath:)))
        return { file in
            if file.path.hasPrefix("schemas/") || changed.contains(file.path) { return true }
            guard let folder = file.municipality, concerned.contains(folder) else { return false }
            return file.path.hasPrefix(RecordKind.period.folder(of: folder) + "/")
        }
    }

    /// Record paths present in only one listing, or in both with different (or unknown) content.
    public static func differingRecordPaths(_ old: [RecordState.File], _ new: [RecordState.File]) -> Set<String> {
        var oldIDs: [String: ObjectID?] = [:]
        for file in old where file.municipality != nil { oldIDs[file.path] = file.id }
        var paths: Set<String> = []
        for file in new where file.municipality != nil {
            if let oldID = oldIDs.removeValue(forKey: file.path), let oldID, let id = file.id, oldID == id { continue }
            paths.insert(file.path)
        }
        paths.formUnion(oldIDs.keys)
        return paths
    }

    /// The changes between the records at `paths` in two loaded trees, in path order, each
    /// consequence after the change that caused it.
    public static func compare(old: RecordTree, new: RecordTree, paths: Set<String>? = nil) -> [SemanticChange] {
        func records(_ tree: RecordTree) -> [String: RecordFile] {
            var files: [String: RecordFile] = [:]
            for file in tree.files where file.kind != nil && file.municipality != nil {
                if let paths, !paths.contains(file.path) { continue }
                files[file.path] = file
            }
            return files
        }
        let oldFiles = records(old)
        let newFiles = records(new)
        var changes: [SemanticChange] = []
        for path in Set(oldFiles.keys).union(newFiles.keys).sorted() {
            let before = oldFiles[path]
            let after = newFiles[path]
            guard let file = after ?? before, let kind = file.kind, let folder = file.municipality else { continue }
            let fieldsBefore = before.map(RecordFields.init)
            let fieldsAfter = after.map(RecordFields.init)
            let period = Self.period(of: file, fields: fieldsAfter ?? fieldsBefore)
            func change(
                _ changeKind: SemanticChange.Kind, field: String? = nil, old: RecordFields.Value? = nil,
                new: RecordFields.Value? = nil, note: LocalizedText? = nil
            ) -> SemanticChange {
                SemanticChange(
                    kind: changeKind, record: kind, municipality: folder, path: path, period: period, field: field,
                    old: old.map(Self.value), new: new.map(Self.value), note: note)
            }
            if let before, let after, let fieldsBefore, let fieldsAfter {
                if before.root == nil || after.root == nil {
                    if before.text != after.text { changes.append(change(.changed, note: unreadable)) }
                    continue
                }
                for name in fieldsAfter.names(with: fieldsBefore) where fieldsBefore[name] != fieldsAfter[name] {
                    changes.append(change(.changed, field: name, old: fieldsBefore[name], new: fieldsAfter[name]))
                }
            } else if let fieldsAfter {
                changes.append(change(.added, note: summary(fieldsAfter, kind: kind)))
            } else if let fieldsBefore {
                changes.append(change(.removed, note: summary(fieldsBefore, kind: kind)))
            }
            if kind == .period, let consequence = BacklogConsequence.of(path, folder: folder, old: old, new: new) {
                changes.append(consequence)
            }
        }
        return changes
    }

    static func value(_ value: RecordFields.Value) -> SemanticChange.Value {
        SemanticChange.Value(text: value.text, number: value.number)
    }

    static let unreadable = LocalizedText(
        nl: "kan in een van beide standen niet worden gelezen; controleer het met taakboek check",
        en: "cannot be read in one of the two states; check it with taakboek check")

    /// The period a record belongs to: a period's own, a placement's folder, or the `periode`
    /// field of a correction, COA figures or a letter.
    static func period(of file: RecordFile, fields: RecordFields?) -> String? {
        switch file.kind {
        case .period:
            return fields?["periode"]?.text ?? file.baseName
        case .placement:
            let parts = file.path.split(separator: "/")
            return parts.count >= 5 ? String(parts[3]) : nil
        case .correction, .coa, .letter:
            return fields?["periode"]?.text
        case .municipality, nil:
            return nil
        }
    }

    /// The main fields of a record added or removed, for one line.
    static func summary(_ fields: RecordFields, kind: RecordKind) -> LocalizedText {
        var parts = kind.summaryFields.compactMap { name in fields[name].map { "\(name) \($0.text)" } }
        if kind == .correction {
            parts += fields.fields.filter { $0.name.hasPrefix("wijzigingen.") }.map {
                "\($0.name.dropFirst("wijzigingen.".count)) \($0.value.text)"
            }
        }
        return LocalizedText(parts.joined(separator: ", "))
    }
}
