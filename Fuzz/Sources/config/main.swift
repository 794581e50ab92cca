import AWSClient
import Foundation
import FuzzSupport

/// Fuzz target: `~/.aws/config` and `~/.aws/credentials` text through the INI parser, the merge of
/// both files and the resolution of a configuration from them.
func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput(data, size).text
  guard let sections = try? ConfigFileParser.parse(text, path: "/fuzz/config") else { return 0 }
  for section in sections {
    for key in section.values.keys {
      invariant(!key.isEmpty && key == key.lowercased(), "key '\(key)' is empty or not lower-cased")
      invariant(section.nested[key] == nil, "key '\(key)' is both a value and a nested section")
    }
  }
  let headers = sections.map(\.header)
  invariant(Set(headers).count == headers.count, "a header seen twice was not merged")

  // The same text as both files, then every profile it names resolved as the CLI would.
  let files = FileReader.inMemory(["/fuzz/config": text, "/fuzz/credentials": text])
  let environment = ["AWS_CONFIG_FILE": "/fuzz/config", "AWS_SHARED_CREDENTIALS_FILE": "/fuzz/credentials"]
  guard let shared = try? SharedConfig.load(environment: environment, files: files) else {
    invariant(false, "parsed alone but not as shared config")
    return 0
  }
  for name in shared.profiles.keys.sorted().prefix(8) {
    let options = AWSConfiguration.CommandLineOptions(profile: name)
    _ = try? AWSConfiguration.resolve(options: options, environment: environment, shared: shared)
  }
  return 0
}

exit(runFuzzer(fuzzConfig))
