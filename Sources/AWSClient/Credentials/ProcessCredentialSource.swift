import AWSSigning
import FerryCloud
import Foundation

/// Credentials printed by the profile's `credential_process` command.
///
/// The command is split into words (no shell) and run with the context's environment and time limit; it
/// must exit 0 and print JSON with `Version: 1`, `AccessKeyId`, `SecretAccessKey`, optional
/// `SessionToken` and `Expiration`. Its output is never logged or quoted in an error, since it holds
/// secrets.
/// Spec: https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
public struct ProcessCredentialSource: CredentialSource {
  let context: CredentialContext

  public init(context: CredentialContext) {
    self.context = context
  }

  public var lookedAt: String { "credential_process in profile \(context.profileName)" }

  public func load() async throws -> Credentials? {
    guard let command = context.profile?.values["credential_process"] else { return nil }
    let source = "credential_process for profile \(context.profileName)"
    let words: [String]
    do { words = try ShellWords.split(command) } catch {
      throw CredentialErrors.badConfiguration(source, "the command has an unbalanced quote")
    }
    guard !words.isEmpty else { throw CredentialErrors.badConfiguration(source, "the command is empty") }
    let result: (status: Int32, output: Data)
    do {
      result = try await ChildProcess.run(words, environment: context.environment, timeout: context.processTimeout)
    } catch .notFound(let program) {
      throw CredentialErrors.badConfiguration(
        source, "cannot find the program \(program)", code: "CredentialProcessNotFound")
    } catch .launchFailed(let program) {
      throw CredentialErrors.failed(source, "cannot start \(program)", code: "CredentialProcessError")
    } catch .timedOut {
      throw CredentialErrors.failed(
        source, "did not finish within \(context.processTimeout)", code: "CredentialProcessTimeout")
    }
    guard result.status == 0 else {
      throw CredentialErrors.failed(source, "exited with status \(result.status)", code: "CredentialProcessError")
    }
    return try Self.credentials(fromOutput: result.output, source: source)
  }

  /// Reads what the command printed (`Version: 1`, the keys, an optional `Expiration`).
  ///
  /// Public so the fuzz target in `Fuzz/` reaches the parsing without starting a process. `source`
  /// names the command in errors; the output itself is never quoted.
  public static func credentials(fromOutput output: Data, source: String) throws(AWSError) -> Credentials {
    guard let object = CredentialJSON.object(output) else {
      throw CredentialErrors.failed(source, "did not print a JSON object", code: "CredentialProcessError")
    }
    guard (object["Version"] as? NSNumber)?.intValue == 1 else {
      throw CredentialErrors.failed(source, "printed JSON without \"Version\": 1", code: "CredentialProcessError")
    }
    guard let credentials = CredentialJSON.credentials(from: object, tokenKeys: ["SessionToken"]) else {
      throw CredentialErrors.failed(
        source, "printed JSON without AccessKeyId and SecretAccessKey, or with a bad Expiration",
        code: "CredentialProcessError")
    }
    return credentials
  }
}
