import AWSSigning
import FerryCloud
import Foundation
import Logging

/// Sends one AWS call: resolves the endpoint, signs, sends, retries as the SDKs' standard mode does,
/// corrects clock skew, fetches expired cached credentials again once, and turns failures into `AWSError`.
///
/// All I/O goes through the injected transport, sleeper and wire log; time and randomness are injected
/// too, so every path can be run in tests without a network or a wait. Never creates a `Logger`.
///
/// Spec: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html (standard mode).
public struct ServiceClient: Sendable {
  public struct Dependencies: Sendable {
    public var transport: any HTTPTransport
    public var signer: any RequestSigning
    public var credentials: any CredentialProvider
    public var sleeper: any Sleeper
    /// A number in [0, 1) for the backoff jitter.
    public var random: @Sendable () -> Double
    public var now: @Sendable () -> Date
    public var wireLog: WireLog?
    public var logger: Logger?

    public init(
      transport: any HTTPTransport, signer: any RequestSigning, credentials: any CredentialProvider,
      sleeper: any Sleeper = TaskSleeper(), random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
      now: @escaping @Sendable () -> Date = { Date() }, wireLog: WireLog? = nil, logger: Logger? = nil
    ) {
      self.transport = transport
      self.signer = signer
      self.credentials = credentials
      self.sleeper = sleeper
      self.random = random
      self.now = now
      self.wireLog = wireLog
      self.logger = logger
    }
  }

  public var endpoints: EndpointResolver
  public var retryPolicy: RetryPolicy
  public var timeout: Duration
  /// Where the credentials come from, for error messages ("profile prod").
  public var credentialsLabel: String
  let dependencies: Dependencies
  let state: ClientState

  public init(
    endpoints: EndpointResolver, retryPolicy: RetryPolicy = .standard, timeout: Duration = .seconds(60),
    credentialsLabel: String, dependencies: Dependencies
  ) {
    self.endpoints = endpoints
    self.retryPolicy = retryPolicy
    self.timeout = timeout
    self.credentialsLabel = credentialsLabel
    self.dependencies = dependencies
    self.state = ClientState()
  }

  /// The retry quota left, for tests and `ferry info`.
  public var availableRetryQuota: Int { get async { await state.availableQuota } }

  /// Now, as this client signs it: the injected clock plus any correction a server's `Date` taught it.
  public var signingDate: Date {
    get async { dependencies.now().addingTimeInterval(await state.clockOffset) }
  }

