import TaakboekCore
import TaakboekGit
import TaakboekRules

/// A state of the records in git to check: the index or a commit.
public enum GitState: Sendable, Equatable {
    case index
    case commit(ObjectID)
}

extension GitCheck {
    /// Checks a state, reusing the findings of every municipality whose files are unchanged
    /// since they were last checked (the result cache), and comparing with `base` when given.
    /// Without the cache, every record is read and checked; the findings are the same.
    public func check(_ state: GitState, base: (commit: ObjectID, name: String)?) throws(SourceError)
        -> (findings: [Finding], tree: RecordTree)
    {
        guard useCache else {
            let tree = try load(state, municipalities: nil)
            return (try check(tree, base: base), tree)
        }
        let listing = try self.listing(of: state)
        let schemas = GitRecordReader.schemaFingerprint(listing)
        var groups: [String: [GitListedFile]] = [:]
        for file in listing {
            if let folder = file.municipality { groups[folder, default: []].append(file) }
        }
        // What differs from the base must be loaded: the change rules compare its records.
        var changed: Set<String> = []
        var baseListing: [GitListedFile] = []
        if let base {
            baseListing = try RevisionSource(location: location, commit: base.commit, useCache: false).listing()
            let current = Dictionary(listing.map { ($0.path, $0.id) }, uniquingKeysWith: { first, _ in first })
            changed =
                ChangedMunicipalities.between(current: current, base: baseListing)
                ?? Set(groups.keys).union(baseListing.compactMap(\.municipality))
        }
        let results = ResultCache(gitDir: location.gitDir)
        var keys: [String: String] = [:]
        var reused: [Finding] = []
        var missed = changed.intersection(groups.keys)
        for (folder, files) in groups {
            let key = ResultCache.key(folder: folder, files: files.map { ($0.path, $0.id.hex) }, schemas: schemas)
            keys[folder] = key
            guard !missed.contains(folder) else { continue }
            if let findings = results.lookup(key) { reused += findings } else { missed.insert(folder) }
        }
        var tree = try load(state, municipalities: missed, listing: listing)
        var findings = Checker().check(tree)
        var byFolder: [String: [Finding]] = Dictionary(uniqueKeysWithValues: missed.map { ($0, []) })
        for finding in findings {
            if let folder = GitListedFile.municipality(ofPath: finding.location.path), byFolder[folder] != nil {
                byFolder[folder, default: []].append(finding)
            }
        }
        for (folder, folderFindings) in byFolder {
            if let key = keys[folder] { results.record(key, folderFindings) }
        }
        results.persist()
        tree = tree.adding(
            stubs: listing.filter { file in file.municipality.map { !missed.contains($0) } ?? false }
                .parallelMap(Self.stub))
        for var finding in reused {
            finding.origin = tree.origin
            findings.append(finding)
        }
        if let base {
            let baseTree = try RecordLoader.load(
                from: RevisionSource(
                    location: location, commit: base.commit, useCache: useCache, municipalities: changed,
                    listing: baseListing),
                analysis: Checker().fileAnalysis)
            findings += Checker().check(
                RecordChange(
                    base: baseTree, current: tree, baseName: base.name,
                    provenance: GitFieldProvenance(location: location, base: base.commit)))
        }
        return (findings.sorted(by: Finding.reportOrder), tree)
    }

    func listing(of state: GitState) throws(SourceError) -> [GitListedFile] {
        switch state {
        case .index: try IndexSource(location: location, useCache: false).listing()
        case .commit(let id): try RevisionSource(location: location, commit: id, useCache: false).listing()
        }
    }

    func load(_ state: GitState, municipalities: Set<String>?, listing: [GitListedFile]? = nil) throws(SourceError)
        -> RecordTree
    {
        switch state {
        case .index:
            try RecordLoader.load(
                from: IndexSource(
                    location: location, useCache: useCache, municipalities: municipalities, listing: listing),
                analysis: Checker().fileAnalysis)
        case .commit(let id):
            try RecordLoader.load(
                from: RevisionSource(
                    location: location, commit: id, useCache: useCache, municipalities: municipalities, listing: listing
                ),
                analysis: Checker().fileAnalysis)
        }
    }

    @Sendable private static func stub(_ file: GitListedFile) -> RecordFile {
        var stub = RecordFile(
            path: file.path, classification: RecordPath.classify(file.path), text: nil, root: nil, problems: [],
            schemaViolations: [])
        stub.objectID = file.id.hex
        return stub
    }
}
