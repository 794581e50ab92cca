import Testing

@testable import Terminal

@Suite struct ColorDepthTests {
  @Test(arguments: [
    (0, ColorDepth.none), (8, .ansi8), (16, .ansi16), (88, .ansi16), (256, .indexed256), (16_777_216, .indexed256),
  ])
  func depthFromColors(colors: Int, depth: ColorDepth) {
    #expect(ColorDepth(colors: colors) == depth)
  }

  @Test(arguments: [
    (ColorDepth.indexed256, Color.default, -1), (.indexed256, .ansi(12), 12), (.indexed256, .indexed(244), 244),
    (.indexed256, .rgb(255, 0, 0), 196), (.indexed256, .rgb(0x87, 0xAF, 0xFF), 111), (.indexed256, .rgb(8, 8, 8), 232),
    (.ansi16, .indexed(196), 9), (.ansi16, .rgb(0, 0, 0), 0), (.ansi16, .ansi(11), 11),
    (.ansi8, .ansi(11), 3), (.ansi8, .brightBlack, 7), (.ansi8, .rgb(0, 205, 0), 2),
    (.none, .red, -1),
  ])
  func degrade(depth: ColorDepth, color: Color, number: Int) {
    #expect(depth.number(for: color) == number)
  }

  @Test func paletteCornersRoundTrip() {
    #expect(ColorDepth.rgb(ofIndex: 16) == (0, 0, 0))
    #expect(ColorDepth.rgb(ofIndex: 231) == (255, 255, 255))
    #expect(ColorDepth.rgb(ofIndex: 255) == (238, 238, 238))
  }
}
