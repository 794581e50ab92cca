import CCurl
import FerryCloud
import Foundation
import Synchronization

/// One HTTP exchange through a libcurl easy handle: sets the handle up, runs the blocking transfer,
/// and collects the status, the headers and the body (up to a limit).
///
/// `perform()` blocks its thread until the answer is complete, and is called once. libcurl's callbacks
/// reach this object through an unretained pointer that `perform()` keeps alive.
final class CurlTransfer: Sendable {
  enum Outcome: Sendable {
    case answered(HTTPResponse)
    case failed(CURLcode, detail: String)
    case tooLarge(bytes: Int64)
    case timedOut
    case cancelled
  }

  /// What the callbacks gather while the transfer runs; only the transfer's thread touches it.
  fileprivate struct Received {
    var body = Data()
    var headers: [String: String] = [:]
    var tooLarge: Int64?
    /// Bytes moved either way so far, and when that last changed: the idle timeout runs from there.
    var moved: Int64 = 0
    var lastActivity = ContinuousClock.now
    var timedOut = false
  }

  private let request: HTTPRequest
  fileprivate let timeout: Duration
  private let caBundle: String?
  fileprivate let limit: Int
  private let pool: HandlePool
  fileprivate let received = Mutex(Received())
  fileprivate let cancelled = Atomic(false)
  private static let empty: StaticString = ""

  init(request: HTTPRequest, timeout: Duration, caBundle: String?, limit: Int, pool: HandlePool) {
    self.request = request
    self.timeout = timeout
    self.caBundle = caBundle
    self.limit = limit
    self.pool = pool
  }

  /// Asks the running transfer to stop at libcurl's next progress call (within about a second).
  func cancel() {
    cancelled.store(true, ordering: .relaxed)
  }

