// swift-tools-version: 6.1
//
// ferry's fuzz targets: one libFuzzer executable per parser of outside input. Kept out of the root
// package so the normal build never compiles them. Build and run with `scripts/fuzz`; see
// docs/fuzzing.md.
//
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
import PackageDescription

let ferry = "ferry"

/// A fuzz target: `fuzz-NAME`, a `main.swift` that hands its test function to
/// libFuzzer (`runFuzzer`), plus the shared support.
func fuzzTarget(_ name: String, _ products: [String]) -> Target {
  .executableTarget(
    name: "fuzz-\(name)",
    dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: ferry) },
    path: "Sources/\(name)"
  )
}

let package = Package(
  name: "ferry-fuzz",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(path: "ferry")
  ],
  targets: [
    .target(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
    .target(
      name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "FerryRules", package: ferry)],
      path: "Sources/FuzzSupport"),
    fuzzTarget("config", ["AWSClient"]),
    fuzzTarget("credentials", ["AWSClient", "AWSSigning", "FerryCloud"]),
    fuzzTarget("theme", ["Terminal"]),
    fuzzTarget("sandbox", ["Sandbox", "FerryCloud", "FerryRules"]),
    fuzzTarget("xml", ["AWSClient", "FerryCloud", "FerryRules"]),
    fuzzTarget("json", ["AWSClient", "AWSSigning", "FerryCloud", "FerryRules"]),
    fuzzTarget("request", ["FerryRules"]),
    fuzzTarget("catalog", ["FerryRules"]),
  ]
)
