/// An error reported by libgit2 (or by this layer on top of it).
///
/// `code` is libgit2's return code (`GIT_ENOTFOUND`, ...), `errorClass` the
/// subsystem libgit2 blamed (`GIT_ERROR_ODB`, ...), and `message` the text
/// from `git_error_last()` prefixed with what this layer was doing.
public struct GitError: Error, Sendable, Hashable, CustomStringConvertible {
    public let code: Code
    public let errorClass: ErrorClass
    public let message: String

    public init(code: Code, errorClass: ErrorClass, message: String) {
        self.code = code
        self.errorClass = errorClass
        self.message = message
    }

    public var description: String {
        "\(message) (libgit2 code \(code.rawValue) \(code), class \(errorClass))"
    }

    /// libgit2 return codes. The ones callers branch on have names; any other
    /// negative value is kept as `.other`.
    public enum Code: Sendable, Hashable, CustomStringConvertible {
        case generic  // GIT_ERROR (-1)
        case notFound  // GIT_ENOTFOUND
        case exists  // GIT_EEXISTS
        case ambiguous  // GIT_EAMBIGUOUS
        case bufferTooShort  // GIT_EBUFS
        case bareRepository  // GIT_EBAREREPO
        case unbornBranch  // GIT_EUNBORNBRANCH
        case unmerged  // GIT_EUNMERGED
        case invalidSpec  // GIT_EINVALIDSPEC
        case conflict  // GIT_ECONFLICT
        case locked  // GIT_ELOCKED
        case modified  // GIT_EMODIFIED
        case peel  // GIT_EPEEL
        case unexpectedEOF  // GIT_EEOF
        case invalid  // GIT_EINVALID
        case uncommitted  // GIT_EUNCOMMITTED
        case directory  // GIT_EDIRECTORY
        case mergeConflict  // GIT_EMERGECONFLICT
        case mismatch  // GIT_EMISMATCH (hash mismatch: corrupt object)
        case indexDirty  // GIT_EINDEXDIRTY
        case notOwned  // GIT_EOWNER (safe.directory ownership check)
        case other(Int32)

        public init(rawValue: Int32) {
            switch rawValue {
            case -1: self = .generic
            case -3: self = .notFound
            case -4: self = .exists
            case -5: self = .ambiguous
            case -6: self = .bufferTooShort
            case -8: self = .bareRepository
            case -9: self = .unbornBranch
            case -10: self = .unmerged
            case -12: self = .invalidSpec
            case -13: self = .conflict
            case -14: self = .locked
            case -15: self = .modified
            case -19: self = .peel
            case -20: self = .unexpectedEOF
            case -21: self = .invalid
            case -22: self = .uncommitted
            case -23: self = .directory
            case -24: self = .mergeConflict
            case -33: self = .mismatch
            case -34: self = .indexDirty
            case -36: self = .notOwned
            default: self = .other(rawValue)
            }
        }

        public var rawValue: Int32 {
            switch self {
            case .generic: -1
            case .notFound: -3
            case .exists: -4
            case .ambiguous: -5
            case .bufferTooShort: -6
            case .bareRepository: -8
            case .unbornBranch: -9
            case .unmerged: -10
            case .invalidSpec: -12
            case .conflict: -13
            case .locked: -14
            case .modified: -15
            case .peel: -19
            case .unexpectedEOF: -20
            case .invalid: -21
            case .uncommitted: -22
            case .directory: -23
            case .mergeConflict: -24
            case .mismatch: -33
            case .indexDirty: -34
            case .notOwned: -36
            case .other(let value): value
            }
        }

        public var description: String {
            switch self {
            case .generic: "generic"
            case .notFound: "notFound"
            case .exists: "exists"
            case .ambiguous: "ambiguous"
            case .bufferTooShort: "bufferTooShort"
            case .bareRepository: "bareRepository"
            case .unbornBranch: "unbornBranch"
            case .unmerged: "unmerged"
            case .invalidSpec: "invalidSpec"
            case .conflict: "conflict"
            case .locked: "locked"
            case .modified: "modified"
            case .peel: "peel"
            case .unexpectedEOF: "unexpectedEOF"
            case .invalid: "invalid"
            case .uncommitted: "uncommitted"
            case .directory: "directory"
            case .mergeConflict: "mergeConflict"
            case .mismatch: "mismatch"
            case .indexDirty: "indexDirty"
            case .notOwned: "notOwned"
            case .other(let value): "other(\(value))"
            }
        }
    }

    /// The libgit2 error class (`git_error_t`): which subsystem failed.
    public struct ErrorClass: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let none = ErrorClass(rawValue: 0)
        public static let os = ErrorClass(rawValue: 2)
        public static let invalid = ErrorClass(rawValue: 3)
        public static let reference = ErrorClass(rawValue: 4)
        public static let zlib = ErrorClass(rawValue: 5)
        public static let repository = ErrorClass(rawValue: 6)
        public static let config = ErrorClass(rawValue: 7)
        public static let odb = ErrorClass(rawValue: 9)
        public static let index = ErrorClass(rawValue: 10)
        public static let object = ErrorClass(rawValue: 11)
        public static let tree = ErrorClass(rawValue: 14)
        public static let worktree = ErrorClass(rawValue: 32)
        /// Used for failures detected by this layer rather than by libgit2.
        public static let internalError = ErrorClass(rawValue: 35)

        private static let names = [
            "none", "noMemory", "os", "invalid", "reference", "zlib", "repository",
            "config", "regex", "odb", "index", "object", "net", "tag", "tree",
            "indexer", "ssl", "submodule", "thread", "stash", "checkout", "fetchHead",
            "merge", "ssh", "filter", "revert", "callback", "cherrypick", "describe",
            "rebase", "filesystem", "patch", "worktree", "sha", "http", "internal",
        ]

        public var description: String {
            let index = Int(rawValue)
            return Self.names.indices.contains(index) ? Self.names[index] : "class(\(rawValue))"
        }
    }
}
