import AWSClient
import Foundation

/// Builds a ``CredentialContext`` for tests from config text, an environment and a transport.
///
/// Test helper: files are in memory unless `files` is given, the clock is a ``TestClock``, and the
/// metadata service is disabled unless the environment points it at a loopback server, so no test
/// ever reaches 169.254.169.254.
enum CredentialFixtures {
  static func context(
    profile: String? = nil, environment: [String: String] = [:], config: String = "", credentials: String = "",
    files extraFiles: [String: String] = [:], transport: any HTTPTransport = CurlTransport(),
    clock: TestClock = TestClock(), mfaPrompt: CredentialContext.MFAPrompt? = nil,
    processTimeout: Duration = .seconds(10)
  ) throws -> CredentialContext {
    var env = ["HOME": "/home/op", "AWS_REGION": "us-east-1"]
    if environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] == nil { env["AWS_EC2_METADATA_DISABLED"] = "true" }
    env.merge(environment) { _, new in new }
    var files = ["/home/op/.aws/config": config, "/home/op/.aws/credentials": credentials]
    files.merge(extraFiles) { _, new in new }
    let reader = FileReader.inMemory(files)
    let shared = try SharedConfig.load(environment: env, files: reader)
    let configuration = try AWSConfiguration.resolve(
      options: .init(profile: profile), environment: env, shared: shared)
    return CredentialContext(
      configuration: configuration, environment: env, shared: shared, files: reader, transport: transport,
      now: { clock.now }, mfaPrompt: mfaPrompt, processTimeout: processTimeout)
  }

  /// An STS `AssumeRole`/`AssumeRoleWithWebIdentity` answer.
  static func stsAnswer(action: String, keyId: String, expiration: String = "2026-11-26T18:00:00Z") -> String {
    """
    <\(action)Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
      <\(action)Result>
        <Credentials>
          <AccessKeyId>\(keyId)</AccessKeyId>
          <SecretAccessKey>secret-\(keyId)</SecretAccessKey>
          <SessionToken>token-\(keyId)</SessionToken>
          <Expiration>\(expiration)</Expiration>
        </Credentials>
      </\(action)Result>
    </\(action)Response>
    """
  }

  /// Decodes a form body into a dictionary.
  static func form(_ body: String) -> [String: String] {
    var result: [String: String] = [:]
    for pair in body.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
        String($0).removingPercentEncoding ?? String($0)
      }
      result[parts[0]] = parts.count > 1 ? parts[1] : ""
    }
    return result
  }
}
