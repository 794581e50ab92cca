import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Testing

/// The sources that read only the environment and the config files.
struct LocalCredentialSourceTests {
  // MARK: - Environment

  @Test func readsKeysTokenAndExpiryFromTheEnvironment() async throws {
    let source = EnvironmentCredentialSource(environment: [
      "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_SECURITY_TOKEN": "legacy",
      "AWS_CREDENTIAL_EXPIRATION": "2026-11-26T18:00:00Z",
    ])
    let credentials = try await source.load()
    #expect(
      credentials
        == Credentials(
          accessKeyId: "AKIDENV", secretAccessKey: "secret", sessionToken: "legacy",
          expiration: Date(timeIntervalSince1970: 1_795_716_000)))
  }

  @Test func preferstheSessionTokenOverTheLegacyName() async throws {
    let source = EnvironmentCredentialSource(environment: [
      "AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "s", "AWS_SESSION_TOKEN": "new", "AWS_SECURITY_TOKEN": "old",
    ])
    #expect(try await source.load()?.sessionToken == "new")
  }

  @Test func anEmptyEnvironmentHasNothing() async throws {
    #expect(try await EnvironmentCredentialSource(environment: ["AWS_ACCESS_KEY_ID": ""]).load() == nil)
  }

  @Test func aKeyWithoutItsSecretIsAnErrorThatShowsNoValue() async {
    await #expect {
      try await EnvironmentCredentialSource(environment: ["AWS_ACCESS_KEY_ID": "AKIDHALF"]).load()
    } throws: { error in
      (error as? AWSError)?.kind == .credentials
        && "\(error)" == "The environment sets some credentials but not AWS_SECRET_ACCESS_KEY (PartialCredentials)"
    }
  }

  // MARK: - Profile keys

  @Test func theCredentialsFileWinsOverTheConfigFile() async throws {
    let context = try CredentialFixtures.context(
      profile: "dev",
      config: "[profile dev]\naws_access_key_id = FROMCONFIG\naws_secret_access_key = c\nregion = us-west-2\n",
      credentials: "[dev]\naws_access_key_id = FROMCREDS\naws_secret_access_key = k\naws_session_token = t\n")
    let credentials = try await ProfileCredentialSource(profileName: "dev", shared: context.shared).load()
    #expect(credentials == Credentials(accessKeyId: "FROMCREDS", secretAccessKey: "k", sessionToken: "t"))
  }

  @Test func aProfileWithoutKeysHasNothing() async throws {
    let context = try CredentialFixtures.context(profile: "dev", config: "[profile dev]\nregion = us-west-2\n")
    #expect(try await ProfileCredentialSource(profileName: "dev", shared: context.shared).load() == nil)
  }

  // MARK: - Chain order

  @Test func environmentComesFirstUnlessTheProfileIsNamedOnTheCommandLine() async throws {
    let environment = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s", "AWS_PROFILE": "dev"]
    let credentials = "[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = k\n"
    let fromEnvironment = try CredentialFixtures.context(environment: environment, credentials: credentials)
    #expect(try await CredentialChain(context: fromEnvironment).credentials().accessKeyId == "AKIDENV")
    let fromFlag = try CredentialFixtures.context(profile: "dev", environment: environment, credentials: credentials)
    #expect(try await CredentialChain(context: fromFlag).credentials().accessKeyId == "AKIDPROFILE")
  }

  @Test func nothingFoundListsEveryPlaceLookedAt() async throws {
    let context = try CredentialFixtures.context(profile: "empty", config: "[profile empty]\nregion = us-east-2\n")
    let chain = CredentialChain(context: context)
    let expected =
      "No AWS credentials found. Looked in: role_arn in profile empty (assume role); "
      + "web identity token (AWS_WEB_IDENTITY_TOKEN_FILE, or web_identity_token_file in profile empty); "
      + "SSO settings (sso_session or sso_start_url) in profile empty; "
      + "keys of profile empty in /home/op/.aws/credentials and /home/op/.aws/config; "
      + "credential_process in profile empty; "
      + "container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or AWS_CONTAINER_CREDENTIALS_FULL_URI); "
      + "the EC2 instance metadata service (instance role) (NoCredentials)"
    await #expect {
      try await chain.credentials()
    } throws: { error in
      (error as? AWSError)?.kind == .credentials && "\(error)" == expected
    }
  }
}

// MARK: - The CLI's entry point

extension LocalCredentialSourceTests {
  @Test func standardChainReadsTheFilesTheEnvironmentNames() async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let credentialsPath = try directory.write(
      "credentials", "[ops]\naws_access_key_id = AKIDFILE\naws_secret_access_key = k\n")
    let environment = [
      "HOME": directory.path, "AWS_SHARED_CREDENTIALS_FILE": credentialsPath, "AWS_EC2_METADATA_DISABLED": "true",
    ]
    let configuration = try AWSConfiguration.resolve(
      options: .init(profile: "ops"), environment: environment, files: .live)
    let provider = try CredentialChain.standard(
      configuration: configuration, environment: environment, transport: CurlTransport())
    #expect(try await provider.credentials() == Credentials(accessKeyId: "AKIDFILE", secretAccessKey: "k"))
  }
}
