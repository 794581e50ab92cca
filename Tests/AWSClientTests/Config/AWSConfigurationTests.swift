import FerryCloud
import Foundation
import Testing

@testable import AWSClient

struct AWSConfigurationTests {
  private static let config = """
    [default]
    region = eu-west-1
    [profile dev]
    region = us-west-2
    services = local
    endpoint_url = https://profile.example
    ca_bundle = ~/certs/corp.pem
    max_attempts = 7
    retry_mode = standard
    [profile plain]
    endpoint_url = https://plain.example
    [profile ignoring]
    endpoint_url = https://plain.example
    ignore_configured_endpoint_urls = true
    [services local]
    ec2 =
      endpoint_url = http://127.0.0.1:5000
    [prod]
    region = ignored-because-not-a-profile-section
    """
  private static let credentials = """
    [ci]
    aws_access_key_id = AKIDCI
    aws_secret_access_key = SECRET
    """
  private static let files = FileReader.inMemory([
    "/home/op/.aws/config": config, "/home/op/.aws/credentials": credentials,
  ])

  private func resolve(
    _ options: AWSConfiguration.CommandLineOptions = .init(), _ environment: [String: String] = [:]
  ) throws -> AWSConfiguration {
    try AWSConfiguration.resolve(
      options: options, environment: ["HOME": "/home/op"].merging(environment) { _, new in new },
      files: Self.files)
  }

  // MARK: - Profile

  @Test(arguments: [
    (AWSConfiguration.CommandLineOptions(profile: "dev"), ["AWS_PROFILE": "ci"], "dev", true),
    (.init(), ["AWS_PROFILE": "ci", "AWS_DEFAULT_PROFILE": "dev"], "ci", false),
    (.init(), ["AWS_DEFAULT_PROFILE": "dev"], "dev", false),
    (.init(), [:], "default", false),
  ])
  func selectsTheProfile(
    options: AWSConfiguration.CommandLineOptions, environment: [String: String], name: String, fromFlag: Bool
  ) throws {
    let configuration = try resolve(options, environment)
    #expect(configuration.profileName == name)
    #expect(configuration.profileFromCommandLine == fromFlag)
  }

