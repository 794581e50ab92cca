import AWSClient
import FerryCloud
import Foundation
import Testing

private func request(_ url: String, method: String = "POST", body: String = "") throws -> HTTPRequest {
  HTTPRequest(method: method, url: try #require(URL(string: url)), headers: ["X-Test": "1"], body: Data(body.utf8))
}

// MARK: - Over loopback

@Test func sendsAndReceivesOverLoopback() async throws {
  let server = try LoopbackHTTPServer { _ in
    .init(status: 400, body: "<Response/>", headers: ["X-Amzn-RequestId": "abc", "Content-Type": "text/xml"])
  }
  defer { server.stop() }
  let response = try await CurlTransport().send(
    try request(server.baseURL + "/", body: "Action=DescribeRegions"), timeout: .seconds(5))
  #expect(response.status == 400)
  #expect(response.headers["x-amzn-requestid"] == "abc")
  #expect(String(decoding: response.body, as: UTF8.self) == "<Response/>")
  let seen = try #require(server.requests.first)
  #expect(seen.method == "POST")
  #expect(seen.bodyText == "Action=DescribeRegions")
  #expect(seen.headers["x-test"] == "1")
}

@Test func redirectsAreNotFollowed() async throws {
  let server = try LoopbackHTTPServer { _ in .init(status: 307, headers: ["Location": "http://127.0.0.1:9/elsewhere"]) }
  defer { server.stop() }
  let response = try await CurlTransport().send(try request(server.baseURL + "/"), timeout: .seconds(5))
  #expect(response.status == 307)
  #expect(server.requests.count == 1)
}

// MARK: - Failures in plain words

@Test func aClosedPortIsARefusedConnection() async throws {
  let server = try LoopbackHTTPServer { _ in .init() }
  let url = server.baseURL + "/"
  server.stop()
  try await Task.sleep(for: .milliseconds(50))
  do {
    _ = try await CurlTransport().send(try request(url), timeout: .seconds(5))
    Issue.record("a closed port answered")
  } catch let error as AWSError {
    #expect(error.kind == .network)
    #expect(error.code == "ConnectionRefused")
    #expect(error.message.hasPrefix("could not connect to 127.0.0.1:"))
  }
}

@Test func aSilentServerTimesOut() async throws {
  let server = try LoopbackHTTPServer { _ in
    Thread.sleep(forTimeInterval: 2)
    return .init()
  }
  defer { server.stop() }
  let error = await #expect(throws: AWSError.self) {
    try await CurlTransport().send(try request(server.baseURL + "/"), timeout: .milliseconds(300))
  }
  #expect(error?.code == CurlTransport.timeoutCode)
  #expect(error?.kind == .network)
}

@Test func anUnreadableCABundleIsAConfigurationErrorAndNothingIsSent() async throws {
  let server = try LoopbackHTTPServer { _ in .init() }
  defer { server.stop() }
  let error = await #expect(throws: AWSError.self) {
    try await CurlTransport(caBundle: "/nonexistent/corp-ca.pem").send(
      try request(server.baseURL + "/"), timeout: .seconds(1))
  }
  #expect(error?.kind == .configuration)
  #expect(error?.code == "CABundleUnreadable")
  #expect(error?.message.contains("/nonexistent/corp-ca.pem") == true)
  #expect(server.requests.isEmpty)
}

// MARK: - Cancelling

/// The server holds its answer for 30 s; a cancelled call must end long before. (The bound is loose:
/// under the whole suite on two cores a task can wait seconds for a thread.)
@Test func aCancelledCallStopsWaitingAtOnce() async throws {
  let server = try LoopbackHTTPServer { _ in
    Thread.sleep(forTimeInterval: 30)
    return .init()
  }
  defer { server.stop() }
  let started = ContinuousClock.now
  let call = Task { try await CurlTransport().send(try request(server.baseURL + "/"), timeout: .seconds(60)) }
  try await Task.sleep(for: .milliseconds(200))
  call.cancel()
  await #expect(throws: CancellationError.self) { try await call.value }
  #expect(ContinuousClock.now - started < .seconds(15), "the cancelled call waited for the answer")
}

// MARK: - Answers too large to take

@Test func anAnswerOverTheLimitIsRefusedNotBuffered() async throws {
  let server = try LoopbackHTTPServer { _ in .init(body: String(repeating: "<item/>", count: 20_000)) }
  defer { server.stop() }
  let transport = CurlTransport(maximumResponseBytes: 64 * 1024)
  let error = await #expect(throws: AWSError.self) {
    try await transport.send(try request(server.baseURL + "/"), timeout: .seconds(5))
  }
  #expect(error?.kind == .invalidResponse)
  #expect(error?.code == "ResponseTooLarge")
  #expect(error?.message.contains("over ferry's limit") == true)
}

@Test func anAnswerAtTheLimitIsTaken() async throws {
  let body = String(repeating: "x", count: 64 * 1024)
  let server = try LoopbackHTTPServer { _ in .init(body: body) }
  defer { server.stop() }
  let response = try await CurlTransport(maximumResponseBytes: 64 * 1024).send(
    try request(server.baseURL + "/"), timeout: .seconds(5))
  #expect(response.body.count == 64 * 1024)
}