  func perform() -> Outcome {
    guard let handle = pool.take() else { return .failed(CURLE_FAILED_INIT, detail: "no libcurl handle") }
    defer { pool.give(handle) }
    let curl = handle.pointer
    var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    var headerList: UnsafeMutablePointer<curl_slist>?
    defer { curl_slist_free_all(headerList) }
    // "Expect:" stops libcurl's 100-continue pause on large bodies; an empty Content-Type stops it
    // adding its form default to a bodiless PUT (the metadata service's token call).
    var lines = request.headers.map { "\($0.key): \($0.value)" } + ["Expect:"]
    if !request.headers.keys.contains(where: { $0.lowercased() == "content-type" }) { lines.append("Content-Type:") }
    for line in lines { headerList = curl_slist_append(headerList, line) }

    let seconds = max(1, Int(timeout.components.seconds) + (timeout.components.attoseconds > 0 ? 1 : 0))
    received.withLock { $0.lastActivity = .now }
    let me = Unmanaged.passUnretained(self).toOpaque()
    // libcurl copies string options (URL, method, CA path) but not the body, the header list or the
    // error buffer: those stay alive until curl_easy_perform returns.
    let code: CURLcode = withExtendedLifetime(self) {
      request.body.withUnsafeBytes { body in
        errorBuffer.withUnsafeMutableBufferPointer { errors in
          ferry_curl_setopt_pointer(curl, CURLOPT_URL, request.url.absoluteString)
          ferry_curl_setopt_pointer(curl, CURLOPT_HTTPHEADER, headerList)
          ferry_curl_setopt_pointer(curl, CURLOPT_ERRORBUFFER, errors.baseAddress)
          if request.method == "GET" {
            ferry_curl_setopt_long(curl, CURLOPT_HTTPGET, 1)
          } else {
            ferry_curl_setopt_long(curl, CURLOPT_POST, 1)
            ferry_curl_setopt_pointer(
              curl, CURLOPT_POSTFIELDS, body.baseAddress ?? UnsafeRawPointer(Self.empty.utf8Start))
            ferry_curl_setopt_offset(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
            if request.method != "POST" { ferry_curl_setopt_pointer(curl, CURLOPT_CUSTOMREQUEST, request.method) }
          }
          if let caBundle { ferry_curl_setopt_pointer(curl, CURLOPT_CAINFO, caBundle) }
          configure(curl, idleSeconds: seconds, me: me)
          return curl_easy_perform(curl)
        }
      }
    }
    let state = received.withLock { $0 }
    if let bytes = state.tooLarge { return .tooLarge(bytes: bytes) }
    if state.timedOut { return .timedOut }
    if cancelled.load(ordering: .relaxed) { return .cancelled }
    guard code == CURLE_OK else {
      return .failed(
        code, detail: String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    var status = 0
    ferry_curl_response_code(curl, &status)
    return .answered(HTTPResponse(status: status, headers: state.headers, body: state.body))
  }

  private func configure(_ curl: UnsafeMutableRawPointer, idleSeconds: Int, me: UnsafeMutableRawPointer) {
    ferry_curl_setopt_long(curl, CURLOPT_NOSIGNAL, 1)
    ferry_curl_setopt_long(curl, CURLOPT_FOLLOWLOCATION, 0)
    ferry_curl_setopt_long(curl, CURLOPT_SSL_VERIFYPEER, 1)
    ferry_curl_setopt_long(curl, CURLOPT_SSL_VERIFYHOST, 2)
    ferry_curl_setopt_pointer(curl, CURLOPT_PROTOCOLS_STR, "http,https")
    ferry_curl_setopt_long(curl, CURLOPT_CONNECTTIMEOUT, idleSeconds)
    ferry_curl_setopt_data_callback(curl, CURLOPT_WRITEFUNCTION, collectBody)
    ferry_curl_setopt_pointer(curl, CURLOPT_WRITEDATA, me)
    ferry_curl_setopt_data_callback(curl, CURLOPT_HEADERFUNCTION, collectHeader)
    ferry_curl_setopt_pointer(curl, CURLOPT_HEADERDATA, me)
    ferry_curl_setopt_long(curl, CURLOPT_NOPROGRESS, 0)
    ferry_curl_setopt_progress_callback(curl, checkCancelled)
    ferry_curl_setopt_pointer(curl, CURLOPT_XFERINFODATA, me)
  }
}

// MARK: - libcurl's callbacks (C function pointers: no captures; the transfer comes as `user`)

private func transfer(_ user: UnsafeMutableRawPointer?) -> CurlTransfer? {
  user.map { Unmanaged<CurlTransfer>.fromOpaque($0).takeUnretainedValue() }
}

/// Appends a piece of the body; returning less than was given makes libcurl stop (CURLE_WRITE_ERROR).
private func collectBody(
  _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ user: UnsafeMutableRawPointer?
)
  -> Int
{
  guard let data, let transfer = transfer(user) else { return 0 }
  let bytes = size * count
  let accepted = transfer.received.withLock { received -> Bool in
    guard received.body.count + bytes <= transfer.limit else {
      received.tooLarge = Int64(received.body.count + bytes)
      received.body = Data()
      return false
    }
    received.body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: bytes)
    return true
  }
  return accepted ? bytes : 0
}

/// Keeps each `Name: value` header (names lower-cased); a status line starts a new set (after a
/// `100 Continue`).
///
/// An announced Content-Length over the limit stops the transfer at once.
private func collectHeader(
  _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ user: UnsafeMutableRawPointer?
) -> Int {
  guard let data, let transfer = transfer(user) else { return 0 }
  let bytes = size * count
  let line = String(decoding: UnsafeRawBufferPointer(start: data, count: bytes), as: UTF8.self)
  let accepted = transfer.received.withLock { received -> Bool in
    if line.hasPrefix("HTTP/") {
      received.headers = [:]
      return true
    }
    guard let colon = line.firstIndex(of: ":") else { return true }
    let name = line[..<colon].lowercased()
    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
    if name == "content-length", let announced = Int64(value), announced > transfer.limit {
      received.tooLarge = announced
      return false
    }
    received.headers[name] = value
    return true
  }
  return accepted ? bytes : 0
}

/// Called about once a second, and on every byte moved.
///
/// Non-zero aborts the transfer
/// (CURLE_ABORTED_BY_CALLBACK): when the caller's task is cancelled, or when nothing has moved for the
/// timeout — an idle timeout, as the AWS CLI's read timeout is (libcurl's own low-speed check averages
/// over several seconds and misses a short one).
private func checkCancelled(
  _ user: UnsafeMutableRawPointer?, _ downloadTotal: curl_off_t, _ downloaded: curl_off_t, _ uploadTotal: curl_off_t,
  _ uploaded: curl_off_t
) -> Int32 {
  guard let transfer = transfer(user) else { return 1 }
  if transfer.cancelled.load(ordering: .relaxed) { return 1 }
  let now = ContinuousClock.now
  let idle = transfer.received.withLock { received -> Bool in
    let moved = Int64(downloaded) + Int64(uploaded)
    if moved != received.moved {
      received.moved = moved
      received.lastActivity = now
    }
    received.timedOut = now - received.lastActivity > transfer.timeout
    return received.timedOut
  }
  return idle ? 1 : 0
}
