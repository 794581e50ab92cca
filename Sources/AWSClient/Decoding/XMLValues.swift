import FerryCloud
import FerryRules

/// Small readers shared by the EC2 decoders: optional text, tags, tokens, required ids.
///
/// Pure: no I/O.
enum XMLValues {
  /// The child's text, or `nil` when it is absent or empty.
  static func optional(_ element: XMLElement, _ name: String) -> String? {
    guard let text = element.string(name), !text.isEmpty else { return nil }
    return text
  }

  /// A child that must be there; its absence means the answer is not what EC2 sends.
  static func required(_ element: XMLElement, _ name: String, in operation: String) throws(AWSError) -> String {
    guard let text = optional(element, name) else {
      throw AWSError(
        kind: .invalidResponse, code: "MissingField",
        message: "The answer to \(operation) has an entry without <\(name)>")
    }
    return text
  }

  /// `tagSet` > `item` { `key`, `value` }.
  static func tags(_ element: XMLElement) -> [Tag] {
    element.items("tagSet").map(tag)
  }

  /// One `item` { `key`, `value` } of a `tagSet`.
  static func tag(_ item: XMLElement) -> Tag {
    var tag = Tag(key: "", value: "")
    item.forEachChild { field in
      switch field.name {
      case "key": tag.key = field.text
      case "value": tag.value = field.text
      default: break
      }
    }
    return tag
  }

  /// A paging token; an empty token means "no more pages", as botocore's paginator treats it.
  static func token(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
  }

  static func unexpected(_ what: String, _ value: String, of id: String) -> AWSError {
    AWSError(
      kind: .invalidResponse, code: "UnexpectedValue",
      message: "EC2 reported \(what) \"\(value)\" for \(id), which ferry does not know")
  }
}
