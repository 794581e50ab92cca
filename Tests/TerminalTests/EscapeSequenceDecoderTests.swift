import Terminal
import Testing

// MARK: - Sequences ncurses leaves undecoded under a TERM that names the wrong terminal

@Test(arguments: [
  ("[A", Key.up), ("[B", .down), ("[C", .right), ("[D", .left), ("OA", .up), ("OD", .left),
  ("[H", .home), ("OH", .home), ("[1~", .home), ("[7~", .home),
  ("[F", .end), ("OF", .end), ("[4~", .end), ("[8~", .end),
  ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown), ("[Z", .backTab),
  ("OP", .function(1)), ("OS", .function(4)), ("[11~", .function(1)), ("[15~", .function(5)),
  ("[17~", .function(6)), ("[21~", .function(10)), ("[24~", .function(12)),
  ("[1;5C", .right), ("[1;2H", .home),
])
func knownSequencesAreKeys(body: String, key: Key) {
  #expect(EscapeSequenceDecoder.decode(body) == key)
}

@Test(arguments: ["[2~", "[99~", "[M", "[P", "O", "[", "x", ""])
func unknownSequencesAreDropped(body: String) {
  #expect(EscapeSequenceDecoder.decode(body) == nil)
}

@Test func finalBytesEndASequence() {
  #expect(EscapeSequenceDecoder.isFinal(UInt32(UInt8(ascii: "~"))))
  #expect(EscapeSequenceDecoder.isFinal(UInt32(UInt8(ascii: "A"))))
  #expect(!EscapeSequenceDecoder.isFinal(UInt32(UInt8(ascii: "1"))))
  #expect(!EscapeSequenceDecoder.isFinal(UInt32(UInt8(ascii: ";"))))
}
