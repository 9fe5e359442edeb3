/// Starts libFuzzer's driver from an executable target's entry point.
///
/// On Linux, SwiftPM renames an executable module's entry point to `<Module>_main` and links the
/// program's `main` to that name, so libFuzzer's own `main` is never used. Each harness therefore
/// defines `<Module>_main` (with `@_cdecl`) and calls this, which hands the command line and the
/// harness's `LLVMFuzzerTestOneInput` to `LLVMFuzzerRunDriver`: the same driver, flags and output.
public func runLibFuzzer(
    _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32 {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return llvmFuzzerRunDriver(&count, &arguments, testOneInput)
}

/// `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t))`,
/// from the libFuzzer runtime that `-sanitize=fuzzer` links.
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
