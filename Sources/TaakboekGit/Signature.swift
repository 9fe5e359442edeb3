internal import Clibgit2

/// A point in time as git stores it: seconds since the Unix epoch plus the
/// author's UTC offset in minutes (e.g. +0130 is 90, -0800 is -480).
public struct GitTime: Hashable, Sendable {
    public let secondsSinceEpoch: Int64
    public let offsetMinutes: Int

    public init(secondsSinceEpoch: Int64, offsetMinutes: Int) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.offsetMinutes = offsetMinutes
    }
}

/// Who did something and when (an author or committer line).
public struct Signature: Hashable, Sendable {
    public let name: String
    public let email: String
    public let time: GitTime

    public init(name: String, email: String, time: GitTime) {
        self.name = name
        self.email = email
        self.time = time
    }
}

extension Signature {
    /// Copies a libgit2 signature; the pointer is borrowed from its commit.
    init(_ signature: UnsafePointer<git_signature>) {
        let raw = signature.pointee
        self.init(
            name: raw.name.map { String(cString: $0) } ?? "",
            email: raw.email.map { String(cString: $0) } ?? "",
            time: GitTime(secondsSinceEpoch: Int64(raw.when.time), offsetMinutes: Int(raw.when.offset)))
    }
}
