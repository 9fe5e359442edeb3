/// One correction of a closed period, `correcties/<name>.yaml`.
struct CorrectionRecord: Sendable {
    /// One changed figure: its key, the old and the new value.
    struct Change: Sendable {
        let field: String
        var van: Int
        var naar: Int
    }

    /// File name without `.yaml`.
    let name: String
    let datum: CivilDay
    let periode: PeriodID
    var changes: [Change]
    let reden: String
    let bron: String

    /// Path below the municipality folder.
    var relativePath: String { "correcties/\(name).yaml" }

    func render() -> String {
        var out = YAMLText.schemaLine("correctie", depth: 2)
        out += "datum: \(datum.iso)\n"
        out += "periode: \(periode.name)\n"
        out += "wijzigingen:\n"
        for change in changes {
            out += "  \(change.field): {van: \(change.van), naar: \(change.naar)}\n"
        }
        out += "reden: \(YAMLText.string(reden))\n"
        out += "bron: \(YAMLText.string(bron))\n"
        return out
    }
}
