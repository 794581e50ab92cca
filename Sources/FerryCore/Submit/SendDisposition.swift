import FerryCloud

/// What an error answer to a copy call means for the copy.
///
/// Pure.
///
/// - `dryRunSucceeded`: `DryRunOperation`, the dry run passed; no copy exists.
/// - `notCreated`: EC2 answered and made nothing, but asks to try later (`RequestLimitExceeded`,
///   `ResourceLimitExceeded`): the record goes back to `planned`.
/// - `unknownOutcome`: no answer was understood (network, unreadable response, HTTP 5xx): the copy
///   may exist; the record stays `sending` and is re-sent with the same token.
/// - `rejected`: EC2 refused the request for good (bad parameter, no permission).
enum SendDisposition: Equatable {
  case dryRunSucceeded, notCreated, unknownOutcome, rejected

  init(_ error: AWSError) {
    if error.isDryRunSuccess {
      self = .dryRunSucceeded
    } else if error.code == "ResourceLimitExceeded" || error.kind == .throttling {
      self = .notCreated
    } else if error.kind == .network || error.kind == .invalidResponse || (error.httpStatus ?? 0) >= 500 {
      self = .unknownOutcome
    } else {
      self = .rejected
    }
  }
}
