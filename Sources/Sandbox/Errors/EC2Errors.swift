import FerryCloud

/// The errors the sandbox answers with, worded as EC2 and KMS word them.
///
/// Each function returns an `AWSError` whose `code` is the one AWS documents, so code above the
/// account interface (the journal, the poller, the TUI) handles sandbox and real errors alike.
/// Pure: builds values, never performs I/O.
enum EC2Errors {
  static func service(_ code: String, _ message: String) -> AWSError {
    AWSError(kind: AWSError.Kind(serviceCode: code, httpStatus: 400), code: code, message: message, httpStatus: 400)
  }

  // MARK: - Requests

  static func missingParameter(_ name: String) -> AWSError {
    service("MissingParameter", "The request must contain the parameter \(name)")
  }

  static func unknownParameter(_ name: String) -> AWSError {
    service("UnknownParameter", "The parameter \(name) is not recognized")
  }

  static func invalidValue(_ value: String, parameter: String) -> AWSError {
    service("InvalidParameterValue", "Value (\(value)) for parameter \(parameter) is invalid.")
  }

  static func dryRunSucceeded() -> AWSError {
    service("DryRunOperation", "Request would have succeeded, but DryRun flag is set.")
  }

  static func idempotentMismatch(_ token: String) -> AWSError {
    service(
      "IdempotentParameterMismatch",
      "The client token '\(token)' has already been used with different request parameters.")
  }

  // MARK: - Images

  static func imageNotFound(_ ids: [String]) -> AWSError {
    service("InvalidAMIID.NotFound", "The image id '[\(ids.joined(separator: ", "))]' does not exist")
  }

  static func imageMalformed(_ id: String) -> AWSError {
    service("InvalidAMIID.Malformed", "Invalid id: \"\(id)\" (expecting \"ami-...\")")
  }

  static func imageUnavailable(_ id: String) -> AWSError {
    service("InvalidAMIID.Unavailable", "The image ID '\(id)' is no longer available")
  }

  // MARK: - Snapshots

  static func snapshotNotFound(_ id: String) -> AWSError {
    service("InvalidSnapshot.NotFound", "The snapshot '\(id)' does not exist.")
  }

  static func snapshotMalformed(_ id: String) -> AWSError {
    service("InvalidParameterValue", "Value (\(id)) for parameter snapshotId is invalid. Expected: 'snap-...'.")
  }

  static func snapshotInUse(_ id: String, by imageId: String) -> AWSError {
    service("InvalidSnapshot.InUse", "The snapshot \(id) is currently in use by \(imageId)")
  }

  static func notAuthorized() -> AWSError {
    AWSError(
      kind: .credentials, code: "UnauthorizedOperation",
      message: "You are not authorized to perform this operation.", httpStatus: 403)
  }

  // MARK: - Regions

  /// What botocore says when a Region has no endpoint: the sandbox has no such Region.
  static func unknownRegion(_ region: String) -> AWSError {
    AWSError(
      kind: .network, code: "EndpointConnectionError",
      message: "Could not connect to the endpoint URL: \"https://ec2.\(region).amazonaws.com/\"")
  }

  /// What EC2 says to a call sent to a Region the account has not enabled.
  static func regionNotEnabled() -> AWSError {
    AWSError(
      kind: .credentials, code: "AuthFailure",
      message: "AWS was not able to validate the provided access credentials", httpStatus: 401)
  }

  // MARK: - KMS

  static func kmsNotFound(_ message: String) -> AWSError {
    service("NotFoundException", message)
  }
}
