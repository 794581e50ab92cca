import FerryCore
import Testing

/// The one duration formatter and parser, used by the CLI's lines and the TUI's status pane.
@Suite struct DurationsTests {
  @Test(arguments: [("6h", 21600), ("90m", 5400), ("45s", 45), ("1h30m", 5400), ("2d", 172_800), ("600", 600)])
  func durationsParse(text: String, seconds: Int) {
    #expect(Durations.parse(text) == .seconds(seconds))
  }

  @Test(arguments: ["", "soon", "6x", "h", "0", "0m", "-5"])
  func malformedDurationsAreRefused(text: String) {
    #expect(Durations.parse(text) == nil)
  }

  @Test(arguments: [(0, "0s"), (12, "12s"), (125, "2m05s"), (245, "4m05s"), (11_520, "3h12m"), (-30, "0s")])
  func durationsRead(seconds: Int, text: String) {
    #expect(Durations.text(.seconds(seconds)) == text)
  }

  @Test func fractionsRound() {
    #expect(Durations.text(.milliseconds(59_600)) == "1m00s")
  }
}
