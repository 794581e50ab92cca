import Foundation
import Terminal
import Testing

/// The real ncurses backend, writing to a file instead of a terminal so the bytes can be counted.
///
/// Serialized: ncurses keeps one current screen per process.
@Suite(.serialized) struct NCursesBackendTests {
  /// An ncurses backend whose output goes to a temporary file and whose input is /dev/null.
  private final class Harness {
    let directory: TemporaryDirectory
    let outputPath: String
    let output: Int32
    let input: Int32

    init() throws {
      directory = try TemporaryDirectory()
      outputPath = directory.path + "/screen.out"
      output = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      input = open("/dev/null", O_RDONLY)
    }

    func options(term: String?, noColor: Bool = false) -> TerminalOptions {
      TerminalOptions(
        term: term, noColor: noColor, inputDescriptor: input, outputDescriptor: output, requireTerminal: false)
    }

    var bytesWritten: Int {
      ((try? FileManager.default.attributesOfItem(atPath: outputPath))?[.size] as? Int) ?? -1
    }

    var text: String {
      (FileManager.default.contents(atPath: outputPath)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    deinit {
      close(output)
      close(input)
    }
  }

  /// A status screen: header, a few copy rows, a progress bar and a spinner.
  private func statusFrame(size: TerminalSize, fraction: Double, tick: Int, theme: Theme) -> CellGrid {
    var grid = CellGrid(width: size.width, height: size.height)
    let (header, body) = grid.area.sliceTop(1)
    grid.fill(header, with: Cell(" ", style: theme[.header]))
    grid.put(" ferry — copies", x: 0, y: 0, style: theme[.header])
    let block = Block(title: "Copies", rightTitle: "1 running", focused: true)
    block.render(in: body, into: &grid, theme: theme)
    let inner = block.inner(body)
    let columns = [
      TableColumn("Image", minWidth: 20, flex: 1), TableColumn("To", minWidth: 12), TableColumn("State", minWidth: 10),
    ]
    let rows = [
      TableRow(["ami-0123456789abcdef0", "us-west-2", "pending"]),
      TableRow(["snap-0fedcba987654321", "eu-central-1", "completed"], role: .dim),
    ]
    Table(columns: columns, rows: rows, state: TableState(selected: 0)).render(
      in: inner.sliceTop(3).top, into: &grid, theme: theme)
    let progressRow = Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: 1)
    Spinner(tick: tick).render(in: progressRow.sliceLeft(2).left, into: &grid, theme: theme)
    ProgressBar(fraction: fraction, label: "\(Int(fraction * 100))% of 8 GiB")
      .render(in: progressRow.sliceLeft(2).rest, into: &grid, theme: theme)
    return grid
  }

  // MARK: - bytes per tick

  @Test func onlyChangedCellsReachTheTerminal() throws {
    let harness = try Harness()
    let backend = try NCursesBackend(options: harness.options(term: "xterm-256color"))
    defer { backend.shutdown() }
    let screen = Screen(backend: backend)
    let theme = Theme.default
    #expect(backend.terminalName == "xterm-256color")
    #expect(backend.colorDepth == .indexed256)

    screen.draw(statusFrame(size: backend.size, fraction: 0.41, tick: 0, theme: theme))
    let afterFirstFrame = harness.bytesWritten
    var perTick: [Int] = []
    for tick in 1...5 {
      let before = harness.bytesWritten
      screen.draw(statusFrame(size: backend.size, fraction: 0.41 + Double(tick) * 0.01, tick: tick, theme: theme))
      perTick.append(harness.bytesWritten - before)
    }
    let before = harness.bytesWritten
    screen.draw(statusFrame(size: backend.size, fraction: 0.46, tick: 5, theme: theme))
    let unchanged = harness.bytesWritten - before

    #expect(afterFirstFrame > 1000, "the first frame paints the whole screen")
    #expect(perTick.allSatisfy { $0 > 0 && $0 < 200 }, "bytes per progress tick: \(perTick)")
    #expect(unchanged == 0)
    print("ncurses bytes: first frame \(afterFirstFrame), per progress tick \(perTick)")
  }

  // MARK: - terminal set-up

  @Test func unknownTermFallsBackAndSaysSo() throws {
    let harness = try Harness()
    let backend = try NCursesBackend(options: harness.options(term: "no-such-terminal-here"))
    defer { backend.shutdown() }
    #expect(backend.terminalName == "xterm")
    #expect(backend.notes.contains("TERM=no-such-terminal-here is unknown on this host; using xterm"))
  }

  @Test func noColorDrawsAttributesOnly() throws {
    let harness = try Harness()
    let backend = try NCursesBackend(options: harness.options(term: "xterm-256color", noColor: true))
    #expect(backend.colorDepth == .none)
    #expect(!backend.supportsColor)
    let screen = Screen(backend: backend)
    screen.draw { grid in
      grid.put("alert", x: 0, y: 0, style: Style(foreground: .red, background: .blue, attributes: .bold))
    }
    backend.shutdown()
    let output = harness.text
    #expect(output.contains("alert"))
    #expect(!output.contains("\u{1B}[31m") && !output.contains("\u{1B}[44m"), "no colour escapes")
    #expect(output.contains("\u{1B}[0;1malert"), "bold is still drawn")
  }

  @Test func wideAndCombiningCharactersAreWritten() throws {
    let harness = try Harness()
    let backend = try NCursesBackend(options: harness.options(term: "xterm-256color"))
    let screen = Screen(backend: backend)
    screen.draw { grid in
      grid.put("漢字 e\u{301} ok", x: 0, y: 0)
      grid.put("🇫🇷|👨\u{200D}👩\u{200D}👧|", x: 0, y: 1)
    }
    backend.shutdown()
    backend.shutdown()
    #expect(backend.supportsUnicode)
    let text = harness.text
    #expect(text.contains("漢字 e\u{301} ok"))
    // Clusters a cchar_t cannot hold are drawn as their first character, never left stale.
    #expect(text.contains("\u{1F1EB}"))
    #expect(text.contains("👨"))
  }

  @Test func notATerminalIsRefusedWhenATerminalIsRequired() throws {
    let harness = try Harness()
    var options = harness.options(term: "xterm")
    options.requireTerminal = true
    #expect(throws: TerminalError.notATerminal) { _ = try NCursesBackend(options: options) }
  }
}
