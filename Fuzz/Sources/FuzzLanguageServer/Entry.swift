import FuzzEntry

/// The program's entry point under the name SwiftPM links `main` to (see `runLibFuzzer`).
@_cdecl("FuzzLanguageServer_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runLibFuzzer(argc, argv, testOneInput)
}
