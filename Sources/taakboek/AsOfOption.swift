import ArgumentParser

/// `--as-of <revisie|datum>`, as every report and query that reads records takes it: the records
/// as they stood in that revision, or in the last commit on HEAD's first-parent line made on or
/// before that day (Dutch time); without it, the working tree (in a bare repository, HEAD).
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("De records zoals ze stonden in deze revisie of op deze datum.", valueName: "revisie|datum"))
    var asOf: String?
}
