/// A value of an EC2 API parameter, shaped as the API reference (and boto3) shapes it.
///
/// `TagSpecifications` is `.list([.structure(["ResourceType": .string("image"), "Tags": .list([...])])])`.
/// The EC2 client flattens this into Query form (`TagSpecification.1.Tag.1.Key`); the plan's JSON prints it as is.
/// Not `indirect`: the list and structure payloads are already heap storage, and boxing every string
/// cost the planner five allocations per tag.
public enum APIValue: Sendable, Equatable, Hashable {
  case string(String)
  case integer(Int)
  case boolean(Bool)
  case list([APIValue])
  case structure([String: APIValue])
}

extension APIValue: Codable {
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let value = try? container.decode(Bool.self) {
      self = .boolean(value)
    } else if let value = try? container.decode(Int.self) {
      self = .integer(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([APIValue].self) {
      self = .list(value)
    } else {
      self = .structure(try container.decode([String: APIValue].self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let value): try container.encode(value)
    case .integer(let value): try container.encode(value)
    case .boolean(let value): try container.encode(value)
    case .list(let value): try container.encode(value)
    case .structure(let value): try container.encode(value)
    }
  }
}

/// The two operations ferry sends.
public enum Operation: String, Sendable, Equatable, Codable {
  case copyImage = "CopyImage"
  case copySnapshot = "CopySnapshot"
}

/// One EC2 call, ready to send: which operation, to which Region's endpoint, with which parameters.
public struct APICall: Sendable, Equatable, Codable {
  public var operation: Operation
  /// The Region whose endpoint receives the request (the destination's Region).
  public var region: String
  public var parameters: [String: APIValue]

  public init(operation: Operation, region: String, parameters: [String: APIValue]) {
    self.operation = operation
    self.region = region
    self.parameters = parameters
  }
}
