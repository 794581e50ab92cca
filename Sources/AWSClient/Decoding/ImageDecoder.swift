import FerryCloud
import FerryRules

/// Turns a DescribeImagesResponse into `Image` values and the next page's token.
///
/// Follows the XML names of service-2.json (`imagesSet` > `item`, `blockDeviceMapping` > `item` > `ebs`,
/// `tagSet`, `stateReason`, `nextToken`). Pure: no I/O.
public enum ImageDecoder {
  /// Decodes one page; `region` is the Region the listing was made in.
  public static func page(_ root: XMLElement, region: String) throws(AWSError) -> Page<Image> {
    var images: [Image] = []
    let items = root.items("imagesSet")
    images.reserveCapacity(items.count)
    for item in items { images.append(try image(item, region: region)) }
    return Page(items: images, nextToken: XMLValues.token(root.string("nextToken")))
  }

  static func image(_ item: XMLElement, region: String) throws(AWSError) -> Image {
    let id = try XMLValues.required(item, "imageId", in: "DescribeImages")
    let stateText = item.string("imageState") ?? ""
    guard let state = Image.State(rawValue: stateText) else {
      throw XMLValues.unexpected("image state", stateText, of: id)
    }
    let reason = item.child("stateReason").flatMap { reason in
      reason.string("message").flatMap { $0.isEmpty ? nil : $0 } ?? reason.string("code")
    }
    return Image(
      id: id, name: item.string("name") ?? "", description: XMLValues.optional(item, "description"),
      state: state, stateReason: reason, ownerId: item.string("imageOwnerId") ?? "",
      isPublic: item.string("isPublic") == "true", creationDate: XMLValues.optional(item, "creationDate"),
      architecture: XMLValues.optional(item, "architecture"), platform: XMLValues.optional(item, "platform"),
      rootDeviceName: XMLValues.optional(item, "rootDeviceName"),
      blockDevices: item.items("blockDeviceMapping").map(blockDevice),
      tags: XMLValues.tags(item), sourceImageId: XMLValues.optional(item, "sourceImageId"),
      sourceRegion: XMLValues.optional(item, "sourceImageRegion"), region: region)
  }

  static func blockDevice(_ item: XMLElement) -> BlockDevice {
    let ebs = item.child("ebs")
    return BlockDevice(
      deviceName: item.string("deviceName") ?? "",
      snapshotId: ebs.flatMap { XMLValues.optional($0, "snapshotId") },
      volumeSize: ebs?.string("volumeSize").flatMap { Int($0) },
      volumeType: ebs.flatMap { XMLValues.optional($0, "volumeType") },
      encrypted: ebs?.string("encrypted").map { $0 == "true" },
      kmsKeyId: ebs.flatMap { XMLValues.optional($0, "kmsKeyId") },
      outpostArn: ebs.flatMap { XMLValues.optional($0, "outpostArn") },
      availabilityZone: ebs.flatMap { XMLValues.optional($0, "availabilityZone") })
  }
}
