import TaakboekCore

extension RecordState {
    /// The records of the state's municipalities (only `municipality`'s folder when given), read
    /// from the period records and `gemeente.yaml` files only, not the placements. Shared by
    /// `history`, `report` and `letter new`.
    public func periodRecords(municipality: String? = nil) throws(SourceError) -> [MunicipalityRecords] {
        let listing = try listing()
        let folders = Set(listing.compactMap(\.municipality)).sorted()
        guard !folders.isEmpty else {
            throw SourceError(
                LocalizedText(
                    nl: "geen records gevonden in \(name.nl) (records/<gemeente>/ ontbreekt)",
                    en: "no records found in \(name.en) (records/<gemeente>/ is missing)"))
        }
        if let municipality, !folders.contains(municipality) {
            let available = folders.joined(separator: ", ")
            throw SourceError(
                LocalizedText(
                    nl:
                        "gemeente '\(municipality)' staat niet in records/ van \(name.nl); kies een van deze mappen: \(available)",
                    en:
                        "municipality '\(municipality)' is not in records/ of \(name.en); choose one of these folders: \(available)"
                ))
        }
        let wanted = listing.filter { file in
            guard let folder = file.municipality else { return file.path.hasPrefix("schemas/") }
            guard municipality == nil || folder == municipality else { return false }
            let inFolder = file.path.dropFirst("records/\(folder)/".count)
            return inFolder == "gemeente.yaml" || inFolder.hasPrefix("perioden/")
        }
        return try load(wanted).municipalities
    }
}
