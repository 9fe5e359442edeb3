import TaakboekGit

/// Reads versions of records by blob id, each once.
final class VersionReader {
    let repository: Repository
    private var read: [ObjectID: RecordFields?] = [:]

    init(repository: Repository) { self.repository = repository }

    /// The fields of a version; nil for no version, or one that is not a readable record. A blob
    /// git cannot give (a damaged repository) is an error, never taken for an unreadable record.
    func fields(_ blob: ObjectID?, path: String) throws(GitError) -> RecordFields? {
        guard let blob else { return nil }
        if let known = read[blob] { return known }
        let fields = RecordFields.read(try repository.verifiedBlob(blob), path: path)
        read[blob] = fields
        return fields
    }
}
