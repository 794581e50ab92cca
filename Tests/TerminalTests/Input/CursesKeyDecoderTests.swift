import Terminal
import Testing

@Suite struct CursesKeyDecoderTests {
  // MARK: - key codes (KEY_CODE_YES)

  @Test(
    arguments: [
      (0o402, Key.down), (0o403, .up), (0o404, .left), (0o405, .right), (0o406, .home), (0o550, .end),
      (0o523, .pageUp), (0o522, .pageDown), (0o407, .backspace), (0o512, .delete), (0o527, .enter),
      (0o541, .backTab), (0o632, .resize), (0o411, .function(1)), (0o424, .function(12)),
    ] as [(UInt32, Key)])
  func keyCode(code: UInt32, key: Key) {
    #expect(CursesKeyDecoder.decode(keyCode: code) == key)
  }

  @Test(arguments: [0o410 as UInt32, 0o631, 0o777])
  func unusedKeyCodesAreIgnored(code: UInt32) {
    #expect(CursesKeyDecoder.decode(keyCode: code) == nil)
  }

  // MARK: - characters and control codes

  @Test(
    arguments: [
      (9, Key.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
      (1, .control("a")), (3, .control("c")), (21, .control("u")), (23, .control("w")), (26, .control("z")),
      (0x71, .character("q")), (0x20, .character(" ")), (0xE9, .character("é")), (0x6F22, .character("漢")),
      (0x1F600, .character("😀")),
    ] as [(UInt32, Key)])
  func character(value: UInt32, key: Key) {
    #expect(CursesKeyDecoder.decode(character: value) == key)
  }

  @Test(arguments: [0 as UInt32, 28, 31, 0x85, 0xD800])
  func meaninglessCharactersAreIgnored(value: UInt32) {
    #expect(CursesKeyDecoder.decode(character: value) == nil)
  }

  // MARK: - agreement with the installed curses.h

  @Test func codesMatchTheHeader() {
    let header = NCursesBackend.headerKeyCodes
    typealias Code = CursesKeyDecoder.Code
    let ours: [String: UInt32] = [
      "KEY_DOWN": Code.down, "KEY_UP": Code.up, "KEY_LEFT": Code.left, "KEY_RIGHT": Code.right,
      "KEY_HOME": Code.home, "KEY_BACKSPACE": Code.backspace, "KEY_F0": Code.f0, "KEY_DC": Code.delete,
      "KEY_NPAGE": Code.pageDown, "KEY_PPAGE": Code.pageUp, "KEY_ENTER": Code.enter, "KEY_BTAB": Code.backTab,
      "KEY_END": Code.end, "KEY_RESIZE": Code.resize,
    ]
    #expect(header == ours)
  }

  // MARK: - key names

  @Test(arguments: [
    (Key.up, "↑", "up"), (.control("w"), "ctrl-w", "ctrl-w"), (.character(" "), "space", "space"),
    (.function(5), "F5", "F5"), (.backTab, "shift-tab", "shift-tab"), (.escape, "esc", "esc"),
  ])
  func names(key: Key, unicode: String, ascii: String) {
    #expect(key.name() == unicode)
    #expect(key.name(unicode: false) == ascii)
  }
}
