import Foundation
import Testing

@testable import AWSSigning

/// Every case of the aws-c-auth SigV4 suite (awslabs/aws-c-auth `tests/aws-signing-test-suite/v4`),
/// header signing and query signing, stage by stage.
///
/// No case is skipped: `sign_body: true` cases run with `addContentSHA256Header`, `normalize: false`
/// cases with `normalizePath: false`, `omit_session_token: true` with `signSecurityToken: false`.
struct AWSCAuthSuiteTests {
  // MARK: - Header signing

  @Test(arguments: AWSCAuthCase.names)
  func headerSigning(_ name: String) throws {
    let testCase = try AWSCAuthCase(name: name)
    let result = testCase.signer.headerSigning(
      method: testCase.request.method, url: try testCase.request.url(), headers: testCase.request.headers,
      body: Data(testCase.request.body.utf8), date: testCase.date, options: testCase.options(forQuery: false))

    #expect(result.steps.canonicalRequest == (try testCase.file("header-canonical-request.txt")))
    #expect(result.steps.stringToSign == (try testCase.file("header-string-to-sign.txt")))
    #expect(result.steps.signature == (try testCase.file("header-signature.txt")))
    let expected = try RawHTTPRequest(parsing: try testCase.file("header-signed-request.txt"))
    let signed = testCase.request.settingHeaders(result.addedHeaders)
    #expect(signed.target == expected.target)
    #expect(signed.headerLines == expected.headerLines)
    #expect(signed.body == expected.body)
  }

  // MARK: - Query signing

  @Test(arguments: AWSCAuthCase.names)
  func querySigning(_ name: String) throws {
    let testCase = try AWSCAuthCase(name: name)
    let url = try testCase.request.url()
    let options = testCase.options(forQuery: true)
    let body = Data(testCase.request.body.utf8)
    let result = testCase.signer.querySigning(
      method: testCase.request.method, url: url, headers: testCase.request.headers, body: body,
      expires: testCase.context.expirationInSeconds, date: testCase.date, options: options)

    #expect(result.steps.canonicalRequest == (try testCase.file("query-canonical-request.txt")))
    #expect(result.steps.stringToSign == (try testCase.file("query-string-to-sign.txt")))
    let signature = try testCase.file("query-signature.txt")
    #expect(result.steps.signature == signature)

    let expected = try RawHTTPRequest(parsing: try testCase.file("query-signed-request.txt"))
    var signed = testCase.request
    let separator = signed.rawQuery == nil ? "?" : "&"
    signed.target += separator + URIEncoding.queryString(result.addedParameters)
    #expect(signed.rawPath == expected.rawPath)
    #expect(signed.queryItems == expected.queryItems)
    #expect(signed.headerLines == expected.headerLines)
    #expect(signed.body == expected.body)

    // The public entry point appends the same parameters, the signature last.
    let presigned = testCase.signer.presignURL(
      method: testCase.request.method, url: url, headers: testCase.request.headers, body: body,
      expires: testCase.context.expirationInSeconds, date: testCase.date, options: options)
    #expect(presigned.absoluteString.hasSuffix("&X-Amz-Signature=" + signature))
  }

  // MARK: - Coverage

  @Test func walksEveryCaseFolder() {
    #expect(AWSCAuthCase.names.count == 38)
  }
}

// MARK: - Fixture loading

/// One case folder: `context.json`, `request.txt` and the expected files.
private struct AWSCAuthCase {
  struct Context: Decodable {
    struct Keys: Decodable {
      var accessKeyId: String
      var secretAccessKey: String
      var token: String?
    }
    var credentials: Keys
    var expirationInSeconds: Int
    var normalize: Bool
    var region: String
    var service: String
    var signBody: Bool
    var timestamp: String
    var omitSessionToken: Bool?
  }

  static let directory = URL(filePath: #filePath).deletingLastPathComponent()
    .appending(path: "Fixtures/aws-signing-test-suite-v4")

  /// Every folder of the suite, found on disk so a case added to the fixtures is run without editing code.
  static let names: [String] = {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return entries.filter { name in
      FileManager.default.fileExists(atPath: directory.appending(path: "\(name)/context.json").path)
    }.sorted()
  }()

  let folder: URL
  let context: Context
  let request: RawHTTPRequest
  let date: Date

  init(name: String) throws {
    folder = Self.directory.appending(path: name)
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    context = try decoder.decode(Context.self, from: Data(contentsOf: folder.appending(path: "context.json")))
    request = try RawHTTPRequest(
      parsing: String(decoding: Data(contentsOf: folder.appending(path: "request.txt")), as: UTF8.self))
    date = try Date(context.timestamp, strategy: .iso8601)
  }

  var signer: SigV4Signer {
    SigV4Signer(
      credentials: Credentials(
        accessKeyId: context.credentials.accessKeyId, secretAccessKey: context.credentials.secretAccessKey,
        sessionToken: context.credentials.token),
      region: context.region, service: context.service)
  }

  /// `sign_body` adds `x-amz-content-sha256` to header signing only; the suite's query form signs the
  /// body hash without the header.
  func options(forQuery: Bool) -> SigV4Signer.Options {
    SigV4Signer.Options(
      normalizePath: context.normalize, signSecurityToken: !(context.omitSessionToken ?? false),
      addContentSHA256Header: context.signBody && !forQuery)
  }

  func file(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: folder.appending(path: name)), as: UTF8.self)
  }
}