  @Test func anUnknownNamedProfileIsAOneLineError() {
    #expect {
      try resolve(.init(profile: "prod"))
    } throws: { error in
      (error as? AWSError)?.kind == .configuration
        && "\(error)"
          == "The config profile (prod) could not be found in ~/.aws/config or ~/.aws/credentials (ProfileNotFound)"
    }
  }

  @Test func aMissingDefaultProfileIsNotAnError() throws {
    let configuration = try AWSConfiguration.resolve(
      environment: ["HOME": "/nowhere"], files: .inMemory([:]))
    #expect(configuration == AWSConfiguration(profileName: "default"))
  }

  // MARK: - Region

  @Test(arguments: [
    (
      AWSConfiguration.CommandLineOptions(profile: "dev", region: "ap-south-1"),
      ["AWS_REGION": "ca-central-1"], "ap-south-1", "--region"
    ),
    (
      .init(profile: "dev"), ["AWS_REGION": "ca-central-1", "AWS_DEFAULT_REGION": "sa-east-1"], "ca-central-1",
      "AWS_REGION"
    ),
    (.init(profile: "dev"), ["AWS_DEFAULT_REGION": "sa-east-1"], "sa-east-1", "AWS_DEFAULT_REGION"),
    (.init(profile: "dev"), [:], "us-west-2", "profile dev in /home/op/.aws/config"),
    (.init(), ["AWS_REGION": ""], "eu-west-1", "profile default in /home/op/.aws/config"),
  ])
  func resolvesTheRegion(
    options: AWSConfiguration.CommandLineOptions, environment: [String: String], region: String, source: String
  ) throws {
    let configuration = try resolve(options, environment)
    #expect(configuration.region == region)
    #expect(configuration.regionSource == source)
  }

  @Test func credentialsFileProfilesHaveNoRegionUnlessSet() throws {
    #expect(try resolve(.init(profile: "ci")).region == nil)
  }

  // MARK: - Endpoint override

  @Test(arguments: [
    (
      AWSConfiguration.CommandLineOptions(profile: "dev", endpointURL: "http://flag.example"),
      ["AWS_ENDPOINT_URL_EC2": "http://env-ec2.example"], "http://flag.example", "--endpoint-url"
    ),
    (
      .init(profile: "dev"),
      ["AWS_ENDPOINT_URL_EC2": "http://env-ec2.example", "AWS_ENDPOINT_URL": "http://env.example"],
      "http://env-ec2.example", "AWS_ENDPOINT_URL_EC2"
    ),
    (.init(profile: "dev"), ["AWS_ENDPOINT_URL": "http://env.example"], "http://env.example", "AWS_ENDPOINT_URL"),
    (.init(profile: "dev"), [:], "http://127.0.0.1:5000", "[services local] ec2.endpoint_url in /home/op/.aws/config"),
    (.init(profile: "plain"), [:], "https://plain.example", "profile plain in /home/op/.aws/config"),
  ])
  func resolvesTheEndpointInAWSOrder(
    options: AWSConfiguration.CommandLineOptions, environment: [String: String], url: String, source: String
  ) throws {
    let configuration = try resolve(options, environment)
    #expect(configuration.endpointURL?.absoluteString == url)
    #expect(configuration.endpointSource == source)
  }

  @Test func ignoringConfiguredEndpointsKeepsOnlyTheFlag() throws {
    let environment = ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true", "AWS_ENDPOINT_URL": "http://env.example"]
    #expect(try resolve(.init(profile: "dev"), environment).endpointURL == nil)
    #expect(try resolve(.init(profile: "ignoring")).endpointURL == nil)
    let flagged = try resolve(.init(profile: "ignoring", endpointURL: "http://flag.example"))
    #expect(flagged.endpointURL?.absoluteString == "http://flag.example")
  }

  @Test func rejectsAnEndpointThatIsNotHTTP() {
    #expect {
      try resolve(.init(), ["AWS_ENDPOINT_URL": "ftp://x"])
    } throws: { error in
      "\(error)"
        == "The endpoint URL ftp://x from AWS_ENDPOINT_URL is not an http(s) URL with a host (InvalidEndpointURL)"
    }
  }

  // MARK: - Other settings

  @Test func readsCABundleAndRetrySettings() throws {
    let fromProfile = try resolve(.init(profile: "dev"))
    #expect(fromProfile.caBundlePath == "/home/op/certs/corp.pem")
    #expect(fromProfile.maxAttempts == 7)
    #expect(fromProfile.retryMode == "standard")
    let fromEnvironment = try resolve(.init(profile: "dev"), ["AWS_CA_BUNDLE": "/etc/ca.pem", "AWS_MAX_ATTEMPTS": "2"])
    #expect(fromEnvironment.caBundlePath == "/etc/ca.pem")
    #expect(fromEnvironment.maxAttempts == 2)
  }

  @Test func readsFilesNamedByTheEnvironmentFromDisk() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let configPath = try directory.write("cfg", "[profile x]\nregion = me-south-1\n")
    let credentialsPath = try directory.write("creds", "[x]\naws_access_key_id = A\n")
    let environment = ["AWS_CONFIG_FILE": configPath, "AWS_SHARED_CREDENTIALS_FILE": credentialsPath]
    let configuration = try AWSConfiguration.resolve(
      options: .init(profile: "x"), environment: environment, files: .live)
    #expect(configuration.region == "me-south-1")
    let shared = try SharedConfig.load(environment: environment, files: .live)
    #expect(shared.profiles["x"]?.values == ["region": "me-south-1", "aws_access_key_id": "A"])
  }

  @Test func descriptionNamesSourcesAndNoSecrets() throws {
    let text = try resolve(.init(profile: "ci"), ["AWS_REGION": "us-east-2"]).description
    #expect(text == "profile ci, region us-east-2 from AWS_REGION")
    #expect(
      try SharedConfig.load(environment: ["HOME": "/home/op"], files: Self.files).description
        == "SharedConfig(profiles: [\"ci\", \"default\", \"dev\", \"ignoring\", \"plain\"], ssoSessions: [], services: [\"local\"])"
    )
  }
}

@Test func devNullIsAnEmptyConfigFileAsTheAWSCLIReadsIt() throws {
  #expect(try FileReader.live.read("/dev/null") == Data())
  let resolved = try AWSConfiguration.resolve(
    environment: [
      "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "AWS_REGION": "eu-west-1",
    ],
    files: .live)
  #expect(resolved.region == "eu-west-1" && resolved.profileName == "default")
}
