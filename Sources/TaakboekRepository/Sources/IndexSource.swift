import TaakboekCore
import TaakboekGit

/// The records as staged: read from git's index (or the temporary index git hands a hook in
/// `GIT_INDEX_FILE`), never from the working tree.
public struct IndexSource: RecordSource {
    public let location: RepositoryLocation
    private let blobText: BlobText
    public var origin: String? { "index" }

    public init(location: RepositoryLocation) {
        self.location = location
        blobText = BlobText(location: location)
    }

    public func text(of file: RecordFile) -> String? { blobText.text(of: file) }

    public func entries() throws(SourceError) -> [SourceEntry] {
        let listed: [GitBlobEntries.Listed]
        do {
            let repository = try Repository.open(location)
            let index = try repository.index()
            if index.hasConflicts {
                let paths = index.conflictedPaths.prefix(5).joined(separator: ", ")
                throw SourceError(
                    LocalizedText(
                        nl:
                            "de index heeft samenvoegconflicten (\(paths)); los ze op en voeg de bestanden toe met git add, dan kan taakboek controleren wat wordt vastgelegd",
                        en:
                            "the index has merge conflicts (\(paths)); resolve them and git add the files, then taakboek can check what is being committed"
                    ))
            }
            listed = index.entries().filter { $0.stage == 0 && GitBlobEntries.isRecordPath($0.path) }.map {
                GitBlobEntries.Listed(path: $0.path, id: $0.id, mode: $0.mode)
            }
        } catch let error as SourceError {
            throw error
        } catch let error as GitError {
            throw SourceError.git(error)
        } catch {
            throw SourceError(LocalizedText("\(error)"))
        }
        return try GitBlobEntries.read(listed, location: location)
    }
}
