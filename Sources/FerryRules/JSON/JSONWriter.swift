/// Writes a `JSONValue` as text: pretty-printed with two-space indents, members in their stored order.
///
/// Used for `ferry plan --output json`, whose objects are built with sorted keys. Pure.
extension JSONValue {
  /// The value as pretty-printed JSON, without a trailing newline.
  public var prettyText: String {
    var output = ""
    write(into: &output, indent: 0)
    return output
  }

  private func write(into output: inout String, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let text): output += text
    case .string(let text): JSONText.appendString(text, to: &output)
    case .array(let values):
      guard !values.isEmpty else { output += "[]"; return }
      output += "[\n"
      for (position, value) in values.enumerated() {
        output += String(repeating: "  ", count: indent + 1)
        value.write(into: &output, indent: indent + 1)
        output += position == values.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else { output += "{}"; return }
      output += "{\n"
      for (position, member) in members.enumerated() {
        output += String(repeating: "  ", count: indent + 1)
        JSONText.appendString(member.key, to: &output)
        output += ": "
        member.value.write(into: &output, indent: indent + 1)
        output += position == members.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: "  ", count: indent) + "}"
    }
  }
}
