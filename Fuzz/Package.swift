// swift-tools-version:6.0
import PackageDescription

// libFuzzer harnesses for taakboek, in a package of their own so that `swift build` and
// `swift test` of the main package never build them. Build and run them with `scripts/fuzz`, which
// compiles this package with `-sanitize=fuzzer,address -parse-as-library` (libFuzzer supplies
// `main`; each harness exports `LLVMFuzzerTestOneInput`).
let package = Package(
    name: "taakboek-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "taakboek", path: "..")],
    targets: [
        // Starts libFuzzer's driver from each harness's entry point.
        .target(name: "FuzzEntry"),
        // A record file through the whole checker in a one-municipality tree, then the report and
        // every query that reads a tree.
        .executableTarget(
            name: "FuzzRecord",
            dependencies: [
                .product(name: "TaakboekCore", package: "taakboek"),
                .product(name: "TaakboekRules", package: "taakboek"),
                .product(name: "TaakboekReporting", package: "taakboek"),
                .product(name: "TaakboekHistory", package: "taakboek"), "FuzzEntry",
            ]),
        // The JSON parser and the draft-07 validator on an arbitrary schema and document.
        .executableTarget(
            name: "FuzzSchema",
            dependencies: [
                .product(name: "JSON", package: "taakboek"), .product(name: "JSONSchema", package: "taakboek"),
                "FuzzEntry",
            ]),
        // A client's byte stream through the message framing and the language server, on a copy
        // of the shipped records.
        .executableTarget(
            name: "FuzzLanguageServer",
            dependencies: [
                .product(name: "TaakboekLanguageServer", package: "taakboek"),
                .product(name: "TaakboekCore", package: "taakboek"), "FuzzEntry",
            ]),
        // A letter's front matter split off its body, then read as YAML.
        .executableTarget(
            name: "FuzzFrontMatter", dependencies: [.product(name: "TaakboekCore", package: "taakboek"), "FuzzEntry"]),
    ]
)
