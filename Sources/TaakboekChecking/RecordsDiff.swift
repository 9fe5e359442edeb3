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
        let (findings, tree, workingTree) = try check(new, base: base, git: git)
        let changes = try SemanticDiff.between(old, new, newListing: workingTree.flatMap { new.listing(checked: $0) })
        return Outcome(changes: changes, check: DiffSummary.HeadCheck(findings: findings), trees: [tree])
    }

    /// The new state checked against the base; with the working tree as the check read it.
    private static func check(_ new: RecordState, base: (commit: ObjectID, name: String), git: GitCheck)
        throws(SourceError) -> (findings: [Finding], tree: RecordTree, workingTree: RecordTree?)
    {
        switch new.place {
        case .commit(_, let commit):
            let result = try git.check(.commit(commit), base: base)
            return (result.findings, result.tree, nil)
        case .index:
            let result = try git.check(.index, base: base)
            return (result.findings, result.tree, nil)
        case .workingTree(let folder):
            let tree = try RecordLoader.load(
                from: WorkingTreeSource(root: folder, repository: try? Repository.open(at: folder)),
                analysis: Checker().fileAnalysis)
            return (try git.check(tree, base: base), tree, tree)
        }
    }
}
