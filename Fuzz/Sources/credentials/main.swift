import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import FuzzSupport

/// Fuzz target: what a `credential_process` command prints, through the same checks
/// `ProcessCredentialSource` applies to a real command's output.
func fuzzCredentials(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = FuzzInput(data, size)
  let source = "credential_process for profile fuzz"
  do {
    let credentials = try ProcessCredentialSource.credentials(fromOutput: input.data, source: source)
    invariant(!credentials.accessKeyId.isEmpty, "credentials without an access key id")
    invariant(!credentials.secretAccessKey.isEmpty, "credentials without a secret")
    invariant(credentials.sessionToken?.isEmpty != true, "an empty session token kept")
    // The secret and the token must never show in how credentials print (logs, errors): the
    // description must not change when they do.
    var blanked = credentials
    blanked.secretAccessKey = "-"
    blanked.sessionToken = credentials.sessionToken.map { _ in "-" }
    invariant("\(credentials)" == "\(blanked)", "the secret or token shows in the credentials' description")
  } catch {
    invariant(error.kind == .credentials, "unexpected error kind \(error.kind)")
    invariant(error.message.hasPrefix(source), "an error that does not name its source")
  }
  return 0
}

exit(runFuzzer(fuzzCredentials))