  /// Sends `request` until it succeeds or may not be retried; returns the 2xx answer.
  public func send(_ request: ServiceRequest) async throws -> HTTPResponse {
    let endpoint = try endpoints.endpoint(for: request.service, region: request.region)
    let url = try request.url(endpoint: endpoint)
    try LoopbackPolicy.check(url)
    var attempt = 1
    var lastRetryCost: Int?
    var skewCorrected = false
    var credentialsRefreshed = false
    while true {
      let context = ErrorClassifier.Context(
        operation: request.operation, region: request.region, credentialsLabel: credentialsLabel, attempts: attempt,
        subject: request.subject)
      let credentials: Credentials
      do {
        credentials = try await dependencies.credentials.credentials()
      } catch {
        throw ErrorClassifier.credentialsUnavailable(error, context: context)
      }
      let offset = await state.clockOffset
      let signedAt = dependencies.now().addingTimeInterval(offset)
      let signed = dependencies.signer.signHeaders(
        HTTPRequest(method: request.method, url: url, headers: request.headers, body: request.body),
        credentials: credentials, region: request.region, service: request.service.signingName, date: signedAt)
      dependencies.wireLog?.request(signed, operation: request.operation, attempt: attempt)

      let failure: RetryPolicy.Failure
      let finalError: AWSError
      let started = ContinuousClock.now
      do {
        let response = try await dependencies.transport.send(signed, timeout: timeout)
        dependencies.wireLog?.response(response, operation: request.operation, seconds: seconds(since: started))
        if (200..<300).contains(response.status) {
          await state.releaseAfterSuccess(lastRetryCost: lastRetryCost)
          return response
        }
        let envelope = Self.envelope(of: response, format: request.errorFormat)
        if !credentialsRefreshed, let code = envelope?.code, Self.expiredCredentialCodes.contains(code),
          let cache = dependencies.credentials as? CachingCredentialProvider
        {
          // Session credentials can be revoked or expire early; fetch them again once before giving up.
          credentialsRefreshed = true
          await cache.invalidate()
          note("credentials expired (\(code)); fetching them again and retrying", request)
          continue
        }
        if !skewCorrected,
          let skew = ClockSkew.correction(
            code: envelope?.code, serverDate: response.headers["date"], signedAt: signedAt)
        {
          skewCorrected = true
          // From the offset this attempt signed with, not the shared one: calls corrected at the
          // same time must not add their corrections up.
          await state.updateClockOffset(offset + skew)
          note("clock skew of \(Int(skew)) s (\(envelope?.code ?? "")); re-signing and retrying", request)
          continue
        }
        failure = .service(status: response.status, code: envelope?.code)
        finalError = ErrorClassifier.serviceError(status: response.status, envelope: envelope, context: context)
      } catch var error as AWSError where error.kind != .network || error.code == "TLSFailure" {
        // A transport that refuses to send (a CA bundle it cannot honour), an answer too large to take,
        // or a certificate that does not verify is not a network hiccup: retrying cannot help.
        if error.kind != .configuration { error.message = "\(context.call): \(error.message)" }
        throw error
      } catch let error as AWSError {
        dependencies.wireLog?.note(
          "no answer after \(String(format: "%.3f", seconds(since: started))) s: \(error.message)",
          operation: request.operation)
        failure = .connection(
          timedOut: error.code == CurlTransport.timeoutCode,
          neverSent: CurlTransport.neverSentCodes.contains(error.code))
        finalError = ErrorClassifier.networkError(error, context: context)
      }

      let decision = retryPolicy.decide(
        attempt: attempt, failure: failure, quotaAvailable: await state.availableQuota, random: dependencies.random(),
        idempotent: request.isIdempotent)
      if case .retry(let delay, let cost) = decision, await state.acquire(cost) {
        note(
          "retry \(attempt + 1)/\(retryPolicy.maxAttempts) in \(String(format: "%.3f", delay)) s after \(finalError.code)",
          request)
        try await dependencies.sleeper.sleep(seconds: delay)
        attempt += 1
        lastRetryCost = cost
        continue
      }
      if case .giveUp(let reason) = decision, RetryPolicy.isRetryable(failure) {
        note("giving up: \(reason)", request)
      }
      throw finalError
    }
  }

  /// Codes after which cached credentials are fetched again once.
  static let expiredCredentialCodes: Set<String> = ["ExpiredToken", "ExpiredTokenException"]

  /// The error an unsuccessful answer carries, in the service's format (falling back to the other).
  static func envelope(of response: HTTPResponse, format: ServiceRequest.ErrorFormat) -> ErrorEnvelope? {
    let requestId = response.headers["x-amzn-requestid"] ?? response.headers["x-amz-request-id"]
    switch format {
    case .xml:
      return ErrorEnvelope.fromXML(response.body)
        ?? ErrorEnvelope.fromJSON(response.body, headerType: nil, requestId: requestId)
    case .json:
      var envelope =
        ErrorEnvelope.fromJSON(response.body, headerType: response.headers["x-amzn-errortype"], requestId: requestId)
        ?? ErrorEnvelope.fromXML(response.body)
      if envelope?.requestId == nil { envelope?.requestId = requestId }
      return envelope
    }
  }

  private func note(_ text: String, _ request: ServiceRequest) {
    dependencies.wireLog?.note(text, operation: request.operation)
    dependencies.logger?.debug(
      "\(text)", metadata: ["aws.operation": "\(request.operation)", "aws.region": "\(request.region)"])
  }

  private func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }
}
