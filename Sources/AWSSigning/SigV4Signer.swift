import Crypto
import Foundation

/// Signs AWS requests with Signature Version 4: header signing and query-string presigning.
///
/// A value of pure functions over a request and a date: it never reads the clock, the environment or the
/// network, never blocks, and never logs. One signer holds one set of credentials, one Region and one
/// service (`ec2`, `sts`, …); build another for other credentials or another Region (the presigned URL of
/// `CopySnapshot` is signed for the *source* Region).
///
/// Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
/// Shape after soto-project/soto-core `Sources/SotoSignerV4/signer.swift`.
public struct SigV4Signer: Sendable {
  /// One header as sent.
  ///
  /// Headers are a list rather than a dictionary, because HTTP allows a name more than once and SigV4
  /// signs every occurrence.
  public typealias Header = (name: String, value: String)

  /// Choices that differ between services and test suites; the defaults are what EC2 wants.
  public struct Options: Sendable, Equatable {
    /// Remove `.`/`..` segments and repeated slashes from the path before signing (every service but S3).
    public var normalizePath: Bool
    /// Whether `X-Amz-Security-Token` is signed (EC2, STS); when false it is added after signing.
    public var signSecurityToken: Bool
    /// Add and sign `x-amz-content-sha256` (S3 and the aws-c-auth suite's `sign_body`; EC2 never sends it).
    public var addContentSHA256Header: Bool

    public init(normalizePath: Bool = true, signSecurityToken: Bool = true, addContentSHA256Header: Bool = false) {
      self.normalizePath = normalizePath
      self.signSecurityToken = signSecurityToken
      self.addContentSHA256Header = addContentSHA256Header
    }
  }

  /// Presigned URLs live one hour unless asked otherwise, as in botocore (`SigV4QueryAuth.DEFAULT_EXPIRES`).
  public static let defaultExpiry = 3600

  public let credentials: Credentials
  public let region: String
  public let service: String
  let keyCache = SigningKeyCache()

  public init(credentials: Credentials, region: String, service: String) {
    self.credentials = credentials
    self.region = region
    self.service = service
  }

  // MARK: - Header signing

  /// Signs a request in its headers and returns the headers to set on it.
  ///
  /// The result holds `X-Amz-Date`, `X-Amz-Security-Token` (session credentials only), optionally
  /// `x-amz-content-sha256`, and `Authorization`, in that order; the caller sets them, replacing any
  /// header of the same name. Every header in `headers` is signed except the hop-by-hop ones in
  /// ``unsignedHeaderNames``; `host` is taken from `url` unless `headers` has one. Send exactly `body`,
  /// because its SHA-256 is signed.
  /// - Parameters:
  ///   - date: the signing time; pass the clock's now (tests pin it).
  public func signHeaders(
    method: String, url: URL, headers: [Header] = [], body: Data = Data(), date: Date,
    options: Options = Options()
  ) -> [Header] {
    headerSigning(method: method, url: url, headers: headers, body: body, date: date, options: options)
      .addedHeaders
  }

  /// Signs a request whose headers are a dictionary (one value per name), returning all of its headers
  /// with the signing headers set.
  public func signHeaders(
    method: String, url: URL, headers: [String: String], body: Data = Data(), date: Date,
    options: Options = Options()
  ) -> [String: String] {
    let fields = headers.sorted { $0.key < $1.key }.map { Header(name: $0.key, value: $0.value) }
    let added = signHeaders(method: method, url: url, headers: fields, body: body, date: date, options: options)
    let addedNames = Set(added.map { $0.name.lowercased() })
    var result = headers.filter { !addedNames.contains($0.key.lowercased()) }
    for header in added { result[header.name] = header.value }
    return result
  }

  // MARK: - Query-string presigning

  /// Returns `url` presigned in its query string: `parameters` appended in order, then `X-Amz-Algorithm`,
  /// `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-SignedHeaders`, `X-Amz-Security-Token`,
  /// and `X-Amz-Signature` last, as botocore's `SigV4QueryAuth` writes them.
  ///
  /// Signs `host` plus `headers` (EC2's presigned `CopySnapshot` passes none) and the SHA-256 of `body`
  /// (empty for a presigned GET).
  /// - Parameters:
  ///   - parameters: operation parameters, raw; they are RFC 3986-encoded here.
  ///   - expires: seconds the URL stays valid.
  public func presignURL(
    method: String = "GET", url: URL, parameters: [Header] = [], headers: [Header] = [],
    body: Data = Data(), expires: Int = SigV4Signer.defaultExpiry, date: Date, options: Options = Options()
  ) -> URL {
    let base = Self.appending(URIEncoding.queryString(parameters), to: url)
    let signing = querySigning(
      method: method, url: base, headers: headers, body: body, expires: expires, date: date, options: options)
    let appended = URIEncoding.queryString(signing.addedParameters)
    // Appending `name=value` pairs of unreserved characters and escapes to a valid URL keeps it valid.
    return Self.appending(appended, to: base)
  }

  // MARK: - Internals shared with the tests

  /// Headers that proxies may change or drop, so signing them would break the signature; botocore's
  /// `SIGNED_HEADERS_BLACKLIST` (`botocore/auth.py`).
  public static let unsignedHeaderNames: Set<String> = [
    "authorization", "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
    "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
  ]

  /// Every intermediate of one signature, so tests can compare each stage with the published vectors.
  struct Steps: Sendable, Equatable {
    var canonicalRequest: String
    var stringToSign: String
    var signature: String
    var signedHeaders: String
  }

