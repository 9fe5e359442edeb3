import TaakboekCore
import TaakboekGit

/// Turns the blobs git lists (from the index or a tree) into source entries: the file's bytes,
/// or what it is instead (a symbolic link, a submodule, a file over the size limit).
enum GitBlobEntries {
    struct Listed: Sendable {
        let path: String
        let id: ObjectID
        let mode: FileMode
    }

    static func isRecordPath(_ path: String) -> Bool {
        path.hasPrefix("records/") || path.hasPrefix("schemas/")
    }

    /// Reads the blobs, in parallel: each worker opens its own handle to the repository.
    static func read(_ listed: [Listed], location: RepositoryLocation) throws(SourceError) -> [SourceEntry] {
        let chunks = max(1, min(listed.count / 64, 2 * ProcessorCount.value))
        let ranges = (0..<chunks).map { index in
            (listed.count * index / chunks)..<(listed.count * (index + 1) / chunks)
        }
        let results = ranges.parallelMap { range -> Result<[SourceEntry], SourceError> in
            do throws(GitError) {
                let repository = try Repository.open(location)
                return .success(listed[range].map { entry($0, repository: repository) })
            } catch {
                return .failure(SourceError.git(error))
            }
        }
        var entries: [SourceEntry] = []
        entries.reserveCapacity(listed.count)
        for result in results {
            switch result {
            case .success(let chunk): entries += chunk
            case .failure(let error): throw error
            }
        }
        return entries
    }

    private static func entry(_ listed: Listed, repository: Repository) -> SourceEntry {
        let id = listed.id.hex
        switch listed.mode {
        case .symlink: return SourceEntry(path: listed.path, content: .symbolicLink, objectID: id)
        case .gitlink: return SourceEntry(path: listed.path, content: .other("submodule"), objectID: id)
        default: break
        }
        do {
            let size = try repository.blobSize(listed.id)
            if size > RecordText.maximumSize {
                return SourceEntry(path: listed.path, content: .tooLarge(size), objectID: id)
            }
            return SourceEntry(path: listed.path, content: .file(try repository.blob(listed.id)), objectID: id)
        } catch {
            return SourceEntry(
                path: listed.path,
                content: .unreadable("git object \(listed.id.short()) cannot be read: \(error.message)"), objectID: id)
        }
    }
}

extension SourceError {
    /// A libgit2 failure, phrased for the user.
    static func git(_ error: GitError) -> SourceError {
        SourceError(
            LocalizedText(
                nl: "git: \(error.message)",
                en: "git: \(error.message)"))
    }
}
