// swift-tools-version: 6.1
//
// Module graph (arrows point down, nothing imports upward):
//
//   ferry (CLI + wiring) ──► FerryTUI ──► Terminal ──► CNCurses
//        │                      │
//        ├──► AWSClient ─┐      ▼
//        ├──► Sandbox ───┼──► FerryCore
//        │               ▼      │
//        └─────────► FerryCloud ◄┘ (the account interface and its models)
//                        │
//   AWSSigning ◄─ AWSClient
//                        ▼
//                    FerryRules (pure: locations, routes, fields, plan)
//
// See docs/architecture.md.
import PackageDescription

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let crypto = Target.Dependency.product(name: "Crypto", package: "swift-crypto")
let logging = Target.Dependency.product(name: "Logging", package: "swift-log")
let propertyBased = Target.Dependency.product(name: "PropertyBased", package: "swift-property-based")

let package = Package(
  name: "ferry",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "ferry", targets: ["ferry"]),
    .executable(name: "ferry-bench", targets: ["ferry-bench"]),
    // The libraries the fuzz package in Fuzz/ links against (it depends on this package by path).
    .library(name: "FerryRules", targets: ["FerryRules"]),
    .library(name: "FerryCloud", targets: ["FerryCloud"]),
    .library(name: "AWSSigning", targets: ["AWSSigning"]),
    .library(name: "AWSClient", targets: ["AWSClient"]),
    .library(name: "Sandbox", targets: ["Sandbox"]),
    .library(name: "Terminal", targets: ["Terminal"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
  ],
  targets: [
    // Pure rules: no I/O, no clock, no environment.
    .target(name: "FerryRules"),
    // SigV4 header and query signing: pure functions over a request and a date.
    .target(name: "AWSSigning", dependencies: [crypto]),
    // The account interface (real or sandbox) and the models it speaks in.
    .target(name: "FerryCloud", dependencies: ["FerryRules"]),
    // libcurl's easy interface: the HTTP transport (blocking transfers on their own threads).
    .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
    // The real account: credentials, config, endpoints, EC2 Query, XML, retries, KMS, Outposts.
    .target(name: "AWSClient", dependencies: ["FerryCloud", "FerryRules", "AWSSigning", "CCurl", crypto, logging]),
    // The built-in simulated account.
    .target(name: "Sandbox", dependencies: ["FerryCloud", "FerryRules"]),
    // Journal, poller, copy submission and fan-out queueing.
    .target(name: "FerryCore", dependencies: ["FerryCloud", "FerryRules"]),
    .systemLibrary(name: "CNCurses", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
    // Cell grid, backends (ncurses, in-memory), themes, key maps. Knows nothing about AWS.
    .target(name: "Terminal", dependencies: ["CNCurses"]),
    // The copy wizard and status pane: state, messages, update, views.
    .target(name: "FerryTUI", dependencies: ["FerryCore", "FerryCloud", "FerryRules", "Terminal"]),
    .executableTarget(
      name: "ferry",
      dependencies: [
        "FerryRules", "FerryCloud", "AWSClient", "Sandbox", "FerryCore", "Terminal", "FerryTUI",
        argumentParser, logging,
      ]
    ),
    // Measures the hot paths against docs/performance.md's targets: `swift run -c release ferry-bench`.
    .executableTarget(
      name: "ferry-bench",
      dependencies: [
        "FerryRules", "FerryCloud", "AWSClient", "AWSSigning", "Sandbox", "FerryCore", "Terminal", "FerryTUI",
        argumentParser,
      ]
    ),

    .testTarget(name: "FerryRulesTests", dependencies: ["FerryRules", propertyBased], exclude: ["Fixtures"]),
    .testTarget(name: "AWSSigningTests", dependencies: ["AWSSigning"], exclude: ["Fixtures"]),
    .testTarget(
      name: "AWSClientTests", dependencies: ["AWSClient", "FerryCloud", "FerryRules", "AWSSigning"],
      exclude: ["Fixtures"]),
    .testTarget(name: "SandboxTests", dependencies: ["Sandbox", "FerryCloud", "FerryRules"]),
    .testTarget(name: "FerryCoreTests", dependencies: ["FerryCore", "FerryCloud", "FerryRules", "Sandbox"]),
    .testTarget(name: "TerminalTests", dependencies: ["Terminal", propertyBased]),
    .testTarget(name: "FerryTUITests", dependencies: ["FerryTUI", "FerryCore", "FerryCloud", "Sandbox", "Terminal"]),
    .testTarget(name: "CLITests", dependencies: ["ferry"], exclude: ["Fixtures"]),
  ]
)
