import ArgumentParser

@main
struct Ferry: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ferry",
    abstract: "Copy EC2 AMIs and EBS snapshots between Regions, Local Zones and Outposts.",
    discussion: ExitStatus.help,
    version: "0.1.0",
    subcommands: [TUICommand.self, PlanCommand.self, CopyCommand.self, ListCommand.self, StatusCommand.self],
    defaultSubcommand: TUICommand.self
  )
}
