import TaakboekCore
import TaakboekGit

/// The top of a state's records without reading them: a tree id per municipality folder (git's
/// content hash of everything in it), the files directly under `records/` and a fingerprint of
/// `schemas/`. Two states whose folder has the same tree id hold the same files there, so the
/// cached findings and the comparison with a base need one id per municipality, not one per file.
public struct StateOutline {
    /// `records/<folder>` → its tree id, in git's order.
    public let municipalities: [String: ObjectID]
    /// Files directly under `records/` (no municipality); always read.
    public let directFiles: [GitListedFile]
    /// Every file under `schemas/`; always read.
    public let schemaFiles: [GitListedFile]
    /// Lists the files of some municipality folders.
    private let listFolders: ([String]) throws(SourceError) -> [GitListedFile]

    /// Identifies the schemas in force (their blob ids), or the built-in copies.
    public var schemaFingerprint: String { GitRecordReader.schemaFingerprint(schemaFiles) }

    /// The outline of the staged index; refuses while it has merge conflicts.
    public static func of(index: Index) throws(SourceError) -> StateOutline {
        if index.hasConflicts { throw IndexSource.conflictError(index) }
        let records: FolderLevel
        do throws(GitError) {
            records = try index.folderLevel(under: "records")
        } catch {
            throw SourceError.git(error)
        }
        return StateOutline(
            municipalities: Dictionary(
                records.folders.map { ($0.name, $0.tree) }, uniquingKeysWith: { first, _ in first }),
            directFiles: records.files.map(GitListedFile.init),
            schemaFiles: index.entries(under: "schemas").filter { $0.stage == 0 }.map {
                GitListedFile(path: $0.path, id: $0.id, mode: $0.mode)
            },
            listFolders: { folders in
                folders.flatMap { folder in
                    index.entries(under: "records/" + folder).filter { $0.stage == 0 }.map {
                        GitListedFile(path: $0.path, id: $0.id, mode: $0.mode)
                    }
                }
            })
    }

    /// The outline of a commit.
    public static func of(commit: ObjectID, in repository: Repository) throws(SourceError) -> StateOutline {
        do throws(GitError) {
            let records = try repository.folderLevel(under: "records", inCommit: commit)
            let tree = try repository.tree(ofCommit: commit)
            return StateOutline(
                municipalities: Dictionary(
                    records.folders.map { ($0.name, $0.tree) }, uniquingKeysWith: { first, _ in first }),
                directFiles: records.files.map(GitListedFile.init),
                schemaFiles: try repository.listBlobs(inTree: tree, under: "schemas").map(GitListedFile.init),
                listFolders: { (folders) throws(SourceError) in
                    try Self.list(folders, trees: records, location: repository.location)
                })
        } catch {
            throw SourceError.git(error)
        }
    }

    /// The files to read for some municipality folders (with `records/` and `schemas/` files),
    /// in git's order (not re-sorted: a national listing has a quarter of a million paths, and
    /// the record tree puts them in its own order only when they are not in it already).
    public func listing(of folders: Set<String>) throws(SourceError) -> [GitListedFile] {
        directFiles + (try listFolders(folders.filter { municipalities[$0] != nil }.sorted())) + schemaFiles
    }

    /// Lists the folders of a commit in parallel: a national repository has hundreds of folders
    /// and a quarter of a million files. Each worker opens its own repository handle (libgit2
    /// handles are not shared between threads).
    private static func list(_ folders: [String], trees: FolderLevel, location: RepositoryLocation) throws(SourceError)
        -> [GitListedFile]
    {
        let workers = 8
        let chunks = stride(from: 0, to: folders.count, by: max(1, (folders.count + workers - 1) / workers)).map {
            Array(folders[$0..<min(folders.count, $0 + max(1, (folders.count + workers - 1) / workers))])
        }
        let listed = chunks.parallelMap { chunk -> Result<[GitListedFile], GitError> in
            do throws(GitError) {
                let repository = try Repository.open(location)
                var files: [GitListedFile] = []
                for folder in chunk {
                    guard let id = trees.tree(of: folder) else { continue }
                    // Submodules too: the check reports them, as it does in the index.
                    files += try repository.listBlobs(
                        inTree: id, pathPrefix: "records/" + folder + "/", submodules: true
                    ).map {
                        GitListedFile(path: $0.path, id: $0.id, mode: $0.mode, municipality: folder)
                    }
                }
                return .success(files)
            } catch {
                return .failure(error)
            }
        }
        var files: [GitListedFile] = []
        for result in listed {
            switch result {
            case .success(let chunk): files += chunk
            case .failure(let error): throw SourceError.git(error)
            }
        }
        return files
    }

    /// The municipality folders that differ from `base` (present in one only, or another tree
    /// id); every folder of both when the schemas differ, which changes the analysis of every record.
    public func changedMunicipalities(since base: StateOutline) -> Set<String> {
        let all = Set(municipalities.keys).union(base.municipalities.keys)
        guard schemaFingerprint == base.schemaFingerprint else { return all }
        return all.filter { municipalities[$0] != base.municipalities[$0] }
    }
}

extension GitListedFile {
    init(_ entry: TreeEntry) {
        self.init(path: entry.path, id: entry.id, mode: entry.mode)
    }
}
