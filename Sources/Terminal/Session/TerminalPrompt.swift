import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one line typed on a terminal in its line mode, giving up when told to (Ctrl-C, hangup).
///
/// Waits with `poll` in short slices rather than one blocking `read`: a signal may be handled on another
/// thread and never interrupt this one, so `stop` is asked between slices.
enum TerminalPrompt {
  /// Writes `question` to the terminal at `path` and returns the line typed, without its newline;
  /// nil when the terminal cannot be opened, at end of input, or once `stop` answers true.
  static func ask(_ question: String, path: String, stop: () -> Bool) -> String? {
    let descriptor = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    put(descriptor, question)
    var line: [UInt8] = []
    var pending = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    while true {
      if stop() {
        put(descriptor, "\n")
        return nil
      }
      let ready = poll(&pending, 1, 100)
      if ready < 0, errno == EINTR { continue }
      guard ready > 0 else {
        if ready < 0 { return nil }
        continue
      }
      var buffer = [UInt8](repeating: 0, count: 256)
      let count = read(descriptor, &buffer, buffer.count)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return nil }
      for byte in buffer[0..<count] {
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
          return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        line.append(byte)
      }
    }
  }

  private static func put(_ descriptor: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return write(descriptor, base + offset, buffer.count - offset)
      }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return }
      offset += written
    }
  }
}
