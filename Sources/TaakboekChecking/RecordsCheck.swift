import TaakboekCore
import TaakboekGit
import TaakboekReporting
import TaakboekRules
import TaakboekState

/// What `taakboek check` is asked to check, as its options say it.
public struct CheckRequest: Sendable {
    public enum Target: Sendable, Equatable {
        /// The records in the folder (`RecordsFolder`), compared with `base` when given.
        case workingTree
        /// The index, compared with `base` (HEAD when none is given and there is a HEAD).
        case index
        /// The records in one revision.
        case revision(String)
        /// Every commit of `a..b`, each compared with its first parent.
        case range(from: String, to: String)
    }

    /// The folder given with `-C`, or nil for the current one.
    public var directory: String?
    public var target: Target
    /// The revision the change rules compare with (`--base`).
    public var base: String?
    /// Whether the analysis and result caches under the git dir are used (an optimisation only).
    public var useCache: Bool
    /// The format the report will have: what it needs (audit ids, changed files) is computed.
    public var format: ReportFormat

    public init(
        directory: String?, target: Target, base: String? = nil, useCache: Bool = true, format: ReportFormat = .text
    ) {
        self.directory = directory
        self.target = target
        self.base = base
        self.useCache = useCache
        self.format = format
    }
}

/// What a check produced, before it is rendered in a format.
public struct CheckOutcome {
    public var findings: [Finding]
    /// The states the findings came from (several for a range), for quoting source lines.
    public var trees: [RecordTree]
    /// Replaces the summary's "in N records" (a range: "in 12 commits (a..b)").
    public var scope: LocalizedText?
    public var audit: AuditData
    public var changedPaths: Set<String>?
    public var changeRulesRan: Bool

    /// The report of this outcome; source lines are quoted where `format` prints them.
    public func report(
        format: ReportFormat, strict: Bool, showNotes: Bool, language: Language, tool: ToolBuild
    ) -> CheckReport {
        CheckReport(
            findings: findings, trees: trees, quoting: format.quotesSource, scope: scope, audit: audit,
            changedPaths: changedPaths, changeRulesRan: changeRulesRan, strict: strict, showNotes: showNotes,
            language: language, tool: tool)
    }
}

/// `taakboek check` as a library call: the state the request names, checked, compared with its
/// base by the change rules, with the audit data and changed files its format needs.
public enum RecordsCheck {
    public static func run(_ request: CheckRequest) throws(SourceError) -> CheckOutcome {
        switch request.target {
        case .workingTree where request.base == nil:
            return try workingTree(request, base: nil)
        case .workingTree:
            let git = try repository(request)
            return try workingTree(request, base: try base(request, in: git))
        case .range(let from, let to):
            return try range(from: from, to: to, request, git: try repository(request))
        case .index, .revision:
            return try gitState(request, git: try repository(request))
        }
    }

    private static func repository(_ request: CheckRequest) throws(SourceError) -> GitCheck {
        var git = try GitCheck.opened(at: request.directory ?? ".")
        git.useCache = request.useCache
        return git
    }

    /// The base of the change rules: `--base`, or HEAD for the index when there is one.
    private static func base(_ request: CheckRequest, in git: GitCheck) throws(SourceError) -> (
        commit: ObjectID, name: String
    )? {
        if let name = request.base { return (try git.resolve(name), name) }
        if request.target == .index, let head = try git.head() { return (head, "HEAD") }
        return nil
    }

