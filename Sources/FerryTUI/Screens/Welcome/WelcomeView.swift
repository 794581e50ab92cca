import Terminal

/// Shown when no credentials were found: what ferry looked for, in plain words, and the way on.
enum WelcomeView {
  static func render(_ info: NoCredentials, in body: Rect, into canvas: inout Canvas) {
    var lines: [(String, ThemeRole)] = [
      (info.headline, .title),
      ("", .text),
      ("ferry looked for:", .text),
    ]
    lines += info.lookedFor.map { ("  • " + $0, .dim) }
    if let reason = info.reason {
      lines += [("", .text), ("ferry could not open the account: " + reason, .warning)]
    }
    lines += [
      ("", .text),
      (
        "To use your account: set AWS_PROFILE or AWS_ACCESS_KEY_ID, run `aws configure` or `aws sso login --profile NAME`, then start ferry again.",
        .text
      ),
      ("", .text),
    ]
    if info.sandboxAvailable {
      lines.append(
        (
          "Press s to try ferry on the built-in sandbox, a simulated account (nothing is sent to AWS). Press q to quit.",
          .ok
        ))
    } else {
      lines.append(("Press q to quit.", .text))
    }
    var y = body.y + 1
    for (text, role) in lines {
      let indent = text.hasPrefix("  • ") ? 4 : 0
      for line in Canvas.wrap(text, width: body.width - 4, indent: indent) {
        guard y < body.maxY else { return }
        canvas.text(line, x: body.x + 2, y: y, role, clip: body)
        y += 1
      }
    }
  }
}
