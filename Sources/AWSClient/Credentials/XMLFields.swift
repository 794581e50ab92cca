import Foundation

/// The text of the first element of each name in a small XML document (an STS answer or error).
///
/// STS documents nest each field once (`AssumeRoleResult/Credentials/AccessKeyId`,
/// `ErrorResponse/Error/Code`), so the first occurrence by name is the field; text is trimmed and
/// empty text is no field. Malformed XML gives no fields. Parses with `XMLTreeParser`; no I/O.
struct XMLFields {
  private var values: [String: String] = [:]

  init(_ data: Data) {
    guard let tree = try? XMLTreeParser.parse(data, context: "an STS answer") else { return }
    var stack = [tree.root]
    while let element = stack.popLast() {
      let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
      if values[element.name] == nil, !text.isEmpty { values[element.name] = text }
      stack.append(contentsOf: element.children.reversed())
    }
  }

  subscript(name: String) -> String? { values[name] }
}
