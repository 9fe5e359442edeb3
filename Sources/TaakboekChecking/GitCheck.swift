import TaakboekCore
import TaakboekGit
import TaakboekRules
import TaakboekState

/// Checking records from git: the staged index, a revision, or every commit of a range, each
/// optionally compared with a base state by the change rules.
public struct GitCheck {
    public let repository: Repository
    public let location: RepositoryLocation
    /// Whether to use the analysis cache under the git dir (an optimisation only).
    public var useCache = true
    /// Who set a figure at a base commit, for the change rules' findings. The executable passes
    /// `taakboek blame`'s implementation (`BlameProvenance`, a layer above this one), so the two
    /// always name the same commit.
    public let provenance: @Sendable (RepositoryLocation, ObjectID) -> any FieldProvenance

    /// Opens the repository the way git hooks see it (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE), from `path`.
    public init(
        at path: String, provenance: @escaping @Sendable (RepositoryLocation, ObjectID) -> any FieldProvenance
    ) throws(SourceError) {
        self.provenance = provenance
        do {
            repository = try Repository.open(at: path, fromEnvironment: true)
        } catch {
            throw SourceError(
                LocalizedText(
                    nl:
                        "\(path) is geen git-repository (\(error.message)); --staged, --rev, --range en --base werken alleen in een repository",
                    en:
                        "\(path) is not a git repository (\(error.message)); --staged, --rev, --range and --base work only in a repository"
                ))
        }
        location = repository.location
    }

    /// The commit a revision names; a missing one in a shallow clone says how to get it.
    public func resolve(_ revision: String) throws(SourceError) -> ObjectID {
        do {
            return try repository.resolve(revision)
        } catch {
            if (try? repository.isHeadUnborn) == true {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "revisie \(revision) bestaat niet: de repository heeft nog geen commits; leg eerst records vast (check zonder opties en check --staged werken wel)",
                        en:
                            "revision \(revision) does not exist: the repository has no commits yet; commit records first (check without options and check --staged do work)"
                    ))
            }
            let shallow = (try? repository.isShallow) ?? false
            if shallow {
                throw SourceError(
                    LocalizedText(
                        nl:
                            "revisie \(revision) is niet gevonden en deze kloon is ondiep (shallow); haal meer geschiedenis op met `git fetch --unshallow` (of `git fetch --deepen=<n>`) en probeer opnieuw",
                        en:
                            "revision \(revision) was not found and this clone is shallow; fetch more history with `git fetch --unshallow` (or `git fetch --deepen=<n>`) and try again"
                    ))
            }
            throw SourceError(
                LocalizedText(
                    nl: "revisie \(revision) bestaat niet in deze repository (\(error.message))",
                    en: "revision \(revision) does not exist in this repository (\(error.message))"))
        }
    }

    /// HEAD, or nil before the first commit. A HEAD that cannot be read (a damaged reference) is
    /// an error, never "no commits": `--staged` would then silently run no change rules.
    public func head() throws(SourceError) -> ObjectID? {
        do {
            return try repository.headID
        } catch {
            throw SourceError(
                LocalizedText(
                    nl:
                        "HEAD kan niet worden gelezen (\(error.message)); de repository is beschadigd: herstel de verwijzing (`git fsck`, `git reflog`) en probeer opnieuw",
                    en:
                        "HEAD cannot be read (\(error.message)); the repository is damaged: repair the reference (`git fsck`, `git reflog`) and try again"
                ))
        }
    }

    public func load(_ commit: ObjectID) throws(SourceError) -> RecordTree {
        try RecordLoader.load(
            from: RevisionSource(location: location, commit: commit, useCache: useCache),
            analysis: Checker().fileAnalysis)
    }

    /// The base state for the change rules. Only the municipalities in which something differs
    /// from `current` can matter to them, so only those are read (all, when the schemas differ or
    /// a current file carries no blob id: a working tree loaded without `WorkingTreeSource`, or a
    /// file too large to read).
    func loadBase(_ commit: ObjectID, comparedWith current: RecordTree, keeping: Set<String> = []) throws(SourceError)
        -> RecordTree
    {
        // Records and schemas of the current state by blob id; without ids, nothing can be
        // compared and the whole base is read.
        let compared = current.files.filter { $0.path.hasPrefix("records/") || $0.path.hasPrefix("schemas/") }
        let currentIDs = Dictionary(
            compared.compactMap { file in file.objectID.flatMap(ObjectID.init(hex:)).map { (file.path, $0) } },
            uniquingKeysWith: { first, _ in first })
        guard currentIDs.count == compared.count,
            let municipalities = ChangedMunicipalities.between(
                current: currentIDs,
                base: try RevisionSource(location: location, commit: commit, useCache: false).listing())
        else { return try load(.commit(commit), municipalities: nil, keeping: keeping) }
        return try RecordLoader.load(
            from: RevisionSource(
                location: location, commit: commit, useCache: useCache, municipalities: municipalities,
                readingAfresh: keeping),
            schemas: nil, analysis: Checker().fileAnalysis, keeping: Self.keep(keeping))
    }

    /// All findings of a tree, plus the change rules against `base` when there is one.
    public func check(_ tree: RecordTree, base: (commit: ObjectID, name: String)?) throws(SourceError) -> [Finding] {
        let findings = Checker().check(tree)
        guard let base else { return findings.sorted(by: Finding.reportOrder) }
        return (findings + (try changeFindings(tree, base: base))).sorted(by: Finding.reportOrder)
    }

    /// The change rules' findings of a tree against `base` only (for a caller that has the
    /// tree's own findings already).
    public func changeFindings(_ tree: RecordTree, base: (commit: ObjectID, name: String)) throws(SourceError)
        -> [Finding]
    {
        let baseTree = try loadBase(base.commit, comparedWith: tree)
        return changeFindings(tree, baseTree: baseTree, base: base)
    }

    /// The change rules' findings of a tree against a base tree the caller has loaded: the whole
    /// base, or at least every record that differs from `tree` with the period records of their
    /// municipalities (the change rules start from the base's records: a closed period, a
    /// record that is gone).
    public func changeFindings(
        _ tree: RecordTree, baseTree: RecordTree, base: (commit: ObjectID, name: String)
    ) -> [Finding] {
        let change = RecordChange(
            base: baseTree, current: tree, baseName: base.name, provenance: provenance(location, base.commit))
        return Checker().check(change)
    }

    /// Every commit of `from..to`, oldest first; each is checked and compared with its first
    /// parent, and each finding is reported once, named by the first commit in which it appeared.
    public func checkRange(from: ObjectID, to: ObjectID) throws(SourceError) -> (
        findings: [Finding], trees: [RecordTree], commits: Int
    ) {
        var commits: [CommitInfo] = []
        do {
            let walk = try repository.walk(.init(starting: [to], hiding: [from], order: .topological, reverse: true))
            while let commit = try walk.nextCommit() { commits.append(commit) }
        } catch {
            throw SourceError.git(error)
        }
        var seen: Set<String> = []
        var findings: [Finding] = []
        var trees: [RecordTree] = []
        for commit in commits {
            let parent = commit.parentIDs.first.map { (commit: $0, name: $0.short()) }
            let result = try check(.commit(commit.id), base: parent)
            for finding in result.findings {
                let key = "\(finding.ruleID)|\(finding.location.path)|\(finding.message.en)"
                if seen.insert(key).inserted { findings.append(finding) }
            }
            trees.append(result.tree)
        }
        return (findings.sorted(by: Finding.reportOrder), trees, commits.count)
    }
}
