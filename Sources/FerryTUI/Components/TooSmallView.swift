import Terminal

/// What shows when the window is below the minimum: a plain request to enlarge it, never garbage.
enum TooSmallView {
  static func render(width: Int, height: Int, into canvas: inout Canvas) {
    let area = Rect(width: width, height: height)
    canvas.clear(area)
    let lines = [
      "ferry needs \(Layout.minimumWidth)×\(Layout.minimumHeight)",
      "this window is \(width)×\(height)",
      "enlarge the window",
    ]
    let top = max(0, (height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let x = max(0, (width - DisplayWidth.of(line)) / 2)
      canvas.text(line, x: x, y: top + offset, offset == 2 ? .warning : .text, clip: area)
    }
  }
}
