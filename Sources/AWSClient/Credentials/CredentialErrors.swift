import FerryCloud

/// The credential errors ferry reports: one line each, naming the profile or source, never a secret.
enum CredentialErrors {
  /// Nothing in the chain had credentials; lists every place that was looked at.
  static func notFound(_ places: [String]) -> AWSError {
    AWSError(
      kind: .credentials, code: "NoCredentials",
      message: "No AWS credentials found. Looked in: " + places.joined(separator: "; "))
  }

  static func incomplete(_ source: String, missing: String) -> AWSError {
    AWSError(
      kind: .credentials, code: "PartialCredentials", message: "\(source) sets some credentials but not \(missing)")
  }

  static func failed(_ source: String, _ reason: String, code: String = "CredentialsUnavailable") -> AWSError {
    AWSError(kind: .credentials, code: code, message: "\(source): \(reason)")
  }

  static func badConfiguration(_ source: String, _ reason: String, code: String = "InvalidConfig") -> AWSError {
    AWSError(kind: .configuration, code: code, message: "\(source): \(reason)")
  }

  /// Keeps AWS's own error code and wording from STS, SSO or a metadata service, prefixed with the source.
  static func service(_ source: String, code: String, message: String, status: Int?) -> AWSError {
    AWSError(kind: .credentials, code: code, message: "\(source): \(message)", httpStatus: status)
  }
}
