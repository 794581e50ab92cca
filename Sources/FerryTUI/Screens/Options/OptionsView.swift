import FerryCloud
import FerryRules
import Foundation
import Terminal

/// Draws the options form: one line per field, its findings under it, the key picker over it.
enum OptionsView {
  /// One line of the form as drawn.
  struct Line: Equatable {
    var text: String
    var role: ThemeRole
    var field: OptionsState.Field?
    /// Column of the text cursor when this is the focused text field.
    var cursor: Int?
  }

  static let labelWidth = 16

  static func render(_ state: AppState, in body: Rect, into canvas: inout Canvas) -> CursorPosition? {
    let lines = self.lines(state, width: body.width)
    let focusIndex =
      lines.firstIndex { $0.field == state.options.focus && $0.cursor != nil }
      ?? lines.firstIndex { $0.field == state.options.focus } ?? 0
    let lastOfFocus = lines.lastIndex { $0.field == state.options.focus } ?? focusIndex
    let top = max(0, min(focusIndex, lastOfFocus - body.height + 1))
    var cursor: CursorPosition?
    for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
      let y = body.y + offset
      if line.role == .selection {
        canvas.bar(line.text, row: y, in: body, .selection)
      } else {
        canvas.text(line.text, x: body.x, y: y, line.role, clip: body)
      }
      if let column = line.cursor, state.options.picker == nil { cursor = CursorPosition(x: body.x + column, y: y) }
    }
    if let picker = state.options.picker { renderPicker(picker, state, in: body, into: &canvas) }
    return cursor
  }

  /// The form as lines: pure, so tests check the form's text without a grid.
  static func lines(_ state: AppState, width: Int) -> [Line] {
    let options = state.options
    let resource = state.source.chosen?.resource ?? .image
    var lines: [Line] = []
    for finding in options.findings where finding.field == "source" || finding.field == "destination" {
      for text in Canvas.wrap(" " + mark(finding) + " " + finding.message, width: width, indent: 3) {
        lines.append(Line(text: text, role: role(finding), field: nil))
      }
    }
    for field in options.shownFields(for: resource) {
      let focused = field == options.focus
      let marker = focused ? "▸ " : "  "
      let label = Format.pad(title(field, resource: resource), labelWidth)
      switch field {
      case .name, .description, .duration:
        let input = field == .name ? options.name : field == .description ? options.description : options.duration
        let placeholder = field == .duration ? "(none: a normal copy)" : ""
        let prefix = marker + label + " "
        if focused {
          // Scrolled sideways so the cursor stays in view however long the value grows.
          let shown = input.window(width: width - DisplayWidth.of(prefix), ellipsis: state.theme.glyphs.ellipsis)
          lines.append(
            Line(text: prefix + shown.text, role: .input, field: field, cursor: DisplayWidth.of(prefix) + shown.cursor))
        } else {
          lines.append(Line(text: prefix + (input.text.isEmpty ? placeholder : input.text), role: .text, field: field))
        }
      case .names:
        lines += nameLines(options, focused: focused, width: width, ellipsis: state.theme.glyphs.ellipsis)
      case .keys:
        lines += keyLines(state, focused: focused, width: width)
      case .encrypted:
        lines.append(
          Line(text: marker + label + " " + check(options.encrypted), role: focused ? .selection : .text, field: field))
      case .copyImageTags:
        lines.append(
          Line(
            text: marker + label + " " + check(options.copyImageTags), role: focused ? .selection : .text, field: field)
        )
      case .dryRun:
        lines.append(
          Line(text: marker + label + " " + check(options.dryRun), role: focused ? .selection : .text, field: field))
      case .kmsKey:
        let value = options.kmsKeyId ?? "(default EBS key)"
        lines.append(
          Line(
            text: marker + label + " " + value + (focused ? "   enter: pick" : ""), role: focused ? .selection : .text,
            field: field))
      case .tags:
        let count = options.tags.isEmpty ? "none" : "\(options.tags.count)"
        lines.append(
          Line(
            text: marker + label + " " + count
              + (focused ? "   a add  enter edit  x delete" + (resource == .image ? "  t image/snapshot" : "") : ""),
            role: focused ? .selection : .text, field: field))
        lines += tagLines(options, focused: focused, width: width, ellipsis: state.theme.glyphs.ellipsis)
      case .review:
        let errors = options.errors.count
        let text = errors == 0 ? "[ Review ▸ ]" : "[ Review ▸ ]  \(errors) error\(errors == 1 ? "" : "s") to fix first"
        lines.append(Line(text: marker + text, role: focused ? .selection : errors == 0 ? .ok : .warning, field: field))
      }
      let indent = String(repeating: " ", count: labelWidth + 3)
      if field == .duration, let minutes = Int(options.duration.text.trimmingCharacters(in: .whitespaces)),
        let size = state.source.chosen?.sizeGiB, let rate = Format.throughput(sizeGiB: size, minutes: minutes)
      {
        lines.append(
          Line(
            text: indent + "≈ \(rate) to copy \(size) GiB in \(minutes) min (limit 500 MiB/s a snapshot)", role: .dim,
            field: field))
      }
      for finding in options.findings(for: field) {
        for text in Canvas.wrap(indent + mark(finding) + " " + finding.message, width: width, indent: labelWidth + 5) {
          lines.append(Line(text: text, role: role(finding), field: field))
        }
      }
    }
    return lines
  }

  /// A fan-out's names: one row per place, the proposed name (or the one typed) beside it.
  private static func nameLines(_ options: OptionsState, focused: Bool, width: Int, ellipsis: String) -> [Line] {
    options.targets.enumerated().map { index, target in
      let selected = focused && index == options.targetCursor
      let label = Format.pad(index == 0 ? title(.names, resource: .image) : "", labelWidth)
      let prefix = (selected ? "▸ " : "  ") + label + " " + Format.pad(target.place.name, 20) + " "
      guard selected else { return Line(text: prefix + target.name.text, role: .text, field: .names) }
      let shown = target.name.window(width: width - DisplayWidth.of(prefix), ellipsis: ellipsis)
      return Line(
        text: prefix + shown.text, role: .input, field: .names, cursor: DisplayWidth.of(prefix) + shown.cursor)
    }
  }

  /// A fan-out's keys: one row per place, what its copy is encrypted with.
  private static func keyLines(_ state: AppState, focused: Bool, width: Int) -> [Line] {
    let options = state.options
    let shared = options.kmsKeyId ?? "default EBS key"
    return options.targets.enumerated().map { index, target in
      let selected = focused && index == options.targetCursor
      let label = Format.pad(index == 0 ? title(.keys, resource: .image) : "", labelWidth)
      let value: String
      switch target.key {
      case .shared: value = "\(shared) (as above)"
      case .regionDefault: value = "default EBS key of \(state.region(of: target.place.spec) ?? "its Region")"
      case .key(let key): value = key
      }
      let hint = selected ? "   enter: pick" : ""
      // A long key ARN ends in … at the edge rather than being clipped mid-character.
      let text = (selected ? "▸ " : "  ") + label + " " + Format.pad(target.place.name, 20) + " " + value + hint
      return Line(text: Format.fit(text, width), role: selected ? .selection : .text, field: .keys)
    }
  }

  private static func tagLines(_ options: OptionsState, focused: Bool, width: Int, ellipsis: String) -> [Line] {
    var lines: [Line] = []
    let indent = String(repeating: " ", count: labelWidth + 3)
    for (index, tag) in options.tags.enumerated() {
      if let edit = options.tagEdit, edit.index == index { continue }
      let selected = focused && options.tagEdit == nil && index == options.tagCursor.selected
      lines.append(
        Line(
          text: indent + (selected ? "› " : "  ") + "\(tag.resource.rawValue): \(tag.key) = \(tag.value)",
          role: selected ? .info : .text, field: .tags))
    }
    if let edit = options.tagEdit {
      let prefix = indent + "✎ \(edit.resource.rawValue): "
      let keyPart = "key " + edit.key.text
      let editable = keyPart + "  value " + edit.value.text
      let cursor = edit.onValue ? (keyPart + "  value ").count + edit.value.cursor : "key ".count + edit.key.cursor
      let shown = TextWindow.fit(editable, cursor: cursor, width: width - DisplayWidth.of(prefix), ellipsis: ellipsis)
      lines.append(
        Line(text: prefix + shown.text, role: .input, field: .tags, cursor: DisplayWidth.of(prefix) + shown.cursor))
    }
    return lines
  }

  static func title(_ field: OptionsState.Field, resource: Resource) -> String {
    switch field {
    case .name: "Name"
    case .names: "Name per place"
    case .keys: "Key per place"
    case .description: "Description"
    case .encrypted: "Encrypt"
    case .kmsKey: "KMS key"
    case .copyImageTags: "Copy AMI tags"
    case .tags: resource == .image ? "Tags (AMI/snap)" : "Tags"
    case .duration: "Time-based (min)"
    case .dryRun: "Dry run only"
    case .review: "Review"
    }
  }

  static func check(_ on: Bool) -> String { on ? "[x]" : "[ ]" }

  static func mark(_ finding: Finding) -> String {
    switch finding.severity {
    case .error: "✗"
    case .warning: "!"
    case .info: "i"
    }
  }

  static func role(_ finding: Finding) -> ThemeRole {
    switch finding.severity {
    case .error: .error
    case .warning: .warning
    case .info: .info
    }
  }

  private static func renderPicker(_ picker: KeyPicker, _ state: AppState, in body: Rect, into canvas: inout Canvas) {
    let box = Rect(x: body.x, y: body.y + 1, width: body.width, height: min(body.height - 1, 14))
    canvas.clear(box)
    let place = picker.place.flatMap { state.options.targets.indices.contains($0) ? state.options.targets[$0] : nil }
    let forPlace = place.map { $0.place.name == picker.region ? "" : " for \($0.place.name)" } ?? ""
    canvas.box(box, title: "KMS keys in \(picker.region)\(forPlace)", focused: true)
    let inner = box.inset(by: 1)
    switch state.kmsKeys[picker.region] {
    case .loading?, nil:
      canvas.text(" loading keys…", x: inner.x, y: inner.y, .info, clip: inner)
    case .failed(let message)?:
      canvas.text(" Could not list keys: \(message) (r retries)", x: inner.x, y: inner.y, .error, clip: inner)
    case .loaded(let keys)?:
      let height = inner.height - 1
      let top = picker.cursor.visibleTop(height: height)
      for line in 0..<height {
        let row = top + line
        guard row <= keys.count else { break }
        let text =
          row == 0
          ? Format.pad("(default EBS key of the Region)", inner.width - 2)
          : KeyPicker.line(keys[row - 1], width: inner.width - 2)
        let usable = row == 0 || keys[row - 1].ebsRefusal == nil
        let y = inner.y + line
        if row == picker.cursor.selected {
          canvas.bar(" " + text, row: y, in: inner, .selection)
        } else {
          canvas.text(" " + text, x: inner.x, y: y, usable ? .text : .disabled, clip: inner)
        }
      }
      if picker.cursor.selected > 0, keys.indices.contains(picker.cursor.selected - 1),
        let refusal = keys[picker.cursor.selected - 1].ebsRefusal
      {
        canvas.text(" ✗ " + refusal, x: inner.x, y: inner.maxY - 1, .error, clip: inner)
      }
    }
  }
}
