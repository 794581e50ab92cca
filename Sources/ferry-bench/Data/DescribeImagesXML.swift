import Foundation

/// A DescribeImages response body exactly as moto's server writes it, for `count` images of ours.
///
/// Same element order, empty elements (`<productCodes/>`), block device and defaults as moto 5
/// answers `describe_images(Owners=["self"])` after `register_image` and `create_tags` (see
/// `scripts/lib/seed-images.py --dump`, which captures the real thing). Generated, not stored: 5,000
/// images are about 4.6 MB. Pure; no I/O.
enum DescribeImagesXML {
  static func response(count: Int) -> Data {
    var xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <DescribeImagesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15"><imagesSet>
      """
    xml.reserveCapacity(count * 950 + 256)
    for n in 0..<count { appendItem(n, to: &xml) }
    xml += "</imagesSet><requestId>request-id</requestId></DescribeImagesResponse>"
    return Data(xml.utf8)
  }

  private static func appendItem(_ n: Int, to xml: inout String) {
    let fields = ImageFactory.fields(n)
    xml += "<item><blockDeviceMapping><item><ebs><deleteOnTermination>false</deleteOnTermination>"
    xml += "<snapshotId>\(fields.snapshotId)</snapshotId><volumeSize>15</volumeSize>"
    xml += "<volumeType>standard</volumeType></ebs><deviceName>/dev/sda1</deviceName></item></blockDeviceMapping>"
    xml += "<description>\(fields.description)</description><name>\(fields.name)</name>"
    xml += "<rootDeviceName>/dev/sda1</rootDeviceName><rootDeviceType>standard</rootDeviceType><tagSet>"
    for tag in fields.tags { xml += "<item><key>\(tag.key)</key><value>\(tag.value)</value></item>" }
    xml += "</tagSet><bootMode>uefi</bootMode><imageId>\(fields.imageId)</imageId><imageState>available</imageState>"
    xml += "<imageOwnerId>\(ImageFactory.ownerId)</imageOwnerId><creationDate>\(fields.creationDate)</creationDate>"
    xml += "<isPublic>false</isPublic><productCodes/><imageType>machine</imageType></item>"
  }
}
