extension AWSError.Kind {
  /// The kind of a service's error answer, from AWS's code (and the HTTP status when there is no code).
  ///
  /// The one classification of service codes: the live client (`ErrorClassifier`), the sandbox's
  /// errors and the journal's older records (written before the kind was kept) all take it from here,
  /// so an exit status or the status pane never guesses again. Pure.
  public init(serviceCode code: String?, httpStatus: Int?) {
    guard let code, !code.isEmpty else {
      self = httpStatus == 401 || httpStatus == 403 ? .credentials : .service
      return
    }
    if Self.throttlingCodes.contains(code) {
      self = .throttling
    } else if Self.credentialCodes.contains(code) || Self.refusedAccountCodes.contains(code) {
      self = .credentials
    } else {
      self = .service
    }
  }

  /// Throttling: botocore's `ThrottledRetryableChecker._THROTTLED_ERROR_CODES`.
  public static let throttlingCodes: Set<String> = [
    "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
    "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
    "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
    "PriorRequestNotComplete", "EC2ThrottledException",
  ]

  /// The credentials were refused or lack a permission.
  public static let credentialCodes: Set<String> = [
    "AuthFailure", "UnauthorizedOperation", "InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken",
    "ExpiredTokenException", "UnrecognizedClientException", "InvalidSignatureException", "AccessDeniedException",
    "AccessDenied", "IncompleteSignature", "MissingAuthenticationToken",
  ]

  /// The account may not use what was asked for: not opted in to the Region or zone, or blocked.
  ///
  /// Not authorised, like a missing permission: other credentials or an opt-in cure it, a retry does not.
  public static let refusedAccountCodes: Set<String> = ["OptInRequired", "Blocked"]
}
