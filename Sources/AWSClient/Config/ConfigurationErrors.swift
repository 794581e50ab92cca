import FerryCloud

/// The configuration errors ferry reports, each one line naming the profile, file or setting involved.
///
/// Kind `.configuration`, with a stable code beside the wording; none ever includes a key or a token.
enum ConfigurationErrors {
  /// botocore's `ProfileNotFound`: "The config profile (X) could not be found".
  static func profileNotFound(_ name: String) -> AWSError {
    AWSError(
      kind: .configuration, code: "ProfileNotFound",
      message: "The config profile (\(name)) could not be found in ~/.aws/config or ~/.aws/credentials")
  }

  static func unreadableFile(_ path: String) -> AWSError {
    AWSError(kind: .configuration, code: "ConfigFileUnreadable", message: "Cannot read the AWS config file \(path)")
  }

  static func parse(_ path: String, line: Int) -> AWSError {
    AWSError(
      kind: .configuration, code: "ConfigParseError",
      message: "Cannot parse the AWS config file \(path) at line \(line)")
  }

  static func parseNested(_ path: String, section: String, key: String) -> AWSError {
    AWSError(
      kind: .configuration, code: "ConfigParseError",
      message: "Cannot parse the nested setting \(key) of [\(section)] in the AWS config file \(path)")
  }

  static func badEndpoint(_ value: String, source: String) -> AWSError {
    AWSError(
      kind: .configuration, code: "InvalidEndpointURL",
      message: "The endpoint URL \(value) from \(source) is not an http(s) URL with a host")
  }

  static func badSetting(_ name: String, value: String, source: String) -> AWSError {
    AWSError(
      kind: .configuration, code: "InvalidConfigValue",
      message: "The setting \(name) = \(value) from \(source) is not valid")
  }
}
