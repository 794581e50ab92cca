import FerryCloud
import Foundation
import Synchronization

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The URLSession delegate that collects each answer's body, up to a limit, and declines redirects.
///
/// A hostile or broken endpoint can stream without end; `URLSession.data(for:)` would buffer it all
/// and the process would run out of memory. Here an answer that announces or reaches more than
/// `limit` bytes is cancelled at once. Never follows a redirect: AWS never sends one to a signed call,
/// and following it would resend the signature elsewhere. Holds no I/O of its own.
final class BoundedTransfers: NSObject, URLSessionDataDelegate, Sendable {
  /// An answer that grew past the limit (`AWSError.code` "ResponseTooLarge").
  struct TooLarge: Error {
    var bytes: Int64
  }

  private struct Transfer {
    var body = Data()
    var limit: Int
    var tooLarge: Int64?
    var continuation: CheckedContinuation<(Data, URLResponse), any Error>
  }

  private let transfers = Mutex<[Int: Transfer]>([:])

  /// Starts `task` and returns its body and response once it completes.
  func run(_ task: URLSessionDataTask, limit: Int) async throws -> (Data, URLResponse) {
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        transfers.withLock { $0[task.taskIdentifier] = Transfer(limit: limit, continuation: continuation) }
        task.resume()
      }
    } onCancel: {
      task.cancel()
    }
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
  ) {
    let announced = response.expectedContentLength
    let refused = transfers.withLock { all -> Bool in
      guard let limit = all[dataTask.taskIdentifier]?.limit, announced > Int64(limit) else { return false }
      all[dataTask.taskIdentifier]?.tooLarge = announced
      return true
    }
    completionHandler(refused ? .cancel : .allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    let overflow = transfers.withLock { all -> Bool in
      guard var transfer = all[dataTask.taskIdentifier], transfer.tooLarge == nil else { return false }
      if transfer.body.count + data.count > transfer.limit {
        transfer.tooLarge = Int64(transfer.body.count + data.count)
        transfer.body = Data()
        all[dataTask.taskIdentifier] = transfer
        return true
      }
      transfer.body.append(data)
      all[dataTask.taskIdentifier] = transfer
      return false
    }
    if overflow { dataTask.cancel() }
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
    guard let transfer = transfers.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
    if let bytes = transfer.tooLarge {
      transfer.continuation.resume(throwing: TooLarge(bytes: bytes))
    } else if let error {
      transfer.continuation.resume(throwing: error)
    } else if let response = task.response {
      transfer.continuation.resume(returning: (transfer.body, response))
    } else {
      transfer.continuation.resume(throwing: URLError(.badServerResponse))
    }
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
  ) {
    completionHandler(nil)
  }
}
