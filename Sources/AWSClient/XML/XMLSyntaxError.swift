/// Why a document's bytes are not XML that ferry reads, in the words a user sees.
///
/// `XMLTreeParser` puts `detail` inside its `AWSError` message. Plain data; never holds the document.
struct XMLSyntaxError: Error, Equatable {
  enum Reason: Equatable {
    /// Bytes that are not UTF-8: AWS answers in UTF-8 only.
    case notUTF8
    /// A construct AWS never sends ("a processing instruction", "a document type declaration").
    case unsupported(String)
    /// Anything else, in a few plain words ("</b> does not close <a>").
    case malformed(String)
  }

  var reason: Reason
  /// The line (from 1) where the problem was found; only shown for `.malformed`.
  var line: Int

  /// What goes between the parentheses of "is not valid XML (…)".
  var detail: String {
    switch reason {
    case .notUTF8: "it is not UTF-8 text"
    case .unsupported(let construct): "it contains \(construct), which AWS never sends"
    case .malformed(let reason): "line \(line): \(reason)"
    }
  }
}
