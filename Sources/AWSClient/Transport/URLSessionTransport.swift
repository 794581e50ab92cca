import FerryCloud
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The real HTTP transport: Foundation's `URLSession` (libcurl on Linux).
///
/// Connection failures become `AWSError(kind: .network)` with a plain sentence. A custom CA bundle
/// (`AWS_CA_BUNDLE`) cannot be applied: on Linux, URLSession reads a CA file only on Android
/// (swift-corelibs-foundation `EasyHandle.swift`, `URLSessionCertificateAuthorityInfoFile` under
/// `#if os(Android)`) and offers no server-trust challenge to verify with. Rather than silently trusting
/// something else, an https request made with a bundle configured fails with a configuration error
/// that says how to trust the CA system-wide — unless the bundle *is* the system trust store (many hosts
/// set `AWS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt`), which libcurl already uses. Bodies are
/// collected by `BoundedTransfers`: no redirect is followed, and an answer over
/// `maximumResponseBytes` is cancelled.
public final class URLSessionTransport: HTTPTransport {
  /// The `AWSError.code` of a request that timed out (retried at the higher quota cost).
  public static let timeoutCode = "NetworkTimeout"
  /// Codes of failures before the request left this machine: the server cannot have acted on it.
  public static let neverSentCodes: Set<String> = ["ConnectionRefused", "HostNotFound", "NotConnected", "TLSFailure"]

  /// The largest answer accepted: EC2 pages (`MaxResults` ≤ 1,000) are a few MB; a body past this is
  /// a broken or hostile endpoint, refused before it can exhaust memory.
  public static let defaultMaximumResponseBytes = 128 << 20

  private let session: URLSession
  private let transfers = BoundedTransfers()
  private let caBundle: String?
  private let maximumResponseBytes: Int

  /// - Parameters:
  ///   - caBundle: the path from `AWS_CA_BUNDLE` / `ca_bundle`, as the config layer resolved it.
  ///   - maximumResponseBytes: answers larger than this fail with `ResponseTooLarge`.
  public init(caBundle: String? = nil, maximumResponseBytes: Int = defaultMaximumResponseBytes) {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpShouldSetCookies = false
    configuration.urlCache = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    self.session = URLSession(configuration: configuration, delegate: transfers, delegateQueue: nil)
    self.caBundle = caBundle.flatMap { Self.isSystemTrustStore($0) ? nil : $0 }
    self.maximumResponseBytes = maximumResponseBytes
  }

  /// The files Linux distributions keep their trust store in; libcurl verifies against these.
  public static let systemTrustStores = [
    "/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", "/etc/ssl/cert.pem",
  ]

  /// True when `path` names the system trust store itself (the same file, or one with the same bytes).
  public static func isSystemTrustStore(_ path: String, stores: [String] = systemTrustStores) -> Bool {
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let existing = stores.filter { FileManager.default.fileExists(atPath: $0) }
    if existing.contains(where: { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path == resolved }) { return true }
    guard let bytes = FileManager.default.contents(atPath: resolved) else { return false }
    return existing.contains { FileManager.default.contents(atPath: $0) == bytes }
  }

  deinit { session.finishTasksAndInvalidate() }

  public func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
    if let caBundle, request.url.scheme?.lowercased() == "https" {
      throw AWSError(
        kind: .configuration, code: "CABundleUnsupported",
        message: "AWS_CA_BUNDLE (\(caBundle)) is set, but ferry's HTTP client on Linux can only use the system"
          + " trust store: add the CA there (copy it to /usr/local/share/ca-certificates/ and run"
          + " update-ca-certificates), then unset AWS_CA_BUNDLE")
    }
    var urlRequest = URLRequest(url: request.url)
    urlRequest.httpMethod = request.method
    // libcurl takes whole seconds; round up so a short timeout never becomes "no timeout".
    let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
    urlRequest.timeoutInterval = max(1, seconds.rounded(.up))
    for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
    if !request.body.isEmpty || request.method == "POST" { urlRequest.httpBody = request.body }
    do {
      let (data, response) = try await transfers.run(session.dataTask(with: urlRequest), limit: maximumResponseBytes)
      guard let http = response as? HTTPURLResponse else {
        throw AWSError(kind: .network, code: "NetworkError", message: "\(hostName(request)) sent no HTTP answer")
      }
      var headers: [String: String] = [:]
      for (name, value) in http.allHeaderFields {
        if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
      }
      return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    } catch let error as AWSError {
      throw error
    } catch let error as BoundedTransfers.TooLarge {
      throw AWSError(
        kind: .invalidResponse, code: "ResponseTooLarge",
        message: "\(hostName(request)) sent an answer of \(error.bytes) bytes or more, over ferry's limit of"
          + " \(maximumResponseBytes >> 20) MiB; no AWS answer is that large: check --endpoint-url")
    } catch let error as URLError {
      throw Self.networkError(error, host: hostName(request))
    } catch is CancellationError {
      throw CancellationError()
    } catch {
      throw AWSError(
        kind: .network, code: "NetworkError", message: "\(hostName(request)): \(error.localizedDescription)")
    }
  }

  /// A `URLError` in plain words.
  static func networkError(_ error: URLError, host: String) -> AWSError {
    let (code, sentence): (String, String) =
      switch error.code {
      case .timedOut: (timeoutCode, "\(host) did not answer in time")
      case .cannotConnectToHost: ("ConnectionRefused", "could not connect to \(host) (connection refused)")
      case .cannotFindHost, .dnsLookupFailed: ("HostNotFound", "could not resolve \(host)")
      case .networkConnectionLost: ("ConnectionLost", "the connection to \(host) was lost")
      case .notConnectedToInternet: ("NotConnected", "this machine has no network connection")
      case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
        .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
        ("TLSFailure", "the TLS handshake with \(host) failed (is its certificate trusted by this machine?)")
      case .cancelled: ("Cancelled", "the request to \(host) was cancelled")
      // libcurl's own words reach us under other codes: "SSL certificate problem: self-signed certificate".
      case _ where error.localizedDescription.contains("SSL"):
        (
          "TLSFailure",
          "the TLS handshake with \(host) failed (\(error.localizedDescription)); ferry verifies every certificate"
            + " against this machine's trust store"
        )
      default: ("NetworkError", "the request to \(host) failed: \(error.localizedDescription)")
      }
    return AWSError(kind: .network, code: code, message: sentence)
  }

  private func hostName(_ request: HTTPRequest) -> String {
    request.url.host.map { host in request.url.port.map { "\(host):\($0)" } ?? host } ?? request.url.absoluteString
  }
}
