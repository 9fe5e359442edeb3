import TaakboekCore
import TaakboekGit

/// `taakboek show --as-of`: a record as it stood at a commit.
public struct RecordAsOf: Sendable {
    public let path: String
    public let commit: CommitInfo
    /// The file's text as committed; nil when the record did not exist then.
    public let text: String?
    public let fields: RecordFields?

    public static func read(path: String, at id: ObjectID, repository: Repository) throws(GitError) -> RecordAsOf {
        let commit = try repository.commit(id)
        guard let entry = try repository.entry(atPath: path, inCommit: id) else {
            return RecordAsOf(path: path, commit: commit, text: nil, fields: nil)
        }
        let bytes = try repository.verifiedBlob(entry.id)
        return RecordAsOf(
            path: path, commit: commit, text: RecordText.decode(bytes).text ?? String(decoding: bytes, as: UTF8.self),
            fields: RecordFields.read(bytes, path: path))
    }
}
