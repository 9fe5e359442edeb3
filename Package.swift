// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "taakboek",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "taakboek", targets: ["taakboek"]),
        .executable(name: "taakboek-generate", targets: ["taakboek-generate"]),
        .library(name: "TaakboekCore", targets: ["TaakboekCore"]),
        .library(name: "TaakboekRules", targets: ["TaakboekRules"]),
        // For the fuzz harnesses in Fuzz/, a package of their own that depends on this one.
        .library(name: "TaakboekReporting", targets: ["TaakboekReporting"]),
        .library(name: "TaakboekHistory", targets: ["TaakboekHistory"]),
        .library(name: "TaakboekLanguageServer", targets: ["TaakboekLanguageServer"]),
        .library(name: "JSON", targets: ["JSON"]),
        .library(name: "JSONSchema", targets: ["JSONSchema"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The .xlsx container (a ZIP archive) for `taakboek import`; zlib from Debian (zlib1g-dev).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libgit2 from Debian's libgit2-dev; imported by TaakboekGit only.
        .systemLibrary(
            name: "Clibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "TaakboekGit", dependencies: ["Clibgit2"]),
        // JSON values: parser and writer. Reporters and queries write JSON with it alone.
        .target(name: "JSON"),
        // JSON Schema (draft 7) validation over JSON values.
        .target(name: "JSONSchema", dependencies: ["JSON"]),
        .target(
            name: "TaakboekCore",
            dependencies: ["JSON", "JSONSchema", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "TaakboekRules", dependencies: ["TaakboekCore"]),
        // A state of the records (working tree, index, commit): locating it, listing and loading its
        // records with their blob ids, what changed between two states, the caches, audit ids; the
        // hook installer and `taakboek doctor`'s checks of a clone's set-up (JSON for its report).
        .target(name: "TaakboekState", dependencies: ["TaakboekCore", "TaakboekGit", "JSON"]),
        .target(name: "TaakboekReporting", dependencies: ["TaakboekCore", "TaakboekRules", "JSON"]),
        // The history queries (log, show, blame, diff, history) over git through TaakboekGit.
        .target(
            name: "TaakboekHistory", dependencies: ["TaakboekCore", "TaakboekGit", "TaakboekState", "JSON"]
        ),
        // The checker: `RecordsCheck.run` checks the working tree, the index, a commit or a range,
        // each state from git with the result cache and compared with a base by the change rules
        // (whose provenance is `taakboek blame`'s), and gives the report's findings and audit data.
        .target(
            name: "TaakboekChecking",
            dependencies: [
                "TaakboekCore", "TaakboekGit", "TaakboekState", "TaakboekRules", "TaakboekHistory", "TaakboekReporting",
            ]
        ),
        // Spreadsheets as rows of cells: CSV (delimiter, encoding, quotes) and .xlsx (ZIPFoundation
        // for the container, our own reader for the SpreadsheetML subset inside).
        .target(
            name: "TaakboekSpreadsheet",
            dependencies: ["TaakboekCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // New repositories and records: taakboek init (files, hook, CI template), taakboek new and
        // taakboek import (records from a spreadsheet's rows).
        .target(
            name: "TaakboekScaffold",
            dependencies: ["TaakboekCore", "TaakboekGit", "TaakboekState", "TaakboekSpreadsheet"]
        ),
        // `taakboek lsp`: the language server (JSON-RPC framing, the workspace of open documents,
        // diagnostics, hover, completion, code actions) over the checker and the drafts.
        .target(
            name: "TaakboekLanguageServer",
            dependencies: ["TaakboekCore", "TaakboekRules", "TaakboekReporting", "TaakboekScaffold", "JSON"]
        ),
        // taakboek never opens a network connection: libgit2 is kept from loading the system's CA
        // certificates at every start (see Sources/CLocalOnly/local_only.c).
        .target(name: "CLocalOnly"),
        // The commit a release binary was built from, handed in by scripts/release as a C macro.
        .target(name: "CBuildInfo"),
        .executableTarget(
            name: "taakboek",
            dependencies: [
                "TaakboekCore", "TaakboekRules", "TaakboekReporting", "TaakboekGit", "TaakboekState",
                "TaakboekChecking", "TaakboekHistory", "TaakboekScaffold", "TaakboekSpreadsheet", "TaakboekLanguageServer",
                "CLocalOnly",
                "CBuildInfo", "JSON", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc in the binary: a check
            // allocates and frees millions of small objects, and measured on a national
            // repository glibc's malloc cost a fifth of the check's time (README, "Speed").
            // The export lets CLocalOnly's definition take the place of mbedTLS's for libgit2.
            linkerSettings: [
                .linkedLibrary("mimalloc", .when(platforms: [.linux])),
                .unsafeFlags(
                    ["-Xlinker", "--export-dynamic-symbol=mbedtls_x509_crt_parse_file"], .when(platforms: [.linux])),
            ]
        ),
        // The man page from the command definitions (`taakboek --experimental-dump-help`), for
        // scripts/generate-docs and the test that the committed page is current.
        .target(name: "TaakboekDocs"),
        .executableTarget(name: "taakboek-docs", dependencies: ["TaakboekDocs"]),
        // Synthetic records repositories for tests and benchmarks (a git fast-import stream).
        .executableTarget(name: "taakboek-generate"),
        .testTarget(name: "JSONTests", dependencies: ["JSON", "TaakboekTestSupport"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema", "JSON", "TaakboekTestSupport"]),
        // Temporary directories and git repositories made with the git CLI, for the tests.
        .target(name: "TaakboekTestSupport", path: "Tests/Support"),
        .testTarget(name: "TaakboekGitTests", dependencies: ["TaakboekGit", "TaakboekTestSupport"]),
        .testTarget(
            name: "TaakboekStateTests",
            dependencies: [
                "TaakboekState", "TaakboekChecking", "TaakboekReporting", "TaakboekHistory", "TaakboekGit",
                "TaakboekCore", "TaakboekTestSupport",
            ]),
        .testTarget(name: "TaakboekCoreTests", dependencies: ["TaakboekCore", "JSON", "TaakboekTestSupport"]),
        .testTarget(
            name: "TaakboekHistoryTests",
            dependencies: [
                "TaakboekHistory", "TaakboekState", "TaakboekGit", "TaakboekCore", "JSON", "TaakboekTestSupport",
                // Run as a process to build repositories the log is compared with git on.
                "taakboek-generate",
            ]),
        .testTarget(name: "TaakboekRulesTests", dependencies: ["TaakboekRules", "TaakboekCore"]),
        // The report formats against golden files (Fixtures/golden) and the output schemas.
        .testTarget(
            name: "TaakboekReportingTests",
            dependencies: [
                "TaakboekReporting", "TaakboekCore", "TaakboekRules", "JSON", "JSONSchema", "TaakboekTestSupport",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TaakboekScaffoldTests",
            dependencies: [
                "TaakboekScaffold", "TaakboekCore", "TaakboekRules", "TaakboekSpreadsheet", "TaakboekTestSupport",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The CSV and .xlsx readers, on files LibreOffice made (Fixtures, scripts/make-spreadsheet-fixtures).
        .testTarget(
            name: "TaakboekSpreadsheetTests",
            dependencies: ["TaakboekSpreadsheet", "TaakboekCore", "TaakboekTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TaakboekLanguageServerTests",
            dependencies: ["TaakboekLanguageServer", "TaakboekCore", "JSON", "TaakboekTestSupport"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "taakboek", "taakboek-generate", "TaakboekGit", "TaakboekDocs", "TaakboekTestSupport",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Golden"]
        ),
    ]
)
