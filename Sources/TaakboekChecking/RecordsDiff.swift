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
        case .commit(_, let commit):
            return try gitState(old, new, state: .commit(commit), base: base, git: git)
        case .index:
            return try gitState(old, new, state: .index, base: base, git: git)
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
    /// differ; the check (with its result cache) reads those afresh past the analysis cache, in
    /// both states, and keeps their content for the comparison.
    private static func gitState(
        _ old: RecordState, _ new: RecordState, state: GitState, base: (commit: ObjectID, name: String),
        git: GitCheck
    ) throws(SourceError) -> Outcome {
        let changed: Set<String>
        if let paths = try old.changedRecordPaths(to: new) {
            changed = paths
        } else {
            changed = SemanticDiff.differingRecordPaths(try old.listing(), try new.listing())
        }
        let result = try git.check(state, base: base, keeping: changed)
        var trees = [result.tree]
        var changes: [SemanticChange] = []
        if let baseTree = result.baseTree {
            trees.append(baseTree)
            if !changed.isEmpty { changes = SemanticDiff.compare(old: baseTree, new: result.tree, paths: changed) }
        }
        return Outcome(changes: changes, check: DiffSummary.HeadCheck(findings: result.findings), trees: trees)
    }
}
