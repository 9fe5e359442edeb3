import TaakboekCore
import TaakboekGit
import TaakboekRules
import TaakboekState

extension GitCheck {
    /// Checks a state, reusing the findings of every municipality whose folder is unchanged
    /// (the same tree id) since it was last checked (the result cache), and comparing with `base`
    /// when given. Only the municipalities that differ from the base or missed the cache are
    /// read; without the cache, every record is read and checked. The findings are the same.
    public func check(_ state: GitState, base: (commit: ObjectID, name: String)?) throws(SourceError)
        -> (findings: [Finding], tree: RecordTree)
    {
        let result = try check(state, base: base, keeping: [])
        return (result.findings, result.tree)
    }

    /// The same, also giving the base tree the change rules read (the municipalities that differ,
    /// or all), with the files at `keeping` read afresh past the analysis cache in both states
    /// and their content kept: what a diff compares after checking, so each state is read once.
    public func check(_ state: GitState, base: (commit: ObjectID, name: String)?, keeping: Set<String>)
        throws(SourceError) -> (findings: [Finding], tree: RecordTree, baseTree: RecordTree?)
    {
        guard useCache else {
            let tree = try load(state, municipalities: nil, keeping: keeping)
            var findings = Checker().check(tree)
            var baseTree: RecordTree?
            if let base {
                let loaded = try loadBase(base.commit, comparedWith: tree, keeping: keeping)
                findings += changeFindings(tree, baseTree: loaded, base: base)
                baseTree = loaded
            }
            return (findings.sorted(by: Finding.reportOrder), tree, baseTree)
        }
        PhaseClock.mark("start")
        let opened = try openState(state)
        PhaseClock.mark("outline")
        let outline = opened.outline
        // What differs from the base must be loaded: the change rules compare its records.
        var changed: Set<String> = []
        var baseOutline: StateOutline?
        if let base {
            let outline = try StateOutline.of(commit: base.commit, in: repository)
            changed = opened.outline.changedMunicipalities(since: outline)
            baseOutline = outline
        }
        let results = ResultCache(gitDir: location.gitDir)
        let schemas = outline.schemaFingerprint
        var reused: [Finding] = []
        var unloadedRecords = 0
        var missed = changed.intersection(outline.municipalities.keys)
        for (folder, tree) in outline.municipalities where !missed.contains(folder) {
            if let cached = results.lookup(ResultCache.key(folder: folder, tree: tree, schemas: schemas)) {
                reused += cached.findings
                unloadedRecords += cached.recordCount
            } else {
                missed.insert(folder)
            }
        }
        let listing = try outline.listing(of: missed)
        PhaseClock.mark("folders listed")
        var tree = try load(state, municipalities: missed, listing: listing, keeping: keeping)
        var findings = Checker().check(tree)
        PhaseClock.mark("tree rules")
        var byFolder: [String: [Finding]] = Dictionary(uniqueKeysWithValues: missed.map { ($0, []) })
        for finding in findings {
            if let folder = GitListedFile.municipality(ofPath: finding.location.path), byFolder[folder] != nil {
                byFolder[folder, default: []].append(finding)
            }
        }
        var recordsByFolder: [String: Int] = [:]
        for file in tree.files where file.kind != nil {
            if let folder = GitListedFile.municipality(ofPath: file.path) { recordsByFolder[folder, default: 0] += 1 }
        }
        for (folder, folderFindings) in byFolder {
            guard let id = outline.municipalities[folder] else { continue }
            results.record(
                ResultCache.key(folder: folder, tree: id, schemas: schemas),
                .init(recordCount: recordsByFolder[folder] ?? 0, findings: folderFindings))
        }
        results.persist()
        PhaseClock.mark("results cached")
        tree.unloadedRecordCount = unloadedRecords
        tree.unloadedText = opened.textByPath
        for var finding in reused {
            finding.origin = tree.origin
            findings.append(finding)
        }
        var baseTree: RecordTree?
        if let base, let baseOutline {
            let loaded = try RecordLoader.load(
                from: RevisionSource(
                    location: location, commit: base.commit, useCache: useCache, municipalities: changed,
                    listing: baseOutline.listing(of: changed), readingAfresh: keeping),
                schemas: nil, analysis: Checker().fileAnalysis, keeping: Self.keep(keeping))
            findings += changeFindings(tree, baseTree: loaded, base: base)
            baseTree = loaded
        }
        PhaseClock.mark("change rules")
        return (findings.sorted(by: Finding.reportOrder), tree, baseTree)
    }

    /// A state's outline, and a way to read any of its files by path (to quote a line of a
    /// record whose findings came from the cache).
    private func openState(_ state: GitState) throws(SourceError) -> (
        outline: StateOutline, textByPath: @Sendable (String) -> String?
    ) {
        let location = self.location
        switch state {
        case .index:
            let index = try location.openIndex()
            return (
                try StateOutline.of(index: index),
                { path in
                    guard let repository = try? Repository.open(location),
                        let entry = try? repository.index().entry(atPath: path),
                        let bytes = try? repository.blob(entry.id)
                    else { return nil }
                    return RecordText.decode(bytes).text
                }
            )
        case .commit(let id):
            return (
                try StateOutline.of(commit: id, in: repository),
                { path in
                    guard let repository = try? Repository.open(location),
                        let entry = try? repository.entry(atPath: path, inCommit: id),
                        let bytes = try? repository.blob(entry.id)
                    else { return nil }
                    return RecordText.decode(bytes).text
                }
            )
        }
    }

    func listing(of state: GitState) throws(SourceError) -> [GitListedFile] {
        switch state {
        case .index: try IndexSource(location: location, useCache: false).listing()
        case .commit(let id): try RevisionSource(location: location, commit: id, useCache: false).listing()
        }
    }

    func load(
        _ state: GitState, municipalities: Set<String>?, listing: [GitListedFile]? = nil, keeping: Set<String> = []
    ) throws(SourceError) -> RecordTree {
        switch state {
        case .index:
            try RecordLoader.load(
                from: IndexSource(
                    location: location, useCache: useCache, municipalities: municipalities, listing: listing,
                    readingAfresh: keeping),
                schemas: nil, analysis: Checker().fileAnalysis, keeping: Self.keep(keeping))
        case .commit(let id):
            try RecordLoader.load(
                from: RevisionSource(
                    location: location, commit: id, useCache: useCache, municipalities: municipalities, listing: listing,
                    readingAfresh: keeping),
                schemas: nil, analysis: Checker().fileAnalysis, keeping: Self.keep(keeping))
        }
    }

    /// Whether a loaded file keeps its content: nil (none kept) when no path is asked for.
    static func keep(_ paths: Set<String>) -> (@Sendable (RecordFile) -> Bool)? {
        guard !paths.isEmpty else { return nil }
        return { (file: RecordFile) -> Bool in paths.contains(file.path) }
    }
}
