import AWSClient
import AWSSigning
import Foundation

/// An HTTP transport that answers every request with the same status and body.
///
/// The fuzz input becomes the answer of every call a `LiveAccount` operation makes (every page, every
/// DescribeKey), so paging and retry loops see exactly what a misbehaving server or proxy would send.
/// Does no I/O.
struct ScriptedTransport: HTTPTransport {
  let status: Int
  let body: Data

  func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
    HTTPResponse(status: status, headers: ["content-type": "application/x-amz-json-1.1"], body: body)
  }
}

/// A sleeper that returns at once: retries in a fuzz run must cost no time.
struct NoSleeper: Sleeper {
  func sleep(seconds: Double) async throws {}
}

/// Fixed credentials for signing requests that never leave the process.
struct FixedCredentials: CredentialProvider {
  func credentials() async throws -> Credentials {
    Credentials(accessKeyId: "AKIDFUZZ", secretAccessKey: "fuzz-secret")
  }
}
