import FerryRules

/// A `JSONValue` on one line, for `--output jsonl` (one event per line, as `jq -c` prints).
///
/// Pure. Members in their stored order, strings escaped as `prettyText` escapes them.
extension JSONValue {
  var compactText: String {
    var output = ""
    writeCompact(into: &output)
    return output
  }

  private func writeCompact(into output: inout String) {
    switch self {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let text): output += text
    case .string(let text): JSONText.appendString(text, to: &output)
    case .array(let values):
      output += "["
      for (position, value) in values.enumerated() {
        if position > 0 { output += "," }
        value.writeCompact(into: &output)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (position, member) in members.enumerated() {
        if position > 0 { output += "," }
        JSONText.appendString(member.key, to: &output)
        output += ":"
        member.value.writeCompact(into: &output)
      }
      output += "}"
    }
  }
}
