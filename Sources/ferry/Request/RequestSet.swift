import FerryCore
import FerryRules

/// The request documents one command line stands for: usually one (a single copy, or a fan-out with
/// `destinations`), or a list when the copies of a fan-out need different names.
///
/// Pure. Two AMIs in one Region cannot share a name, so a fan-out to several Local Zones of one
/// parent Region needs a name per copy (`--name PLACE=NAME`); the one document has a single `name`,
/// so such a fan-out is a list of single-copy documents instead.
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
