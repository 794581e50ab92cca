import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A tiny blocking HTTP/1.1 server on 127.0.0.1 for tests: one background thread accepts connections one
/// at a time, answers each request with `handler`, and closes the connection.
///
/// Test helper standing in for the metadata service, the container endpoint, STS and the SSO portal; it
/// binds an ephemeral loopback port and records every request it saw. Call `stop()` when done.
final class LoopbackHTTPServer: Sendable {
  struct Request: Sendable {
    var method: String
    /// The request target: path and query as sent.
    var target: String
    /// Header names lower-cased.
    var headers: [String: String]
    var body: Data

    var bodyText: String { String(decoding: body, as: UTF8.self) }
  }

  struct Response: Sendable {
    var status: Int
    var body: Data
    var headers: [String: String]

    init(status: Int = 200, body: String = "", headers: [String: String] = [:]) {
      self.status = status
      self.body = Data(body.utf8)
      self.headers = headers
    }
  }

  struct StartError: Error, CustomStringConvertible {
    var step: String
    var description: String { "loopback server: \(step) failed (errno \(errno))" }
  }

  let port: UInt16
  private let listener: Int32
  private let handler: @Sendable (Request) -> Response
  private let recorded = Mutex<[Request]>([])

  init(handler: @escaping @Sendable (Request) -> Response) throws {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw StartError(step: "socket") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(fd, 16) == 0 else {
      close(fd)
      throw StartError(step: "bind/listen")
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    port = UInt16(bigEndian: address.sin_port)
    listener = fd
    self.handler = handler
    Thread.detachNewThread { [self] in acceptLoop() }
  }

  var baseURL: String { "http://127.0.0.1:\(port)" }

  var requests: [Request] { recorded.withLock { $0 } }

  /// Shuts the listening socket down; the accept loop wakes, closes it and ends.
  ///
  /// The loop closes it, not `stop()`, so its descriptor number cannot be reused by another server while
  /// the loop still uses it.
  func stop() {
    shutdown(listener, Int32(SHUT_RDWR))
  }

  private func acceptLoop() {
    while true {
      let client = accept(listener, nil, nil)
      if client < 0 {
        if errno == EINTR { continue }
        close(listener)
        return
      }
      var timeout = timeval(tv_sec: 2, tv_usec: 0)
      setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
      if let request = readRequest(client) {
        recorded.withLock { $0.append(request) }
        write(handler(request), to: client)
      }
      close(client)
    }
  }

  private func readRequest(_ client: Int32) -> Request? {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    let separator = Data("\r\n\r\n".utf8)
    while data.range(of: separator) == nil {
      let count = recv(client, &buffer, buffer.count, 0)
      if count <= 0 { return nil }
      data.append(contentsOf: buffer[0..<count])
    }
    guard let end = data.range(of: separator) else { return nil }
    let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
    let requestLine = head[0].split(separator: " ")
    guard requestLine.count >= 2 else { return nil }
    var headers: [String: String] = [:]
    for line in head.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    var body = Data(data[end.upperBound...])
    let expected = Int(headers["content-length"] ?? "0") ?? 0
    while body.count < expected {
      let count = recv(client, &buffer, buffer.count, 0)
      if count <= 0 { break }
      body.append(contentsOf: buffer[0..<count])
    }
    return Request(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: body)
  }

  private func write(_ response: Response, to client: Int32) {
    var head = "HTTP/1.1 \(response.status) Status\r\nContent-Length: \(response.body.count)\r\nConnection: close\r\n"
    for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
    let bytes = Data((head + "\r\n").utf8) + response.body
    bytes.withUnsafeBytes { raw in
      var sent = 0
      while sent < raw.count {
        let count = send(client, raw.baseAddress.map { $0 + sent }, raw.count - sent, Int32(MSG_NOSIGNAL))
        if count <= 0 { return }
        sent += count
      }
    }
  }
}
