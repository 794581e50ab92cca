import FerryCloud

/// What an error answer to a copy call means for the copy.
///
/// Pure.
///
/// - `dryRunSucceeded`: `DryRunOperation`, the dry run passed; no copy exists.
/// - `notCreated`: EC2 made nothing because too many copies are in flight (`ResourceLimitExceeded`):
///   the record goes back to `planned` and waits for a free slot.
/// - `unknownOutcome`: no answer was understood (network, unreadable response, HTTP 5xx): the copy
///   may exist; the record stays `sending` and is re-sent with the same token.
/// - `rejected`: EC2 refused the request and made nothing: a bad parameter, no permission, or
///   throttling that outlasted the client's retries (`RequestLimitExceeded` after `AWS_MAX_ATTEMPTS`
///   attempts) — ferry gives up where the SDKs give up, and says to try again later.
enum SendDisposition: Equatable {
  case dryRunSucceeded, notCreated, unknownOutcome, rejected

  init(_ error: AWSError) {
    if error.isDryRunSuccess {
      self = .dryRunSucceeded
    } else if error.code == "ResourceLimitExceeded" {
      self = .notCreated
    } else if error.kind == .throttling {
      // Throttled (HTTP 503 RequestLimitExceeded): EC2 did nothing, whatever the status says.
      self = .rejected
    } else if error.kind == .network || error.kind == .invalidResponse || (error.httpStatus ?? 0) >= 500 {
      self = .unknownOutcome
    } else {
      self = .rejected
    }
  }
}
