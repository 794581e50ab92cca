import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Testing

/// KMS against moto, and signature checking against the second moto that verifies SigV4.
@Suite struct MotoServicesTests {
  // MARK: - KMS

  @Test(.enabled(if: MotoEnvironment.available, "\(MotoEnvironment.missing)"))
  func kmsKeysCarryTheirAliases() async throws {
    let endpoint = try #require(MotoEnvironment.endpoint)
    let client = MotoEnvironment.client(endpoint: endpoint)
    let run = UUID().uuidString.prefix(8).lowercased()
    let created = try await client.send(
      KMSWire.request(
        "CreateKey", region: "eu-west-1", body: ["Description": "ferry \(run)", "KeyUsage": "ENCRYPT_DECRYPT"]))
    let metadata = try #require(
      (try JSONSerialization.jsonObject(with: created.body) as? [String: Any])?["KeyMetadata"] as? [String: Any])
    let keyId = try #require(metadata["KeyId"] as? String)
    _ = try await client.send(
      KMSWire.request(
        "CreateAlias", region: "eu-west-1", body: ["AliasName": "alias/ferry-\(run)", "TargetKeyId": keyId]))

    let account = MotoEnvironment.account(endpoint: endpoint)
    let keys = try await account.kmsKeys(in: "eu-west-1")
    let key = try #require(keys.first { $0.keyId == keyId })
    #expect(key.aliases == ["alias/ferry-\(run)"])
    #expect(key.description == "ferry \(run)")
    #expect(key.isSymmetric)
    #expect(key.isEnabled)
    #expect(key.keyManager == "CUSTOMER")
    #expect(key.arn.hasSuffix(":key/\(keyId)"))

    let described = try await account.describeKey("alias/ferry-\(run)", in: "eu-west-1")
    #expect(described.keyId == keyId)
    let missing = await #expect(throws: AWSError.self) {
      try await account.describeKey("alias/none-\(run)", in: "eu-west-1")
    }
    #expect(missing?.code == "NotFoundException")
  }

  // MARK: - Signatures

  @Test(.enabled(if: MotoEnvironment.authAvailable, "\(MotoEnvironment.authMissing)"))
  func theRightKeysAreAcceptedAndAWrongSecretIsNamed() async throws {
    let endpoint = try #require(MotoEnvironment.authEndpoint)
    let keyId = try #require(MotoEnvironment.variables["FERRY_MOTO_AUTH_ACCESS_KEY_ID"])
    let secret = try #require(MotoEnvironment.variables["FERRY_MOTO_AUTH_SECRET_ACCESS_KEY"])

    let good = MotoEnvironment.account(
      endpoint: endpoint, credentials: Credentials(accessKeyId: keyId, secretAccessKey: secret))
    let regions = try await good.regions(from: "us-east-1")
    #expect(regions.contains { $0.name == "eu-west-1" })
    let zones = try await good.zones(in: "eu-west-1")
    #expect(!zones.isEmpty)

    let bad = MotoEnvironment.account(
      endpoint: endpoint, credentials: Credentials(accessKeyId: keyId, secretAccessKey: secret + "x"),
      label: "profile moto-wrong (~/.aws/credentials)")
    let error = await #expect(throws: AWSError.self) { try await bad.regions(from: "us-east-1") }
    #expect(error?.kind == .credentials)
    #expect(error?.code == "AuthFailure")
    #expect(error?.httpStatus == 401)
    let text = error?.description ?? ""
    #expect(!text.contains("\n"))
    #expect(
      text.hasPrefix(
        "AWS rejected the credentials from profile moto-wrong (~/.aws/credentials) for DescribeRegions in us-east-1"))
    #expect(!text.contains(secret))
  }
}
