/// The request documents one submission stands for: one (a single copy, or a fan-out with
/// `destinations`), or the list a request file holds when it is a JSON array of documents.
///
/// Pure. Read with `parse`, written with `json`: what one front end writes, every front end reads.
public struct RequestSet: Sendable, Equatable {
  public var documents: [CopyRequest]
  /// True when the input was (or must be written as) a JSON array of documents.
  public var isList: Bool

  public init(documents: [CopyRequest], isList: Bool = false) {
    self.documents = documents
    self.isList = isList
  }

  /// Every single copy, in order: each document's destinations in turn.
  public var copies: [CopyRequest] { documents.flatMap(\.singleCopies) }

  /// True when results are printed as an array (one per copy).
  public var isFanOut: Bool { isList || documents.contains { $0.destinations != nil } }

  /// The documents as a file holds them: one object, or an array of them.
  public var json: JSONValue {
    isList ? .array(documents.map(\.document)) : (documents.first?.document ?? .null)
  }

  /// One document, or a JSON array of documents, each read as strictly as `CopyRequest.parse` reads one.
  public static func parse(_ bytes: [UInt8]) throws(RequestError) -> RequestSet {
    guard bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "[") else {
      return RequestSet(documents: [try CopyRequest.parse(json: bytes)], isList: false)
    }
    let root: JSONValue
    do {
      root = try JSONReader(maxBytes: CopyRequest.maxDocumentBytes).read(bytes)
    } catch {
      throw RequestError(path: "", reason: error.description)
    }
    guard case .array(let items) = root, !items.isEmpty else {
      throw RequestError(path: "", reason: "an array of requests must hold at least one request")
    }
    var documents: [CopyRequest] = []
    for (index, item) in items.enumerated() {
      do throws(RequestError) {
        documents.append(try CopyRequest.parse(document: item))
      } catch {
        throw RequestError(path: "[\(index)]" + (error.path.isEmpty ? "" : "." + error.path), reason: error.reason)
      }
    }
    return RequestSet(documents: documents, isList: true)
  }
}

extension CopyRequest {
  /// The single copies this request stands for, as `planAll` plans them: each destination in turn,
  /// its own `kmsKeyId` and `name` replacing the request's.
  ///
  /// A request without `destinations` is itself.
  public var singleCopies: [CopyRequest] {
    guard let destinations else { return [self] }
    return destinations.map(single)
  }
}
