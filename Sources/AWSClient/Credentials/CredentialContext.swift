import FerryCloud
import FerryRules
import Foundation

/// What every credential source may need, injected once: the environment, the files, HTTP, the clock,
/// the MFA prompt.
///
/// Carries the parsed config files, which hold secrets, so it is passed to sources only and never printed.
public struct CredentialContext: Sendable {
  /// Asks the operator for the current code of an MFA device (its serial or ARN is the argument).
  public typealias MFAPrompt = @Sendable (_ serialNumber: String) async throws -> String

  public var configuration: AWSConfiguration
  public var environment: [String: String]
  public var shared: SharedConfig
  public var files: FileReader
  public var transport: any HTTPTransport
  public var now: @Sendable () -> Date
  public var mfaPrompt: MFAPrompt?
  /// The longest a `credential_process` may run.
  public var processTimeout: Duration

  public init(
    configuration: AWSConfiguration, environment: [String: String], shared: SharedConfig, files: FileReader,
    transport: any HTTPTransport, now: @escaping @Sendable () -> Date = { Date() }, mfaPrompt: MFAPrompt? = nil,
    processTimeout: Duration = .seconds(60)
  ) {
    self.configuration = configuration
    self.environment = environment.filter { !$0.value.isEmpty }
    self.shared = shared
    self.files = files
    self.transport = transport
    self.now = now
    self.mfaPrompt = mfaPrompt
    self.processTimeout = processTimeout
  }

  /// The endpoint for `service` (`sts`, `sso`): `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the
  /// profile's services section, else `https://<host>.<region>.<partition suffix>`.
  func endpoint(service: String, hostPrefix: String, region: String) -> URL? {
    let values = shared.profiles[configuration.profileName]?.values ?? [:]
    let ignore = AWSConfiguration.isTrue(
      environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] ?? values["ignore_configured_endpoint_urls"])
    if !ignore {
      let servicesEndpoint = values["services"].flatMap { shared.services[$0]?.nested[service]?["endpoint_url"] }
      let configured =
        environment["AWS_ENDPOINT_URL_" + service.uppercased()] ?? environment["AWS_ENDPOINT_URL"]
        ?? servicesEndpoint
      if let configured { return URL(string: configured) }
    }
    return URL(string: "https://\(hostPrefix).\(region).\(Self.dnsSuffix(region: region))")
  }

  /// The partition's DNS suffix, by the longest matching Region prefix (`cn-` → `amazonaws.com.cn`).
  static func dnsSuffix(region: String) -> String {
    let matching = Partition.all.filter { !$0.regionPrefix.isEmpty && region.hasPrefix($0.regionPrefix + "-") }
    return matching.max { $0.regionPrefix.count < $1.regionPrefix.count }?.dnsSuffix ?? Partition.aws.dnsSuffix
  }

  /// Sends through the transport, turning "no answer" into a `.credentials` error that names `source`
  /// and keeps the transport's code.
  func send(_ request: HTTPRequest, timeout: Duration, source: String) async throws -> HTTPResponse {
    do {
      return try await transport.send(request, timeout: timeout)
    } catch let error as AWSError {
      throw AWSError(kind: .credentials, code: error.code, message: "\(source): \(error.message)")
    } catch {
      throw AWSError(
        kind: .credentials, code: "NetworkError", message: "\(source): no answer from \(request.url.host() ?? "?")")
    }
  }

  /// A context for another profile (an assume-role `source_profile`).
  func forProfile(_ name: String) -> CredentialContext {
    var copy = self
    copy.configuration.profileName = name
    return copy
  }

  var profile: ConfigSection? { shared.profiles[configuration.profileName] }

  var profileName: String { configuration.profileName }
}
