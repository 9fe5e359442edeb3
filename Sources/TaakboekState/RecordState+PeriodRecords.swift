import TaakboekCore

extension RecordState {
    /// The period records, the corrections and `gemeente.yaml` of the state's municipalities (only
    /// `municipality`'s folder when given), without placements or letters: what the tables of the
    /// series need (the corrections for the figures as they stood on a date) (`history`, `report`, `letter new`, `overview`). An unknown `municipality` is an
    /// error naming the folders there are.
    public func periodRecords(municipality: String? = nil) throws(SourceError) -> [MunicipalityRecords] {
        try periodTree(municipality: municipality).municipalities
    }

    /// The same records as a tree (with the placement catalogue), and with `placements` also the
    /// placement records; `also` adds the records of other kinds (corrections, COA figures).
    public func periodTree(municipality: String? = nil, placements: Bool = false, also: Set<RecordKind> = [])
        throws(SourceError) -> RecordTree
    {
        let state = self
        let listing = try state.listing()
        let folders = Set(listing.compactMap(\.municipality)).sorted()
        guard !folders.isEmpty else {
            throw SourceError(
                LocalizedText(
                    nl: "geen records gevonden in \(state.name.nl) (records/<gemeente>/ ontbreekt)",
                    en: "no records found in \(state.name.en) (records/<gemeente>/ is missing)"))
        }
        if let municipality, !folders.contains(municipality) {
            let available = folders.joined(separator: ", ")
            throw SourceError(
                LocalizedText(
                    nl:
                        "gemeente '\(municipality)' staat niet in records/ van \(state.name.nl); kies een van deze mappen: \(available)",
                    en:
                        "municipality '\(municipality)' is not in records/ of \(state.name.en); choose one of these folders: \(available)"
                ))
        }
        let wanted = listing.filter { file in
            guard let folder = file.municipality else { return file.path.hasPrefix("schemas/") }
            guard municipality == nil || folder == municipality else { return false }
            let inFolder = file.path.dropFirst("records/\(folder)/".count)
            func isIn(_ kind: RecordKind) -> Bool {
                let layout = kind.layout
                if let folder = layout.folder { return inFolder.hasPrefix(folder + "/") }
                return inFolder == layout.fileName ?? ""
            }
            // The corrections too: a figure as it stood on a date undoes the later ones (`PeriodOnDate`).
            return isIn(.municipality) || isIn(.period) || isIn(.correction) || (placements && isIn(.placement))
                || also.contains(where: isIn)
        }
        let tree = try state.load(wanted)
        for file in tree.files where file.kind != nil && file.root == nil {
            let reason = file.problems.first { $0.isFatal }?.message ?? LocalizedText("?")
            unreadable(
                LocalizedText(
                    nl:
                        "\(file.path) kan niet worden gelezen (\(reason.nl)) en is weggelaten; `taakboek check` zegt wat eraan schort",
                    en:
                        "\(file.path) cannot be read (\(reason.en)) and is left out; `taakboek check` says what is wrong"
                ))
        }
        return tree
    }
}
