import Foundation
import Testing

/// Recognisable secret values planted in every place ferry may read credentials from, and the checks
/// that none of them leaks into what ferry prints or writes.
///
/// The places: the environment (`AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`), `~/.aws/credentials`
/// (profile `static`), a `credential_process` profile (`process`) whose script prints its own pair, and
/// an IAM Identity Center profile (`sso`) with a cached login token. `HOME` is the scenario's `Home`.
struct PlantedSecrets {
  /// Every value that must never appear outside the files it was planted in.
  static let values = [
    "envSecretKEYq7Xw2ZpLm9", "envSessionTOKENr4Tn8Vb3", "fileSecretKEYc6Hj1Qs5", "fileSessionTOKENk2Wd7Ye0",
    "processSecretKEYu8Fa3Ln6", "processSessionTOKENm5Gz9Rx1", "ssoAccessTOKENp1Bv4Kc8",
  ]

  /// The SSO session's name, and its cache file name: the SHA-1 hex of the name, as botocore keys
  /// `~/.aws/sso/cache` (computed once with `printf %s ferry-hygiene | sha1sum`).
  private static let ssoSession = "ferry-hygiene"
  private static let ssoCacheFile = "48228c42dd99fdb60b4c8f71e3a758f87d3596b6.json"

  /// The environment of every run: the planted keys plus `extra`.
  let environment: [String: String]
  private let processMarker: URL

  /// Whether the `credential_process` script has run (it leaves a file in `HOME`).
  var processRan: Bool { FileManager.default.fileExists(atPath: processMarker.path) }

  /// Writes the credential files into `home` and returns the planted environment.
  init(home: FerryRun.Home, extra: [String: String] = [:]) throws {
    let aws = home.directory.appendingPathComponent(".aws")
    processMarker = home.directory.appendingPathComponent("credential-process.ran")
    try FileManager.default.createDirectory(
      at: aws.appendingPathComponent("sso/cache"), withIntermediateDirectories: true)
    let script = try home.file(
      "credential-process.sh",
      """
      #!/bin/sh
      touch "$HOME/credential-process.ran"
      echo '{"Version": 1, "AccessKeyId": "AKIAPROCESSHYGIENE", "SecretAccessKey": "\(Self.values[4])", \
      "SessionToken": "\(Self.values[5])"}'

      """)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script)
    _ = try home.file(
      ".aws/credentials",
      """
      [static]
      aws_access_key_id = AKIAFILEHYGIENE
      aws_secret_access_key = \(Self.values[2])
      aws_session_token = \(Self.values[3])

      """)
    _ = try home.file(
      ".aws/config",
      """
      [profile static]
      region = us-east-1

      [profile process]
      region = us-east-1
      credential_process = \(script)

      [profile sso]
      region = us-east-1
      sso_session = \(Self.ssoSession)
      sso_account_id = 123456789012
      sso_role_name = Ops

      [sso-session \(Self.ssoSession)]
      sso_start_url = https://ferry-hygiene.awsapps.com/start
      sso_region = us-east-1

      """)
    _ = try home.file(
      ".aws/sso/cache/\(Self.ssoCacheFile)",
      """
      {"startUrl": "https://ferry-hygiene.awsapps.com/start", "region": "us-east-1", \
      "accessToken": "\(Self.values[6])", "expiresAt": "2099-01-01T00:00:00Z"}
      """)
    environment = [
      "AWS_ACCESS_KEY_ID": "AKIAENVHYGIENE", "AWS_SECRET_ACCESS_KEY": Self.values[0],
      "AWS_SESSION_TOKEN": Self.values[1], "AWS_REGION": "us-east-1",
    ].merging(extra) { $1 }
  }

  /// Records an issue for each planted value found in `text`, naming where it was seen.
  static func expectNone(in text: String, _ place: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for secret in values where text.contains(secret) {
      Issue.record("the planted secret \(secret) appears in \(place)", sourceLocation: sourceLocation)
    }
  }

  /// Checks every file under ferry's state directory (`$XDG_STATE_HOME/ferry`: journal, sandbox state,
  /// `--debug` wire log, their locks) for the planted values, and for modes 0600 (files) and 0700
  /// (directories).
  ///
  /// Returns the files it read, so a caller can check the ones it expects are there.
  @discardableResult
  static func expectStatePrivateAndClean(home: FerryRun.Home, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> [String]
  {
    let root = home.directory.appendingPathComponent("state/ferry")
    let manager = FileManager.default
    try expectMode(of: root.path, 0o700, sourceLocation: sourceLocation)
    var read: [String] = []
    for relative in try manager.subpathsOfDirectory(atPath: root.path).sorted() {
      let path = root.appendingPathComponent(relative).path
      var isDirectory: ObjCBool = false
      _ = manager.fileExists(atPath: path, isDirectory: &isDirectory)
      try expectMode(of: path, isDirectory.boolValue ? 0o700 : 0o600, sourceLocation: sourceLocation)
      if !isDirectory.boolValue, let data = manager.contents(atPath: path) {
        expectNone(in: String(decoding: data, as: UTF8.self), "state file \(relative)", sourceLocation: sourceLocation)
        read.append(relative)
      }
    }
    return read
  }

  private static func expectMode(of path: String, _ mode: Int, sourceLocation: SourceLocation) throws {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    let actual = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    #expect(
      actual == mode, "\(path) has mode \(String(actual, radix: 8)), not \(String(mode, radix: 8))",
      sourceLocation: sourceLocation)
  }
}
