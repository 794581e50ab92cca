import FerryCloud
import Glibc

/// Errors reading or writing the sandbox's state directory, in plain words.
enum StateFileError {
  static func io(_ action: String, _ code: Int32) -> AWSError {
    let reason = String(cString: strerror(code))
    return AWSError(
      kind: .configuration, code: "SandboxStateUnavailable",
      message:
        "The sandbox could not \(action): \(reason). Check the state directory's permissions or pass another one.")
  }
}
