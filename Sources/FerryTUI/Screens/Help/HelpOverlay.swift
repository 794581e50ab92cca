import Terminal

/// The `?` help: every key binding, by section, generated from the same key map as the footer.
enum HelpOverlay {
  static func render(_ state: AppState, scroll: Int, in body: Rect, into canvas: inout Canvas) {
    canvas.clear(body)
    canvas.box(body, title: "Keys — any key closes, j/k scroll", focused: true)
    let inner = body.inset(by: 1)
    let all = lines()
    let top = min(scroll, max(0, all.count - inner.height))
    for (offset, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
      let y = inner.y + offset
      if line.key.isEmpty {
        canvas.text(" " + line.help, x: inner.x, y: y, .title, clip: inner)
      } else {
        canvas.text("   " + Format.pad(line.key, 12), x: inner.x, y: y, .keyHint, clip: inner)
        canvas.text(line.help, x: inner.x + 15, y: y, .text, clip: inner)
      }
    }
  }

  /// The help as (key, sentence) lines; section titles have an empty key.
  ///
  /// Pure.
  static func lines() -> [(key: String, help: String)] {
    var out: [(String, String)] = []
    for section in KeyMaps.all {
      out.append(("", section.title))
      for binding in section.bindings { out.append((binding.label, binding.help)) }
    }
    out.append(("", "Command line"))
    out.append((":region R", "List sources in Region R"))
    out.append((":profile P", "Switch to profile P"))
    out.append((":theme T", "Theme: " + CommandLineParser.themeNames.joined(separator: ", ")))
    out.append((":q", "Quit"))
    return out
  }
}
