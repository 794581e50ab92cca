/// Writes a `JSONValue` as text, members in their stored order, strings escaped by `JSONText`.
///
/// The one JSON writer: pretty (two-space indents) for `--output json` and `ferry plan`, compact (one line,
/// as `jq -c` prints) for `--output jsonl`. Pure.
extension JSONValue {
  /// The value as pretty-printed JSON, without a trailing newline.
  public var prettyText: String { text(indent: 0) }

  /// The value on one line, without a trailing newline.
  public var compactText: String { text(indent: nil) }

  private func text(indent: Int?) -> String {
    var output = ""
    write(into: &output, indent: indent)
    return output
  }

  /// `indent` is the current depth when pretty, nil when compact.
  private func write(into output: inout String, indent: Int?) {
    switch self {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let text): output += text
    case .string(let text): JSONText.appendString(text, to: &output)
    case .array(let values):
      writeContainer(values, open: "[", close: "]", into: &output, indent: indent) { value, output, inner in
        value.write(into: &output, indent: inner)
      }
    case .object(let members):
      writeContainer(members, open: "{", close: "}", into: &output, indent: indent) { member, output, inner in
        JSONText.appendString(member.key, to: &output)
        output += inner == nil ? ":" : ": "
        member.value.write(into: &output, indent: inner)
      }
    }
  }

  private func writeContainer<Element>(
    _ elements: [Element], open: String, close: String, into output: inout String, indent: Int?,
    element: (Element, inout String, Int?) -> Void
  ) {
    guard !elements.isEmpty else { output += open + close; return }
    output += open
    guard let indent else {
      for (position, item) in elements.enumerated() {
        if position > 0 { output += "," }
        element(item, &output, nil)
      }
      output += close
      return
    }
    output += "\n"
    for (position, item) in elements.enumerated() {
      output += String(repeating: "  ", count: indent + 1)
      element(item, &output, indent + 1)
      output += position == elements.count - 1 ? "\n" : ",\n"
    }
    output += String(repeating: "  ", count: indent) + close
  }
}
