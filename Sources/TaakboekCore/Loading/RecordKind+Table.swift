/// What each record kind is, in one table every layer reads: where its files stand, which fields
/// it has in schema order, and which name a record on one line. The model of each kind is in
/// `Records/` (one file per kind), its schema in `schemas/<kind>.schema.json`, its draft in
/// `TaakboekScaffold/Drafts/`. A new kind starts here.
extension RecordKind {
    /// Where a record of a kind stands under `records/<gemeente>/`.
    public struct Layout: Sendable, Equatable {
        /// The folder below the municipality's (`perioden`), or nil for a file directly in it.
        public let folder: String?
        /// The file's fixed name (`gemeente.yaml`), or nil when any name with `fileExtension` is one.
        public let fileName: String?
        /// Folders between `folder` and the file (a placement's period folder: 1).
        public let subfolders: Int
        public let fileExtension: String
        /// How the layout hint writes it, in each language.
        public let pattern: LocalizedText

        /// The number of path components from `records` to the file.
        public var depth: Int { 2 + (folder == nil ? 0 : 1) + subfolders + 1 }
    }

    public var layout: Layout {
        switch self {
        case .municipality:
            Layout(
                folder: nil, fileName: "gemeente.yaml", subfolders: 0, fileExtension: ".yaml",
                pattern: LocalizedText("gemeente.yaml"))
        case .period:
            Layout(
                folder: "perioden", fileName: nil, subfolders: 0, fileExtension: ".yaml",
                pattern: LocalizedText(nl: "perioden/<JJJJ>-<I|II>.yaml", en: "perioden/<YYYY>-<I|II>.yaml"))
        case .placement:
            Layout(
                folder: "plaatsingen", fileName: nil, subfolders: 1, fileExtension: ".yaml",
                pattern: LocalizedText(nl: "plaatsingen/<periode>/<naam>.yaml", en: "plaatsingen/<period>/<name>.yaml"))
        case .correction:
            Layout(
                folder: "correcties", fileName: nil, subfolders: 0, fileExtension: ".yaml",
                pattern: LocalizedText(nl: "correcties/<naam>.yaml", en: "correcties/<name>.yaml"))
        case .coa:
            Layout(
                folder: "coa", fileName: nil, subfolders: 0, fileExtension: ".yaml",
                pattern: LocalizedText(nl: "coa/<JJJJ-MM-DD>.yaml", en: "coa/<YYYY-MM-DD>.yaml"))
        case .letter:
            Layout(
                folder: "brieven", fileName: nil, subfolders: 0, fileExtension: ".md",
                pattern: LocalizedText(nl: "brieven/<naam>.md", en: "brieven/<name>.md"))
        }
    }

    /// The folder that holds records of this kind for a municipality folder
    /// (`records/<gemeente>/perioden`; `records/<gemeente>` for `gemeente.yaml`).
    public func folder(of municipality: String) -> String {
        "records/\(municipality)" + (layout.folder.map { "/" + $0 } ?? "")
    }

    /// The top-level fields of a record of this kind, in the schema's order (its model's `Field`).
    public var fieldNames: [String] {
        switch self {
        case .municipality: Municipality.Field.allCases.map(\.rawValue)
        case .period: Period.Field.allCases.map(\.rawValue)
        case .placement: Placement.Field.allCases.map(\.rawValue)
        case .correction: Correction.Field.allCases.map(\.rawValue)
        case .coa: COASnapshot.Field.allCases.map(\.rawValue)
        case .letter: Letter.Field.allCases.map(\.rawValue)
        }
    }

    /// The fields that say on one line which record this is (`taakboek diff`'s added and removed).
    public var summaryFields: [String] {
        switch self {
        case .municipality: ["naam", "cbs_code", "provincie"]
        case .period: ["status", "achterstand_begin", "taakstelling", "totaal", "gehuisvest", "achterstand_eind"]
        case .placement: ["datum", "soort", "personen", "uit"]
        case .correction: ["datum", "periode"]
        case .coa: ["peildatum", "periode", "taakstelling", "gerealiseerd", "nog_te_realiseren"]
        case .letter: ["datum", "soort", "periode"]
        }
    }

    /// The kind whose layout a path of `depth` components, with `folder` as its third component
    /// (`records/<gemeente>/<folder>/…`) and named `name`, fits.
    static func fitting(depth: Int, folder: Substring, name: Substring) -> RecordKind? {
        allCases.first { kind in
            let layout = kind.layout
            guard depth == layout.depth else { return false }
            if let fileName = layout.fileName, layout.folder == nil { return folder == fileName }
            return folder == layout.folder ?? "" && name.hasSuffix(layout.fileExtension)
        }
    }
}
