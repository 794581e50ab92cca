/// Word wrapping of styled lines: pure, width in terminal columns.
///
/// Breaks at spaces; a word longer than the width is split across rows. Spaces at the start of a
/// wrapped row are dropped, so wrapped text lines up on the left.
public enum TextWrap {
  private struct Glyph {
    var character: Character
    var width: Int
    var role: ThemeRole
    var extra: Attributes
  }

  public static func wrap(_ line: Line, width: Int) -> [Line] {
    guard width > 0 else { return [] }
    var glyphs: [Glyph] = []
    for span in line.spans {
      for character in span.text {
        let columns = DisplayWidth.of(character)
        if columns > 0 {
          glyphs.append(Glyph(character: character, width: columns, role: span.role, extra: span.extra))
        }
      }
    }
    if glyphs.isEmpty { return [Line([])] }

    var rows: [[Glyph]] = []
    var row: [Glyph] = []
    var rowWidth = 0
    func endRow() {
      while let last = row.last, last.character == " " {
        row.removeLast()
        rowWidth -= last.width
      }
      rows.append(row)
      row = []
      rowWidth = 0
    }
    var index = 0
    while index < glyphs.count {
      let isSpace = glyphs[index].character == " "
      var end = index
      while end < glyphs.count, (glyphs[end].character == " ") == isSpace { end += 1 }
      let token = glyphs[index..<end]
      let tokenWidth = token.reduce(0) { $0 + $1.width }
      if isSpace {
        if rowWidth > 0 {
          for glyph in token where rowWidth + glyph.width <= width {
            row.append(glyph)
            rowWidth += glyph.width
          }
        }
      } else if rowWidth + tokenWidth <= width {
        row.append(contentsOf: token)
        rowWidth += tokenWidth
      } else {
        if rowWidth > 0 { endRow() }
        for glyph in token {
          if rowWidth + glyph.width > width { endRow() }
          guard glyph.width <= width else { continue }
          row.append(glyph)
          rowWidth += glyph.width
        }
      }
      index = end
    }
    if !row.isEmpty || rows.isEmpty { endRow() }
    return rows.map(line(from:))
  }

  /// Joins neighbouring glyphs of the same style back into spans.
  private static func line(from glyphs: [Glyph]) -> Line {
    var spans: [Span] = []
    for glyph in glyphs {
      if let last = spans.last, last.role == glyph.role, last.extra == glyph.extra {
        spans[spans.count - 1].text.append(glyph.character)
      } else {
        spans.append(Span(String(glyph.character), glyph.role, extra: glyph.extra))
      }
    }
    return Line(spans)
  }
}
