import TaakboekCore
import TaakboekGit

/// One file git lists under `records/` or `schemas/`.
public struct GitListedFile: Sendable {
    public let path: String
    public let id: ObjectID
    public let mode: FileMode
    /// The municipality folder a record path is in (`records/<folder>/…`), or nil; worked out
    /// once, since every check groups and filters the whole listing by it.
    public let municipality: String?

    public init(path: String, id: ObjectID, mode: FileMode) {
        self.path = path
        self.id = id
        self.mode = mode
        municipality = Self.municipality(ofPath: path)
    }

    /// A file listed from a municipality's folder, whose name is known already.
    init(path: String, id: ObjectID, mode: FileMode, municipality: String) {
        self.path = path
        self.id = id
        self.mode = mode
        self.municipality = municipality
    }

    public static func municipality(ofPath path: String) -> String? {
        guard path.hasPrefix("records/") else { return nil }
        let rest = path.dropFirst("records/".count)
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        return String(rest[..<slash])
    }

    /// Whether a filter on municipalities keeps this file (schemas and files directly under
    /// `records/` are always kept).
    func isKept(by municipalities: Set<String>?) -> Bool {
        guard let municipalities, let folder = municipality else { return true }
        return municipalities.contains(folder)
    }
}