    /// The working tree, compared with a base when one is given.
    private static func workingTree(_ request: CheckRequest, base: (commit: ObjectID, name: String)?)
        throws(SourceError) -> CheckOutcome
    {
        let format = request.format
        let folder = try RecordsFolder.resolve(request.directory)
        // Where ids are needed (the change rules read only the changed municipalities of the
        // base; the audit names what was checked), each file is hashed from the bytes read.
        let needsIDs = base != nil || format.carriesAudit || format.usesChangedPaths
        let repositoryHere = needsIDs ? try? Repository.open(at: folder) : nil
        let tree =
            needsIDs
            ? try RecordLoader.load(
                from: WorkingTreeSource(root: folder, repository: repositoryHere), analysis: Checker().fileAnalysis)
            : try RecordLoader.load(from: FileSystemSource(root: folder), analysis: Checker().fileAnalysis)
        if tree.file("records") != nil {
            throw SourceError(
                LocalizedText(
                    nl:
                        "\(folder)/records is een symbolische koppeling of geen map; taakboek volgt geen koppelingen (ze kunnen buiten de repository wijzen): zet de map records zelf hier",
                    en:
                        "\(folder)/records is a symbolic link or not a folder; taakboek follows no links (they may point outside the repository): put the records folder itself here"
                ))
        }
        guard tree.files.contains(where: { $0.path.hasPrefix("records/") }) else {
            throw SourceError(
                LocalizedText(
                    nl:
                        "geen records gevonden in \(folder)/records/; geef met -C de map van een records-repository op",
                    en: "no records found in \(folder)/records/; give the folder of a records repository with -C"))
        }
        var findings = Checker().check(tree)
        var audit = CheckAudit.basic(.workingTree, tree: tree)
        var changedPaths: Set<String>?
        if let base {
            let git = try repository(request)
            // The tree's own findings are made once, above; only the change rules are added.
            findings = (findings + (try git.changeFindings(tree, base: base))).sorted(by: Finding.reportOrder)
            audit.base = CheckAudit.base(base)
            if format.carriesAudit || format.usesChangedPaths {
                let snapshot = try WorkingTreeSnapshot.of(folder: folder, checked: tree, repository: repositoryHere)
                CheckAudit.apply(snapshot, folder: folder, to: &audit)
                if format.usesChangedPaths { changedPaths = try git.changedPaths(in: snapshot, since: base.commit) }
            }
        } else if format.carriesAudit {
            CheckAudit.apply(
                try WorkingTreeSnapshot.of(folder: folder, checked: tree, repository: repositoryHere),
                folder: folder, to: &audit)
        }
        return CheckOutcome(
            findings: findings, trees: [tree], audit: audit, changedPaths: changedPaths, changeRulesRan: base != nil)
    }

    /// Every commit of a range, each compared with its first parent.
    private static func range(from fromName: String, to toName: String, _ request: CheckRequest, git: GitCheck)
        throws(SourceError) -> CheckOutcome
    {
        let format = request.format
        let (from, to) = (try git.resolve(fromName), try git.resolve(toName))
        let result = try git.checkRange(from: from, to: to)
        var audit = CheckAudit.basic(.range, tree: result.trees.last)
        let spec = "\(fromName)..\(toName)"
        audit.range = AuditData.Range(spec: spec, from: from.hex, to: to.hex, commits: result.commits)
        if format.carriesAudit { CheckAudit.apply(try git.ids(of: .commit(to)), to: &audit) }
        return CheckOutcome(
            findings: result.findings, trees: result.trees,
            scope: LocalizedText(
                nl: "in \(result.commits) commits (\(spec))", en: "in \(result.commits) commits (\(spec))"),
            audit: audit,
            changedPaths: format.usesChangedPaths ? try git.changedPaths(in: .commit(to), since: from) : nil,
            changeRulesRan: true)
    }

    /// The index or a revision, with the result cache.
    private static func gitState(_ request: CheckRequest, git: GitCheck) throws(SourceError) -> CheckOutcome {
        let format = request.format
        let base = try base(request, in: git)
        let state: GitState
        if case .revision(let revision) = request.target {
            state = .commit(try git.resolve(revision))
        } else {
            state = .index
        }
        let staged = state == .index
        let result = try git.check(state, base: base)
        var audit = CheckAudit.basic(staged ? .index : .commit, tree: result.tree)
        audit.base = CheckAudit.base(base)
        if format.carriesAudit {
            CheckAudit.apply(try git.ids(of: state), to: &audit)
            if staged { audit.head = try git.head()?.hex }
        }
        var changedPaths: Set<String>?
        if format.usesChangedPaths, let base { changedPaths = try git.changedPaths(in: state, since: base.commit) }
        return CheckOutcome(
            findings: result.findings, trees: [result.tree], audit: audit, changedPaths: changedPaths,
            changeRulesRan: base != nil)
    }
}
