/// A git file mode as stored in trees and the index.
public struct FileMode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let tree = FileMode(rawValue: 0o040000)
    public static let blob = FileMode(rawValue: 0o100644)
    public static let executable = FileMode(rawValue: 0o100755)
    public static let symlink = FileMode(rawValue: 0o120000)
    /// A submodule (the entry's id is a commit in another repository).
    public static let gitlink = FileMode(rawValue: 0o160000)
    /// No mode: the "missing" side of an added or deleted file in a diff.
    public static let unreadable = FileMode(rawValue: 0)

    /// True for modes whose object is a blob (regular, executable, symlink).
    public var isBlob: Bool { self == .blob || self == .executable || self == .symlink }

    /// Six octal digits, like `git ls-tree` prints ("100644").
    public var description: String {
        let octal = String(rawValue, radix: 8)
        return String(repeating: "0", count: max(0, 6 - octal.count)) + octal
    }
}
