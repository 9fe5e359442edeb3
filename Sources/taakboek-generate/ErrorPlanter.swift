/// Plants `--plant-errors M` deliberate, distinct inconsistencies in the final records, each in
/// its own file, and reports each on standard error as `planted: <path> <rule id>`.
///
/// Planted error i goes to municipality i mod N and is of kind i mod 12 (the kinds in
/// `PlantKind.order`); a kind that has no target there (no letter yet, no HAR placement, …)
/// gives way to the next one.
struct ErrorPlanter {
    struct Planted {
        let path: String
        let rule: String
        let changes: [FileChange]
    }

    let options: Options

    /// The errors to plant in one municipality, applied to copies of its records.
    func plant(in state: MunicipalityState) -> [Planted] {
        let municipality = state.info.number - 1
        var used: Set<String> = []
        var result: [Planted] = []
        var random = SeededRandom(seed: options.seed ^ 0xBAD_F00D, stream: UInt64(state.info.number))
        var i = municipality
        while i < options.plantErrors {
            for attempt in 0..<PlantKind.order.count {
                let kind = PlantKind.order[(i + attempt) % PlantKind.order.count]
                if let planted = kind.plant(in: state, avoiding: used, random: &random) {
                    used.insert(planted.path)
                    result.append(planted)
                    break
                }
            }
            i += options.municipalities
        }
        return result
    }

    func report(_ planted: Planted) {
        StandardStreams.printError("planted: \(planted.path) \(planted.rule)\n")
    }

    /// Says on standard error when fewer errors could be planted than were asked for.
    func reportShortfall(planted: Int) {
        guard planted < options.plantErrors else { return }
        StandardStreams.printError(
            "taakboek-generate: \(planted) van de \(options.plantErrors) gevraagde fouten geplant (geen doel meer)\n")
    }
}
