import TaakboekCore
import TaakboekGit

/// The findings of a whole municipality (and how many records it holds), keyed by the tree id
/// of its folder (git's hash of every file in it) and the schemas in force: every rule looks
/// within one municipality, so a folder with the same tree id has the same findings as last
/// time, and a commit that touches one record checks one municipality again, however many the
/// repository holds.
public final class ResultCache: Sendable {
    static let fileName = "results-v2.cache"
    private let file: CacheFile

    public init(gitDir: String) {
        file = CacheFile(gitDir: gitDir, fileName: Self.fileName)
    }

    public struct Entry {
        public let recordCount: Int
        public let findings: [Finding]

        public init(recordCount: Int, findings: [Finding]) {
            self.recordCount = recordCount
            self.findings = findings
        }
    }

    /// The key of a municipality folder: the schemas, its name and its tree id.
    public static func key(folder: String, tree: ObjectID, schemas: String) -> String {
        schemas + "|" + folder + "|" + tree.hex
    }

    public func lookup(_ key: String) -> Entry? {
        file.lookup(key) { (reader) throws(BinaryReader.Failure) in
            let recordCount = Int(clamping: try reader.unsigned())
            var findings: [Finding] = []
            for _ in 0..<(try reader.count()) { findings.append(try FindingCoding.decode(&reader)) }
            return Entry(recordCount: recordCount, findings: findings)
        }
    }

    public func record(_ key: String, _ entry: Entry) {
        var writer = BinaryWriter()
        writer.unsigned(UInt64(entry.recordCount))
        writer.unsigned(UInt64(entry.findings.count))
        for finding in entry.findings { FindingCoding.encode(finding, &writer) }
        file.record(key, payload: writer.bytes)
    }

    public func persist() { file.persist() }
}
