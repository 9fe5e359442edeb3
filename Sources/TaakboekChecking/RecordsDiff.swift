import TaakboekCore
import TaakboekGit
import TaakboekHistory
import TaakboekRules
import TaakboekState

/// `taakboek diff` as a library call: what changed between two states in records and fields,
/// and, for the pull-request summary, `taakboek check` on the new state with the old one as the
/// change rules' base. The check runs first, so a working tree it read (each file with its id)
/// is not read again to find what changed.
public enum RecordsDiff {
    public struct Outcome {
        public let changes: [SemanticChange]
        /// The check of the new state, when asked for.
        public let check: DiffSummary.HeadCheck?
        /// The trees the check read (kept by a caller that exits soon, not freed).
        public let trees: [RecordTree]
    }

    /// `base` is the old state's commit and how the change rules name it.
    public static func run(
        _ old: RecordState, _ new: RecordState, base: (commit: ObjectID, name: String), checking: Bool, git: GitCheck
    ) throws(SourceError) -> Outcome {
        guard checking else { return Outcome(changes: try SemanticDiff.between(old, new), check: nil, trees: []) }
        let folder: String
        switch new.place {
        case .workingTree(let path):
            folder = path
        case .commit(let location, let commit):
            return try gitState(old, new, base: base, git: git) { changed in
                RevisionSource(location: location, commit: commit, useCache: git.useCache, readingAfresh: changed)
            }
        case .index(let location):
            return try gitState(old, new, base: base, git: git) { changed in
                IndexSource(location: location, useCache: git.useCache, readingAfresh: changed)
            }
        }
        // The working tree against a commit: each state is read once. The old state's listing
        // (ids from git) says which files differ; the working tree is checked with each file's id
        // from the bytes read, keeping the content of those that differ for the comparison; the
        // old state's differing files (with their periods) are read once, for the comparison and
        // as the change rules' base.
        let oldListing = try old.listing()
        var oldIDs: [String: String] = [:]
        for file in oldListing { oldIDs[file.path] = file.id?.hex }
        let baseIDs = oldIDs
        let tree = try RecordLoader.load(
            from: WorkingTreeSource(root: folder, repository: try? Repository.open(at: folder)),
            analysis: Checker().fileAnalysis, keeping: { baseIDs[$0.path] != $0.objectID })
        let newListing = new.listing(checked: tree) ?? []
        let changed = SemanticDiff.differingRecordPaths(oldListing, newListing)
        let oldTree = try old.load(oldListing.filter(SemanticDiff.neededFiles(changed)))
        let findings = (Checker().check(tree) + git.changeFindings(tree, baseTree: oldTree, base: base)).sorted(
            by: Finding.reportOrder)
        let changes = changed.isEmpty ? [] : SemanticDiff.compare(old: oldTree, new: tree, paths: changed)
        return Outcome(changes: changes, check: DiffSummary.HeadCheck(findings: findings), trees: [tree, oldTree])
    }

    /// The index or a commit against a commit, each state read once: git's ids say which files
    /// differ; the new state is checked through the analysis cache but for those files, which
    /// are read afresh and keep their content; the old state's differing records (with their
    /// periods) are read once, for the comparison and as the change rules' base.
    private static func gitState(
        _ old: RecordState, _ new: RecordState, base: (commit: ObjectID, name: String), git: GitCheck,
        source: (Set<String>) -> some RecordSource
    ) throws(SourceError) -> Outcome {
        let oldListing = try old.listing()
        let changed: Set<String>
        if let paths = try old.changedRecordPaths(to: new) {
            changed = paths
        } else {
            changed = SemanticDiff.differingRecordPaths(oldListing, try new.listing())
        }
        let tree = try load(source(changed), keeping: changed)
        let oldTree = try old.load(oldListing.filter(SemanticDiff.neededFiles(changed)))
        let findings = (Checker().check(tree) + git.changeFindings(tree, baseTree: oldTree, base: base)).sorted(
            by: Finding.reportOrder)
        let changes = changed.isEmpty ? [] : SemanticDiff.compare(old: oldTree, new: tree, paths: changed)
        return Outcome(changes: changes, check: DiffSummary.HeadCheck(findings: findings), trees: [tree, oldTree])
    }

    private static func load(_ source: some RecordSource, keeping paths: Set<String>) throws(SourceError) -> RecordTree {
        try RecordLoader.load(from: source, analysis: Checker().fileAnalysis, keeping: { paths.contains($0.path) })
    }
}
