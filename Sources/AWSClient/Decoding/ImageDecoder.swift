import FerryCloud
import FerryRules

/// Turns a DescribeImagesResponse into `Image` values and the next page's token.
///
/// Follows the XML names of service-2.json (`imagesSet` > `item`, `blockDeviceMapping` > `item` > `ebs`,
/// `tagSet`, `stateReason`, `nextToken`). Pure: no I/O.
public enum ImageDecoder {
  /// The element names the decoder reads; every other name is `other`.
  enum Field: String {
    case imageId, imageState, name, description, imageOwnerId, isPublic, creationDate, architecture, platform
    case rootDeviceName, sourceImageId, sourceImageRegion, stateReason, message, code, blockDeviceMapping, tagSet
    case item, deviceName, ebs, snapshotId, volumeSize, volumeType, encrypted, kmsKeyId, outpostArn
    case availabilityZone, key, value, other
  }

  typealias Fields = XMLNameKinds<Field>

  /// Decodes one page; `region` is the Region the listing was made in.
  public static func page(_ root: XMLElement, region: String) throws(AWSError) -> Page<Image> {
    let fields = Fields(root.tree) { Field(rawValue: $0) ?? .other }
    var images: [Image] = []
    let items = root.items("imagesSet")
    images.reserveCapacity(items.count)
    for item in items { images.append(try image(item, region: region, fields: fields)) }
    return Page(items: images, nextToken: XMLValues.token(root.string("nextToken")))
  }

  /// One pass over the item's children: DescribeImages answers run to thousands of items.
  static func image(_ item: XMLElement, region: String, fields: Fields) throws(AWSError) -> Image {
    var id: String?
    var stateText = ""
    var image = Image(id: "", name: "", state: .pending, ownerId: "", region: region)
    item.forEachChild { field in
      switch fields[field] {
      case .imageId: id = field.nonEmptyText
      case .imageState: stateText = field.text
      case .name: image.name = field.text
      case .description: image.description = field.nonEmptyText
      case .imageOwnerId: image.ownerId = field.text
      case .isPublic: image.isPublic = field.text == "true"
      case .creationDate: image.creationDate = field.nonEmptyText
      case .architecture: image.architecture = field.nonEmptyText
      case .platform: image.platform = field.nonEmptyText
      case .rootDeviceName: image.rootDeviceName = field.nonEmptyText
      case .sourceImageId: image.sourceImageId = field.nonEmptyText
      case .sourceImageRegion: image.sourceRegion = field.nonEmptyText
      case .stateReason:
        image.stateReason = field.child("message")?.nonEmptyText ?? field.child("code")?.nonEmptyText
      case .blockDeviceMapping:
        image.blockDevices = items(of: field, fields).map { blockDevice($0, fields: fields) }
      case .tagSet: image.tags = items(of: field, fields).map { tag($0, fields: fields) }
      default: break
      }
    }
    guard let id else {
      throw AWSError(
        kind: .invalidResponse, code: "MissingField",
        message: "The answer to DescribeImages has an entry without <imageId>")
    }
    guard let state = Image.State(rawValue: stateText) else {
      throw XMLValues.unexpected("image state", stateText, of: id)
    }
    image.id = id
    image.state = state
    return image
  }

  /// The `item` children of a list element.
  static func items(of list: XMLElement, _ fields: Fields) -> [XMLElement] {
    var items: [XMLElement] = []
    list.forEachChild { if fields[$0] == .item { items.append($0) } }
    return items
  }

  /// One pass over a `blockDeviceMapping` item and one over its `ebs`; as in `image`, a field written
  /// twice keeps its last value (EC2 writes each once).
  static func blockDevice(_ item: XMLElement, fields: Fields) -> BlockDevice {
    var device = BlockDevice(deviceName: "")
    item.forEachChild { field in
      switch fields[field] {
      case .deviceName: device.deviceName = field.text
      case .ebs:
        field.forEachChild { ebs in
          switch fields[ebs] {
          case .snapshotId: device.snapshotId = ebs.nonEmptyText
          case .volumeSize: device.volumeSize = Int(ebs.text)
          case .volumeType: device.volumeType = ebs.nonEmptyText
          case .encrypted: device.encrypted = ebs.text == "true"
          case .kmsKeyId: device.kmsKeyId = ebs.nonEmptyText
          case .outpostArn: device.outpostArn = ebs.nonEmptyText
          case .availabilityZone: device.availabilityZone = ebs.nonEmptyText
          default: break
          }
        }
      default: break
      }
    }
    return device
  }

  /// One `tagSet` item { `key`, `value` }.
  static func tag(_ item: XMLElement, fields: Fields) -> Tag {
    var tag = Tag(key: "", value: "")
    item.forEachChild { field in
      switch fields[field] {
      case .key: tag.key = field.text
      case .value: tag.value = field.text
      default: break
      }
    }
    return tag
  }
}
