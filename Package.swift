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
        .library(name: "JSONSchema", targets: ["JSONSchema"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libgit2 from Debian's libgit2-dev; imported by TaakboekGit only.
        .systemLibrary(
            name: "Clibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "TaakboekGit", dependencies: ["Clibgit2"]),
        .target(name: "JSONSchema"),
        .target(
            name: "TaakboekCore",
            dependencies: ["JSONSchema", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "TaakboekRules", dependencies: ["TaakboekCore"]),
        .target(name: "TaakboekRepository", dependencies: ["TaakboekCore", "TaakboekRules", "TaakboekGit"]),
        .target(name: "TaakboekReporting", dependencies: ["TaakboekCore", "TaakboekRules"]),
        // The history queries (log, show, blame, diff, history) over git through TaakboekGit.
        .target(
            name: "TaakboekHistory", dependencies: ["TaakboekCore", "TaakboekGit", "TaakboekRepository", "JSONSchema"]
        ),
        .executableTarget(
            name: "taakboek",
            dependencies: [
                "TaakboekCore", "TaakboekRules", "TaakboekReporting", "TaakboekGit", "TaakboekRepository",
                "TaakboekHistory", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc in the binary: a check
            // allocates and frees millions of small objects, and measured on a national
            // repository glibc's malloc cost a fifth of the check's time (README, "Speed").
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // Synthetic records repositories for tests and benchmarks (a git fast-import stream).
        .executableTarget(name: "taakboek-generate"),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema"]),
        // Temporary directories and git repositories made with the git CLI, for the tests.
        .target(name: "TaakboekTestSupport", path: "Tests/Support"),
        .testTarget(name: "TaakboekGitTests", dependencies: ["TaakboekGit", "TaakboekTestSupport"]),
        .testTarget(name: "TaakboekRepositoryTests", dependencies: ["TaakboekRepository", "TaakboekGit", "TaakboekCore"]),
        .testTarget(name: "TaakboekCoreTests", dependencies: ["TaakboekCore"]),
        .testTarget(
            name: "TaakboekHistoryTests",
            dependencies: [
                "TaakboekHistory", "TaakboekGit", "TaakboekCore", "JSONSchema", "TaakboekTestSupport",
                // Run as a process to build repositories the log is compared with git on.
                "taakboek-generate",
            ]),
        .testTarget(name: "TaakboekRulesTests", dependencies: ["TaakboekRules", "TaakboekCore"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["taakboek", "taakboek-generate", "TaakboekGit"],
            exclude: ["Golden"]
        ),
    ]
)
