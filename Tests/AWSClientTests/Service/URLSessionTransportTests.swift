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
  let response = try await URLSessionTransport().send(
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
  let response = try await URLSessionTransport().send(try request(server.baseURL + "/"), timeout: .seconds(5))
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
    _ = try await URLSessionTransport().send(try request(url), timeout: .seconds(5))
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
    try await URLSessionTransport().send(try request(server.baseURL + "/"), timeout: .milliseconds(300))
  }
  #expect(error?.code == URLSessionTransport.timeoutCode)
  #expect(error?.kind == .network)
}

@Test func aCABundleCannotBeHonouredAndSaysSo() async throws {
  let error = await #expect(throws: AWSError.self) {
    try await URLSessionTransport(caBundle: "/etc/corp-ca.pem").send(
      try request("https://ec2.us-east-1.amazonaws.com/"), timeout: .seconds(1))
  }
  #expect(error?.kind == .configuration)
  #expect(error?.code == "CABundleUnsupported")
  #expect(error?.message.contains("/etc/corp-ca.pem") == true)
}

@Test func theSystemTrustStoreAsABundleIsWhatLibcurlUsesAnyway() throws {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ca-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  let store = directory.appendingPathComponent("ca-certificates.crt")
  try Data("-----BEGIN CERTIFICATE-----\nsystem\n".utf8).write(to: store)
  let link = directory.appendingPathComponent("link.pem")
  try FileManager.default.createSymbolicLink(at: link, withDestinationURL: store)
  let copy = directory.appendingPathComponent("copy.pem")
  try Data("-----BEGIN CERTIFICATE-----\nsystem\n".utf8).write(to: copy)
  let corporate = directory.appendingPathComponent("corp.pem")
  try Data("-----BEGIN CERTIFICATE-----\ncorp\n".utf8).write(to: corporate)

  #expect(URLSessionTransport.isSystemTrustStore(store.path, stores: [store.path]))
  #expect(URLSessionTransport.isSystemTrustStore(link.path, stores: [store.path]))
  #expect(URLSessionTransport.isSystemTrustStore(copy.path, stores: [store.path]))
  #expect(!URLSessionTransport.isSystemTrustStore(corporate.path, stores: [store.path]))
  #expect(!URLSessionTransport.isSystemTrustStore(directory.appendingPathComponent("missing.pem").path, stores: [store.path]))
}

// MARK: - Answers too large to take

@Test func anAnswerOverTheLimitIsRefusedNotBuffered() async throws {
  let server = try LoopbackHTTPServer { _ in .init(body: String(repeating: "<item/>", count: 20_000)) }
  defer { server.stop() }
  let transport = URLSessionTransport(maximumResponseBytes: 64 * 1024)
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
  let response = try await URLSessionTransport(maximumResponseBytes: 64 * 1024).send(
    try request(server.baseURL + "/"), timeout: .seconds(5))
  #expect(response.body.count == 64 * 1024)
}
