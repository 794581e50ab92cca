import AWSClient
import AWSSigning
import FerryCloud
import FerryRules
import Foundation
import Testing

/// moto's servers as `scripts/test` starts them (or as a developer points at their own).
enum MotoEnvironment {
  static let variables = ProcessInfo.processInfo.environment
  static let endpoint = variables["FERRY_MOTO_ENDPOINT"].flatMap(URL.init(string:))
  static let authEndpoint = variables["FERRY_MOTO_AUTH_ENDPOINT"].flatMap(URL.init(string:))
  static let required = variables["FERRY_REQUIRE_MOTO"] == "1"

  static let available = endpoint != nil
  static let authAvailable = authEndpoint != nil && variables["FERRY_MOTO_AUTH_ACCESS_KEY_ID"] != nil
  static let missing =
    "FERRY_MOTO_ENDPOINT is not set: run scripts/test, or start `python3 -m moto.server -H 127.0.0.1 -p PORT` and export it"
  static let authMissing = "FERRY_MOTO_AUTH_ENDPOINT and its keys are not set: run scripts/test (start_moto_auth)"

  /// moto's default account accepts any key when signatures are not checked.
  static let anyCredentials = Credentials(accessKeyId: "AKIAFERRYTEST", secretAccessKey: "ferry-test-secret")

  static func account(
    endpoint: URL, region: String = "us-east-1", credentials: Credentials = anyCredentials,
    label: String = "the moto test keys",
    wireLog: WireLog? = nil
  ) -> LiveAccount {
    LiveAccount(
      configuration: LiveAccountConfiguration(
        region: region, endpointOverrides: LiveAccountConfiguration.overridingAll(with: endpoint), maxAttempts: 2,
        credentialsLabel: label, timeout: .seconds(30)),
      credentials: Fixed(value: credentials), signer: SigV4RequestSigner(), transport: CurlTransport(),
      wireLog: wireLog)
  }

  /// A raw client for the set-up calls ferry itself never makes (CreateVolume, RegisterImage, CreateKey).
  static func client(endpoint: URL) -> ServiceClient {
    ServiceClient(
      endpoints: EndpointResolver(overrides: LiveAccountConfiguration.overridingAll(with: endpoint)),
      credentialsLabel: "the moto test keys",
      dependencies: .init(
        transport: CurlTransport(), signer: SigV4RequestSigner(), credentials: Fixed(value: anyCredentials)))
  }

  struct Fixed: CredentialProvider {
    var value: Credentials
    func credentials() async throws -> Credentials { value }
  }
}

// MARK: - The gate

@Test func motoIsThereWhenTheSuiteRequiresIt() {
  if MotoEnvironment.required {
    #expect(MotoEnvironment.available, "FERRY_REQUIRE_MOTO=1 but \(MotoEnvironment.missing)")
    #expect(MotoEnvironment.authAvailable, "FERRY_REQUIRE_MOTO=1 but \(MotoEnvironment.authMissing)")
  }
}
