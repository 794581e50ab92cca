// The built-in themes. Each equals the file of the same name in themes/ (ThemeFileTests checks).

private func style(_ foreground: Color, _ background: Color = .default, _ attributes: Attributes = []) -> Style {
  Style(foreground: foreground, background: background, attributes: attributes)
}

extension Theme {
  /// Light text on the terminal's own background; readable with 8 colours.
  public static let `default` = Theme(
    name: "default",
    styles: [
      .text: style(.default), .dim: style(.brightBlack, .default, .dim),
      .header: style(.brightWhite, .blue, .bold), .headerSandbox: style(.black, .yellow, .bold),
      .border: style(.brightBlack), .borderFocused: style(.cyan, .default, .bold),
      .title: style(.default, .default, .bold), .tableHeader: style(.default, .default, [.bold, .underline]),
      .selection: style(.black, .cyan), .selectionInactive: style(.black, .white),
      .error: style(.red, .default, .bold), .warning: style(.yellow), .info: style(.cyan), .ok: style(.green),
      .progress: style(.green), .progressTrack: style(.brightBlack),
      .keyHint: style(.cyan, .default, .bold), .keyLabel: style(.default),
      .input: style(.default, .default, .underline), .inputCursor: style(.default, .default, .reverse),
      .placeholder: style(.brightBlack, .default, .dim), .disabled: style(.brightBlack, .default, .dim),
    ])

  /// Dark text for terminals with a light background.
  public static let light = Theme(
    name: "light",
    styles: [
      .text: style(.default), .dim: style(.indexed(244)),
      .header: style(.brightWhite, .blue, .bold), .headerSandbox: style(.black, .yellow, .bold),
      .border: style(.indexed(245)), .borderFocused: style(.blue, .default, .bold),
      .title: style(.default, .default, .bold), .tableHeader: style(.default, .default, [.bold, .underline]),
      .selection: style(.brightWhite, .blue), .selectionInactive: style(.black, .indexed(252)),
      .error: style(.indexed(160), .default, .bold), .warning: style(.indexed(130)), .info: style(.blue),
      .ok: style(.indexed(28)),
      .progress: style(.blue), .progressTrack: style(.indexed(250)),
      .keyHint: style(.blue, .default, .bold), .keyLabel: style(.default),
      .input: style(.default, .default, .underline), .inputCursor: style(.default, .default, .reverse),
      .placeholder: style(.indexed(244)), .disabled: style(.indexed(248)),
    ])

  /// Bright, bold colours on black for low vision and washed-out projectors.
  public static let highContrast = Theme(
    name: "high-contrast",
    styles: [
      .text: style(.brightWhite, .black), .dim: style(.white, .black),
      .header: style(.black, .brightWhite, .bold), .headerSandbox: style(.black, .ansi(11), [.bold, .underline]),
      .border: style(.brightWhite, .black), .borderFocused: style(.ansi(11), .black, .bold),
      .title: style(.brightWhite, .black, .bold), .tableHeader: style(.brightWhite, .black, [.bold, .underline]),
      .selection: style(.black, .ansi(11), .bold), .selectionInactive: style(.black, .white),
      .error: style(.ansi(9), .black, .bold), .warning: style(.ansi(11), .black, .bold),
      .info: style(.ansi(14), .black, .bold), .ok: style(.ansi(10), .black, .bold),
      .progress: style(.ansi(10), .black), .progressTrack: style(.white, .black),
      .keyHint: style(.ansi(11), .black, .bold), .keyLabel: style(.brightWhite, .black),
      .input: style(.brightWhite, .black, .underline), .inputCursor: style(.black, .brightWhite),
      .placeholder: style(.white, .black), .disabled: style(.white, .black, .dim),
    ])

  /// Attributes only: for `NO_COLOR`, `--no-color` and terminals without colour.
  public static let monochrome = Theme(
    name: "monochrome",
    styles: [
      .text: style(.default), .dim: style(.default, .default, .dim),
      .header: style(.default, .default, [.bold, .reverse]),
      .headerSandbox: style(.default, .default, [.bold, .reverse, .underline]),
      .border: style(.default), .borderFocused: style(.default, .default, .bold),
      .title: style(.default, .default, .bold), .tableHeader: style(.default, .default, [.bold, .underline]),
      .selection: style(.default, .default, .reverse), .selectionInactive: style(.default, .default, .underline),
      .error: style(.default, .default, .bold), .warning: style(.default, .default, .bold),
      .info: style(.default), .ok: style(.default),
      .progress: style(.default), .progressTrack: style(.default, .default, .dim),
      .keyHint: style(.default, .default, .bold), .keyLabel: style(.default),
      .input: style(.default, .default, .underline), .inputCursor: style(.default, .default, .reverse),
      .placeholder: style(.default, .default, .dim), .disabled: style(.default, .default, .dim),
    ])
}