  struct HeaderSigning {
    var steps: Steps
    var addedHeaders: [Header]
  }

  struct QuerySigning {
    var steps: Steps
    /// Raw (unencoded) parameters to append to the URL, the signature last.
    var addedParameters: [Header]
  }

  func headerSigning(
    method: String, url: URL, headers: [Header], body: Data, date: Date, options: Options
  ) -> HeaderSigning {
    let amzDate = AMZDate(date)
    let payloadHash = Self.hex(SHA256.hash(data: body))
    var replaced: Set<String> = ["authorization", "x-amz-date", "x-amz-security-token"]
    if options.addContentSHA256Header { replaced.insert("x-amz-content-sha256") }
    var toSign = headers.filter { !replaced.contains($0.name.lowercased()) }
    var added: [Header] = [("X-Amz-Date", amzDate.timestamp)]
    if let token = credentials.sessionToken, options.signSecurityToken {
      added.append(("X-Amz-Security-Token", token))
    }
    if options.addContentSHA256Header { added.append(("x-amz-content-sha256", payloadHash)) }
    toSign += added
    let steps = sign(
      method: method, url: url, extraQuery: [], headers: toSign, payloadHash: payloadHash, date: amzDate,
      options: options)
    if let token = credentials.sessionToken, !options.signSecurityToken {
      added.append(("X-Amz-Security-Token", token))
    }
    added.append(("Authorization", authorization(steps: steps, date: amzDate)))
    return HeaderSigning(steps: steps, addedHeaders: added)
  }

  func querySigning(
    method: String, url: URL, headers: [Header], body: Data, expires: Int, date: Date, options: Options
  ) -> QuerySigning {
    let amzDate = AMZDate(date)
    let payloadHash = Self.hex(SHA256.hash(data: body))
    let toSign = Self.withHost(headers, url: url)
    let signedHeaders = Self.signedHeaderNames(toSign)
    var parameters: [Header] = [
      ("X-Amz-Algorithm", Self.algorithm),
      ("X-Amz-Credential", credentials.accessKeyId + "/" + credentialScope(amzDate)),
      ("X-Amz-Date", amzDate.timestamp),
      ("X-Amz-Expires", String(expires)),
      ("X-Amz-SignedHeaders", signedHeaders),
    ]
    if let token = credentials.sessionToken, options.signSecurityToken {
      parameters.append(("X-Amz-Security-Token", token))
    }
    let steps = sign(
      method: method, url: url, extraQuery: parameters, headers: toSign, payloadHash: payloadHash,
      date: amzDate, options: options)
    if let token = credentials.sessionToken, !options.signSecurityToken {
      parameters.append(("X-Amz-Security-Token", token))
    }
    parameters.append(("X-Amz-Signature", steps.signature))
    return QuerySigning(steps: steps, addedParameters: parameters)
  }

  /// Runs the four stages: canonical request, string to sign, signing key, signature.
  private func sign(
    method: String, url: URL, extraQuery: [Header], headers: [Header], payloadHash: String, date: AMZDate,
    options: Options
  ) -> Steps {
    let headersWithHost = Self.withHost(headers, url: url)
    let request = canonicalRequest(
      method: method, url: url, extraQuery: extraQuery, headers: headersWithHost, payloadHash: payloadHash,
      normalizePath: options.normalizePath)
    let toSign = stringToSign(canonicalRequest: request, date: date)
    let key = keyCache.key(forDay: date.day) {
      signingKey(secretAccessKey: credentials.secretAccessKey, day: date.day, region: region, service: service)
    }
    let signature = Self.hex(HMAC<SHA256>.authenticationCode(for: Data(toSign.utf8), using: key))
    return Steps(
      canonicalRequest: request, stringToSign: toSign, signature: signature,
      signedHeaders: Self.signedHeaderNames(headersWithHost))
  }

  /// `Authorization: AWS4-HMAC-SHA256 Credential=AKID/scope, SignedHeaders=a;b, Signature=hex`.
  /// Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#add-signature-to-request
  func authorization(steps: Steps, date: AMZDate) -> String {
    "\(Self.algorithm) Credential=\(credentials.accessKeyId)/\(credentialScope(date)), "
      + "SignedHeaders=\(steps.signedHeaders), Signature=\(steps.signature)"
  }

  static let algorithm = "AWS4-HMAC-SHA256"

  /// Adds `host` (with the port when it is not the scheme's default) unless the caller gave one.
  static func withHost(_ headers: [Header], url: URL) -> [Header] {
    if headers.contains(where: { $0.name.lowercased() == "host" }) { return headers }
    return [("host", hostHeader(for: url))] + headers
  }

  static func hostHeader(for url: URL) -> String {
    var host = url.host(percentEncoded: false) ?? ""
    if host.contains(":") { host = "[" + host + "]" }
    guard let port = url.port else { return host }
    let scheme = url.scheme?.lowercased()
    let isDefault = (scheme == "https" && port == 443) || (scheme == "http" && port == 80)
    return isDefault ? host : host + ":" + String(port)
  }

  static func appending(_ query: String, to url: URL) -> URL {
    guard !query.isEmpty else { return url }
    let string = url.absoluteString
    let separator = url.query(percentEncoded: true).map { $0.isEmpty ? "" : "&" } ?? "?"
    return URL(string: string + separator + query) ?? url
  }

  static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(64)
    for byte in digest {
      bytes.append(hexDigits[Int(byte >> 4)])
      bytes.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
