import TaakboekCore
import TaakboekGit
import TaakboekReporting
import TaakboekState

/// Assembles a report's audit data from what the check read: the library computes the ids, this
/// only maps them onto the report's fields.
public enum CheckAudit {
    /// The part every report has, also the text report (which prints none of it).
    public static func basic(_ source: AuditData.Source, tree: RecordTree?) -> AuditData {
        AuditData(
            source: source, recordCount: tree?.recordCount ?? 0, configurationDigest: tree?.configuration.digest,
            builtInConfiguration: tree.map { tree in
                tree.configuration.origins.filter { $0.value == .builtIn }.map(\.key)
            } ?? [])
    }

    public static func apply(_ ids: StateIDs, to audit: inout AuditData) {
        audit.commit = ids.commit?.hex
        audit.tree = ids.tree?.hex
        audit.recordsTree = ids.recordsTree?.hex
        audit.schemasTree = ids.schemasTree?.hex
    }

    /// The working tree's ids, and HEAD's when the folder is in a git repository.
    public static func apply(_ snapshot: WorkingTreeSnapshot, folder: String, to audit: inout AuditData) {
        audit.recordsTree = snapshot.recordsTree?.hex
        audit.schemasTree = snapshot.schemasTree?.hex
        guard let git = try? GitCheck.opened(at: folder), let head = (try? git.head()) ?? nil else { return }
        audit.head = head.hex
        if let ids = try? git.ids(of: .commit(head)) {
            audit.workingTreeMatchesHead =
                snapshot.recordsTree != nil && ids.recordsTree == snapshot.recordsTree
                && ids.schemasTree == snapshot.schemasTree
        }
    }

    public static func base(_ base: (commit: ObjectID, name: String)?) -> AuditData.Base? {
        base.map { AuditData.Base(name: $0.name, commit: $0.commit.hex) }
    }
}
