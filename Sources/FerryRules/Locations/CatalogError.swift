/// Why a zones or Outposts document could not be read; `description` is one line naming the document.
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `zones` or `outposts`.
  public var document: String
  public var reason: String

  public init(document: String, reason: String) {
    self.document = document
    self.reason = reason
  }

  public var description: String { "\(document) catalog: \(reason)" }
}
