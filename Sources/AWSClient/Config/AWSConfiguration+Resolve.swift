import Foundation

extension AWSConfiguration {
  /// Resolves the configuration in the AWS CLI's order of precedence.
  ///
  /// Reads only `environment` and, through `files`, the two config files; never the process environment.
  /// - Throws: `AWSError` `.configuration`: an unknown named profile (`ProfileNotFound`), an unreadable or
  ///   malformed config file, an endpoint URL that is not http(s) with a host, a non-numeric `max_attempts`.
  /// Spec: https://docs.aws.amazon.com/sdkref/latest/guide/settings-reference.html and
  /// https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
  public static func resolve(
    options: CommandLineOptions = CommandLineOptions(), environment: [String: String], files: FileReader
  ) throws -> AWSConfiguration {
    let shared = try SharedConfig.load(environment: environment, files: files)
    return try resolve(options: options, environment: environment, shared: shared)
  }

  /// Resolves against already-loaded files (the credential chain loads them once for both).
  public static func resolve(
    options: CommandLineOptions, environment: [String: String], shared: SharedConfig
  ) throws -> AWSConfiguration {
    let env = environment.filter { !$0.value.isEmpty }
    let (name, fromFlag) = profileName(options: options, environment: env)
    let profile = shared.profiles[name]
    if profile == nil && name != "default" { throw ConfigurationErrors.profileNotFound(name) }
    let values = profile?.values ?? [:]
    let profileSource = "profile \(name) in \(shared.configFilePath)"

    var configuration = AWSConfiguration(profileName: name, profileFromCommandLine: fromFlag)
    (configuration.region, configuration.regionSource) = firstSet([
      (options.region, "--region"), (env["AWS_REGION"], "AWS_REGION"),
      (env["AWS_DEFAULT_REGION"], "AWS_DEFAULT_REGION"), (values["region"], profileSource),
    ])
    let (endpoint, endpointSource) = endpointOverride(
      options: options, environment: env, profile: profile, shared: shared, profileSource: profileSource)
    if let endpoint, let endpointSource {
      configuration.endpointURL = try validatedEndpoint(endpoint, source: endpointSource)
      configuration.endpointSource = endpointSource
    }
    configuration.caBundlePath = (env["AWS_CA_BUNDLE"] ?? values["ca_bundle"]).map {
      expandingTilde($0, environment: environment)
    }
    if let attempts = env["AWS_MAX_ATTEMPTS"] ?? values["max_attempts"] {
      guard let number = Int(attempts), number > 0 else {
        throw ConfigurationErrors.badSetting("max_attempts", value: attempts, source: profileSource)
      }
      configuration.maxAttempts = number
    }
    configuration.retryMode = env["AWS_RETRY_MODE"] ?? values["retry_mode"]
    configuration.useFIPSEndpoint = isTrue(env["AWS_USE_FIPS_ENDPOINT"] ?? values["use_fips_endpoint"])
    configuration.useDualStackEndpoint = isTrue(
      env["AWS_USE_DUALSTACK_ENDPOINT"] ?? values["use_dualstack_endpoint"])
    return configuration
  }

  /// `--profile`, `AWS_PROFILE`, `AWS_DEFAULT_PROFILE`, `default`.
  static func profileName(options: CommandLineOptions, environment: [String: String]) -> (String, Bool) {
    if let flag = options.profile, !flag.isEmpty { return (flag, true) }
    return (environment["AWS_PROFILE"] ?? environment["AWS_DEFAULT_PROFILE"] ?? "default", false)
  }

  /// `--endpoint-url`, then (unless configured endpoints are ignored) `AWS_ENDPOINT_URL_EC2`,
  /// `AWS_ENDPOINT_URL`, the profile's `services` section `ec2.endpoint_url`, the profile's `endpoint_url`
  /// (botocore's `ConfiguredEndpointProvider._ENDPOINT_URL_LOOKUP_ORDER`).
  static func endpointOverride(
    options: CommandLineOptions, environment: [String: String], profile: ConfigSection?, shared: SharedConfig,
    profileSource: String
  ) -> (String?, String?) {
    if let flag = options.endpointURL, !flag.isEmpty { return (flag, "--endpoint-url") }
    let values = profile?.values ?? [:]
    let ignore = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] ?? values["ignore_configured_endpoint_urls"]
    if isTrue(ignore) { return (nil, nil) }
    let servicesName = values["services"]
    let servicesEndpoint = servicesName.flatMap { shared.services[$0]?.nested["ec2"]?["endpoint_url"] }
    return firstSet([
      (environment["AWS_ENDPOINT_URL_EC2"], "AWS_ENDPOINT_URL_EC2"),
      (environment["AWS_ENDPOINT_URL"], "AWS_ENDPOINT_URL"),
      (servicesEndpoint, "[services \(servicesName ?? "")] ec2.endpoint_url in \(shared.configFilePath)"),
      (values["endpoint_url"], profileSource),
    ])
  }

  static func validatedEndpoint(_ value: String, source: String) throws -> URL {
    guard let url = URL(string: value), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = url.host(), !host.isEmpty
    else { throw ConfigurationErrors.badEndpoint(value, source: source) }
    return url
  }

  private static func firstSet(_ candidates: [(String?, String)]) -> (String?, String?) {
    for (value, source) in candidates {
      if let value, !value.isEmpty { return (value, source) }
    }
    return (nil, nil)
  }

  /// botocore's `ensure_boolean`: only `true` (any case) is true.
  static func isTrue(_ value: String?) -> Bool {
    value?.lowercased() == "true"
  }
}
