import FerryCore
import FerryRules

/// The request documents one command stands for: one (a single copy, or a fan-out with
/// `destinations`), or the list a REQUEST file holds when it is a JSON array of documents.
///
/// Pure.
struct RequestSet: Equatable {
  var documents: [CopyRequest]
  /// True when the input was (or must be written as) a JSON array of documents.
  var isList: Bool

  /// Every single copy, in order: each document's destinations in turn.
  var copies: [CopyRequest] { documents.flatMap(FanOutQueue.singleCopies) }

  /// True when results are printed as an array (one per copy).
  var isFanOut: Bool { isList || documents.contains { $0.destinations != nil } }

  /// The documents as `--print-request` prints them.
  var json: JSONValue {
    isList ? .array(documents.map(RequestDocument.json)) : (documents.first.map(RequestDocument.json) ?? .null)
  }
}
