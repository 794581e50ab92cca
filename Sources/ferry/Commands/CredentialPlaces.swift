import Foundation

/// The places the AWS credential chain reads, described for the no-credentials screen.
///
/// Pure over the environment and a file-existence check passed in, so it can be tested. Lists what
/// was looked at and what was found there, so the operator knows where to put credentials.
enum CredentialPlaces {
  static func describe(
    environment: [String: String], fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
  ) -> [String] {
    let home = environment["HOME"] ?? "~"
    let credentials = environment["AWS_SHARED_CREDENTIALS_FILE"] ?? home + "/.aws/credentials"
    let config = environment["AWS_CONFIG_FILE"] ?? home + "/.aws/config"
    func state(_ name: String) -> String { environment[name].map { $0.isEmpty ? "empty" : "set" } ?? "not set" }
    func file(_ path: String) -> String { fileExists(path) ? "present" : "missing" }
    return [
      "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (\(state("AWS_ACCESS_KEY_ID")))",
      "AWS_PROFILE (\(state("AWS_PROFILE")))",
      "the shared credentials file \(credentials) (\(file(credentials)))",
      "the config file \(config) (\(file(config))): profiles, SSO, role_arn, credential_process",
      "the container and instance metadata roles (only on AWS compute)",
    ]
  }
}
