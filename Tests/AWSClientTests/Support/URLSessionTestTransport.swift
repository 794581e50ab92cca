import AWSClient
import FerryCloud
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A minimal ``HTTPTransport`` over URLSession for the credential tests, which talk only to
/// ``LoopbackHTTPServer``.
///
/// Test helper; the client module's own transport replaces it in production.
struct URLSessionTestTransport: HTTPTransport {
  private let session = URLSession(configuration: .ephemeral)

  func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
    var urlRequest = URLRequest(url: request.url)
    urlRequest.httpMethod = request.method
    for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
    if !request.body.isEmpty { urlRequest.httpBody = request.body }
    urlRequest.timeoutInterval = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
    let data: Data
    let response: URLResponse
    do {
      (data, response) = try await session.data(for: urlRequest)
    } catch {
      throw AWSError(kind: .network, code: "NetworkError", message: "no answer from \(request.url.host() ?? "?")")
    }
    guard let http = response as? HTTPURLResponse else {
      throw AWSError(kind: .network, code: "NetworkError", message: "not an HTTP answer")
    }
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
      if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
    }
    return HTTPResponse(status: http.statusCode, headers: headers, body: data)
  }
}
