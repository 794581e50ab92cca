import CCurl
import FerryCloud
import Foundation
import Synchronization

/// The real HTTP transport: libcurl's easy interface, one blocking transfer per request on its own
/// thread, easy handles (and so their kept-alive connections) reused from a small pool.
///
/// Chosen over Foundation's URLSession, which on Linux drives libcurl too but spun ~5,000 event-loop
/// turns a second while waiting (5.5 s of CPU in a 5.9 s wait, docs/performance.md) and cannot use a
/// CA bundle (`AWS_CA_BUNDLE`) outside Android. Here the CA bundle is libcurl's `CAINFO`; certificates
/// are always verified; no redirect is followed (AWS never sends one to a signed call, and following
/// it would resend the signature elsewhere); an answer over `maximumResponseBytes` is cut off; the
/// timeout is an idle timeout, as the AWS CLI's `--cli-read-timeout` is. The proxy variables libcurl
/// reads (`HTTPS_PROXY`, `NO_PROXY`, …) are honoured, as the AWS CLI honours them.
public final class CurlTransport: HTTPTransport {
  /// The `AWSError.code` of a request that timed out (retried at the higher quota cost).
  public static let timeoutCode = "NetworkTimeout"
  /// Codes of failures before the request left this machine: the server cannot have acted on it.
  public static let neverSentCodes: Set<String> = ["ConnectionRefused", "HostNotFound", "TLSFailure"]
  /// The largest answer accepted: EC2 pages (`MaxResults` ≤ 1,000) are a few MB; a body past this is
  /// a broken or hostile endpoint, refused before it can exhaust memory.
  public static let defaultMaximumResponseBytes = 128 << 20

  private static let initialised: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

  private let caBundle: String?
  private let maximumResponseBytes: Int
  private let pool = HandlePool()

  /// - Parameters:
  ///   - caBundle: the path from `AWS_CA_BUNDLE` / `ca_bundle`; `nil` for the system trust store.
  ///   - maximumResponseBytes: answers larger than this fail with `ResponseTooLarge`.
  public init(caBundle: String? = nil, maximumResponseBytes: Int = defaultMaximumResponseBytes) {
    self.caBundle = caBundle
    self.maximumResponseBytes = maximumResponseBytes
  }

  public func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
    guard Self.initialised else {
      throw AWSError(kind: .configuration, code: "HTTPUnavailable", message: "libcurl could not be initialised")
    }
    if let caBundle, !FileManager.default.isReadableFile(atPath: caBundle) {
      throw AWSError(
        kind: .configuration, code: "CABundleUnreadable",
        message: "AWS_CA_BUNDLE (or ca_bundle) names \(caBundle), which cannot be read")
    }
    let transfer = CurlTransfer(
      request: request, timeout: timeout, caBundle: caBundle, limit: maximumResponseBytes, pool: pool)
    let result = await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        // libcurl blocks in poll() until the answer comes; never on Swift's cooperative threads.
        Thread.detachNewThread { continuation.resume(returning: transfer.perform()) }
      }
    } onCancel: {
      transfer.cancel()
    }
    switch result {
    case .answered(let response): return response
    case .failed(let code, let detail): throw Self.error(code, detail: detail, host: Self.hostName(request))
    case .tooLarge(let bytes):
      throw AWSError(
        kind: .invalidResponse, code: "ResponseTooLarge",
        message: "\(Self.hostName(request)) sent an answer of \(bytes) bytes or more, over ferry's limit of"
          + " \(maximumResponseBytes >> 20) MiB; no AWS answer is that large: check --endpoint-url")
    case .timedOut: throw Self.error(CURLE_OPERATION_TIMEDOUT, detail: "", host: Self.hostName(request))
    case .cancelled: throw CancellationError()
    }
  }

  /// A libcurl failure in plain words.
  static func error(_ code: CURLcode, detail: String, host: String) -> AWSError {
    let reason = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
    let (name, sentence): (String, String) =
      switch code {
      case CURLE_OPERATION_TIMEDOUT: (timeoutCode, "\(host) did not answer in time")
      case CURLE_COULDNT_CONNECT: ("ConnectionRefused", "could not connect to \(host) (connection refused)")
      case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: ("HostNotFound", "could not resolve \(host)")
      case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE:
        ("ConnectionLost", "the connection to \(host) was lost (\(reason))")
      case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
        CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        (
          "TLSFailure",
          "the TLS handshake with \(host) failed (\(reason)); ferry verifies every certificate against this"
            + " machine's trust store, or the CA bundle AWS_CA_BUNDLE names"
        )
      default: ("NetworkError", "the request to \(host) failed: \(reason)")
      }
    return AWSError(kind: .network, code: name, message: sentence)
  }

  static func hostName(_ request: HTTPRequest) -> String {
    request.url.host.map { host in request.url.port.map { "\(host):\($0)" } ?? host } ?? request.url.absoluteString
  }
}

/// Easy handles kept between requests: each keeps its connection alive for the next call to the same
/// endpoint (a listing's pages, a poll cycle), saving a TCP and TLS handshake per call.
final class HandlePool: Sendable {
  /// A libcurl easy handle; used by one transfer at a time (taken from and returned to the pool).
  struct Handle: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
  }

  private let idle = Mutex<[Handle]>([])
  private static let kept = 8

  func take() -> Handle? {
    if let handle = idle.withLock({ $0.popLast() }) {
      curl_easy_reset(handle.pointer)
      return handle
    }
    return curl_easy_init().map(Handle.init)
  }

  func give(_ handle: Handle) {
    let keep = idle.withLock { handles -> Bool in
      guard handles.count < Self.kept else { return false }
      handles.append(handle)
      return true
    }
    if !keep { curl_easy_cleanup(handle.pointer) }
  }

  deinit {
    for handle in idle.withLock({ $0 }) { curl_easy_cleanup(handle.pointer) }
  }
}
