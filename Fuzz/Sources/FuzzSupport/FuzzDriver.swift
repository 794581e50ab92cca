import CLibFuzzer

/// Hands control to libFuzzer with `testOneInput` as the target; returns libFuzzer's exit status.
///
/// Each fuzz target's `main.swift` calls this with its own function. libFuzzer parses the command
/// line (`-max_total_time=…`, corpus directories) and calls `testOneInput` once per input.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
}
