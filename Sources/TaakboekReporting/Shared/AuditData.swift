/// What a report judged and by which rules: enough to show later that a report belongs to exactly
/// these records and this configuration. Object ids are git's (40 hex digits), so each one can be
/// checked with plain git (`git rev-parse <commit>:records`, `git write-tree`, ...).
public struct AuditData: Sendable, Hashable {
    /// Which state of the records was read.
    public enum Source: String, Sendable, Hashable {
        case workingTree = "working-tree"
        case index
        case commit
        case range
    }

    /// A commit compared with (`--base`, HEAD for `--staged`), as named and as resolved.
    public struct Base: Sendable, Hashable {
        public let name: String
        public let commit: String

        public init(name: String, commit: String) {
            self.name = name
            self.commit = commit
        }
    }

    /// The commits of `--range a..b`: `from` as resolved (excluded), `to` (the last one checked).
    public struct Range: Sendable, Hashable {
        public let spec: String
        public let from: String
        public let to: String
        public let commits: Int

        public init(spec: String, from: String, to: String, commits: Int) {
            self.spec = spec
            self.from = from
            self.to = to
            self.commits = commits
        }
    }

    public var source: Source
    /// The commit checked (`--rev`; the range's last commit); nil for the working tree and the index.
    public var commit: String?
    /// The root tree of what was checked: the commit's tree, or the tree `git write-tree` would
    /// write for the index. Nil for the working tree (only records/ and schemas/ were read).
    public var tree: String?
    /// The tree id of `records/` exactly as read (for the working tree: hashed from the files on
    /// disk as `git add` without filters would store them); nil when there is no `records/`.
    public var recordsTree: String?
    /// The same for `schemas/`; nil when the repository has none (the built-in copy was used).
    public var schemasTree: String?
    /// HEAD when the working tree or the index was checked in a git repository.
    public var head: String?
    /// For the working tree in a repository: whether records/ and schemas/ equal HEAD's.
    public var workingTreeMatchesHead: Bool?
    public var base: Base?
    public var range: Range?
    /// Records in the checked state (the last commit's, for a range).
    public var recordCount: Int
    /// SHA-256 of every rule's id, category, severity and texts (see `RuleCatalogue.digest`).
    public var rulesDigest: String
    /// SHA-256 of the schemas and placement kinds in force (`SchemaSet.Provenance.digest`); nil
    /// only when nothing was read (an empty range).
    public var configurationDigest: String?
    /// Configuration files taken from the copy built into the binary, by name.
    public var builtInConfiguration: [String]

    public init(
        source: Source, commit: String? = nil, tree: String? = nil, recordsTree: String? = nil,
        schemasTree: String? = nil, head: String? = nil, workingTreeMatchesHead: Bool? = nil, base: Base? = nil,
        range: Range? = nil, recordCount: Int, rulesDigest: String = RuleCatalogue.digest,
        configurationDigest: String?, builtInConfiguration: [String] = []
    ) {
        self.source = source
        self.commit = commit
        self.tree = tree
        self.recordsTree = recordsTree
        self.schemasTree = schemasTree
        self.head = head
        self.workingTreeMatchesHead = workingTreeMatchesHead
        self.base = base
        self.range = range
        self.recordCount = recordCount
        self.rulesDigest = rulesDigest
        self.configurationDigest = configurationDigest
        self.builtInConfiguration = builtInConfiguration.sorted()
    }
}
