#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// taakboek-generate: writes a `git fast-import` stream with a synthetic, fictional records
// repository for tests and benchmarks (see Options.usage for the flags, scripts/generate-repo to
// make a repository in one step).
//
// Every municipality follows a plan drawn from its own random stream (MunicipalityPlan):
// placements per half-year, closings, council letters. `--commits 1` writes the final records of
// each municipality into one commit, one municipality at a time (SingleCommitGenerator);
// `--commits N` turns the latest events plus corrections, renames, take-out/put-back pairs and
// interim updates into commits (HistoryPlan, HistoryGenerator) with side branches and merges
// (BranchWeaver). Every commit's tree is consistent; `--plant-errors` breaks the final one on
// purpose (ErrorPlanter). The same flags always give byte-identical output.

switch Options.parse(Array(CommandLine.arguments.dropFirst())) {
case .help:
    print(Options.usage, terminator: "")
case let .failure(message):
    StandardStreams.printError("taakboek-generate: \(message)\n\(Options.usage)")
    exit(2)
case let .run(options):
    do {
        let schemas = try SchemaFile.load(from: options.schemasDirectory)
        var writer = FastImportWriter()
        if options.commits == 1 {
            SingleCommitGenerator(options: options, schemas: schemas).run(writer: &writer)
        } else {
            HistoryGenerator(options: options, schemas: schemas).run(writer: &writer)
        }
        writer.done()
    } catch {
        StandardStreams.printError("taakboek-generate: \(error)\n")
        exit(2)
    }
}
