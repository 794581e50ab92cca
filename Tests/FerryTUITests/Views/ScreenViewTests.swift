import FerryCloud
import Terminal
import Testing

@testable import FerryTUI

/// Fixed states drawn into fixed-size grids and compared line by line (checked by eye once, then pinned).
@Suite struct ScreenViewTests {
  // MARK: - Screens

  @Test func sourceAt80x24() {
    expectLines(
      AppView.lines(ViewStates.source(width: 80, height: 24)),
      [
        " ferry │ 111122223333 │ ops │ us-east-1             SANDBOX — simulated account ",
        " 1 Source  2 Destination  3 Options  4 Review  5 Status                  3 AMIs ",
        "  ID                    NAME                      STATE     ENC OWNER  WHERE    ",
        "▸ ami-00000000000000001 web-server-2026-11-13     available no  me     us-east-1",
        "  ami-00000000000000002 db-primary                available no  me     us-east-1",
        "  ami-00000000000000003 partner-base              available no  shared us-east-1",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "╭─ Details ────────────────────────────────────────────────────────────────────╮",
        "│ ID          ami-00000000000000001                                            │",
        "│ Name        web-server-2026-11-13                                            │",
        "│ Lives in    Region us-east-1                                                 │",
        "│ Owner       111122223333 (me)                                                │",
        "│ Encrypted   no                                                               │",
        "│ Size        8 GiB                                                            │",
        "╰──────────────────────────────────────────────────────────────────────────────╯",
        "                                                                                ",
        " enter pick  / filter  tab AMIs/snapshots  s sort  d details  ? help  : command ",
      ])
  }

  @Test func sourceAt120x40ShowsOwnerAndTheFullDetails() {
    expectLines(
      AppView.lines(ViewStates.source(width: 120, height: 40)),
      [
        " ferry │ account 111122223333 │ profile ops │ Region us-east-1                              SANDBOX — simulated account ",
        " 1 Source  2 Destination  3 Options  4 Review  5 Status                                                          3 AMIs ",
        "  ID                    NAME                  DESCRIPTION        CREATED    ARCH   STATE     ENC SIZE   OWNER  WHERE    ",
        "▸ ami-00000000000000001 web-server-2026-11-13 image 1            2026-11-02 x86_64 available no  8G     me     us-east-1",
        "  ami-00000000000000002 db-primary            image 2            2026-11-03 arm64  available no  8G     me     us-east-1",
        "  ami-00000000000000003 partner-base          image 3            2026-11-04 x86_64 available no  8G     shared us-east-1",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "╭─ Details ────────────────────────────────────────────────────────────────────────────────────────────────────────────╮",
        "│ ID          ami-00000000000000001                                                                                    │",
        "│ Name        web-server-2026-11-13                                                                                    │",
        "│ Lives in    Region us-east-1                                                                                         │",
        "│ Owner       111122223333 (me)                                                                                        │",
        "│ Encrypted   no                                                                                                       │",
        "│ Size        8 GiB                                                                                                    │",
        "│ Description image 1                                                                                                  │",
        "│ State       available                                                                                                │",
        "│ Device      /dev/xvda snap-00000000000000001 8 GiB gp3 unencrypted                                                   │",
        "│ Tags        team=edge                                                                                                │",
        "╰──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╯",
        "                                                                                                                        ",
        " enter pick  / filter  tab AMIs/snapshots  s sort  d details  ? help  : command  esc back  q quit                       ",
      ])
  }

  @Test func destinationDimsUnsupportedRowsWithTheReason() {
    expectLines(
      AppView.lines(ViewStates.destination()),
      [
        " ferry │ 111122223333 │ ops │ us-east-1             SANDBOX — simulated account ",
        " 1 Source  2 Destination  3 Options  4 Review  5 Status   ami-00000000000000001 ",
        "  Copy ami-00000000000000001 to…                                                ",
        "▸ ✓ Region     eu-west-1              partition aws                             ",
        "  ✗ Region     me-south-1             The Region me-south-1 is not enabled for …",
        "  ✓ Region     us-east-1              partition aws                             ",
        "  ✓ Local Zone us-east-1-bos-1a       us-east-1 › us-east-1-bos-1   opted in    ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        " ✓ Supported from ami-00000000000000001.                                        ",
        "                                                                                ",
        "                                                                                ",
        " enter pick  space mark  / filter  ? help  : command  esc back  q quit          ",
      ])
  }

  @Test func optionsShowTheErrorUnderTheField() {
    expectLines(
      AppView.lines(ViewStates.optionsWithBadName()),
      [
        " ferry │ 111122223333 │ ops │ us-east-1             SANDBOX — simulated account ",
        " 1 Source  2 Destination  3 Options  4 Review  5 Status             → eu-west-1 ",
        "▸ Name             x                                                            ",
        "                   ✗ The AMI name has 1 character; it must have 3 to 128.       ",
        "  Description      [Copied ami-00000000000000001 from us-east-1] image 1        ",
        "  Encrypt          [ ]                                                          ",
        "                   i The AMI's snapshots will stay unencrypted unless EBS       ",
        "                     encryption by default is on in the destination Region; set ",
        "                     encrypted to true to encrypt it.                           ",
        "  KMS key          (default EBS key)                                            ",
        "  Copy AMI tags    [ ]                                                          ",
        "  Tags (AMI/snap)  none                                                         ",
        "  Time-based (min) (none: a normal copy)                                        ",
        "  Dry run only     [ ]                                                          ",
        "  [ Review ▸ ]  1 error to fix first                                            ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        " tab next field  ctrl-g review  esc back  F1 help                               ",
      ])
  }

  @Test func statusPaneShowsProgressEstimateAndFailureReason() {
    expectLines(
      AppView.lines(ViewStates.status()),
      [
        " ferry │ 111122223333 │ ops │ us-east-1             SANDBOX — simulated account ",
        " 1 Source  2 Destination  3 Options  4 Review  5 Status                         ",
        "  Copies in the journal: 2, 1 in flight  (refreshing…)                          ",
        "▸ copying    ami-0fedcba9876543210  → Region eu-west-1                          ",
        "    cp-0123456789ab  since 14:13:20Z  ← ami-00000000000000001 (us-east-1)       ",
        "    ███████▌░░░░░░░░░░░░░░░░░░░░░░ 25%  elapsed 10m00s, about 30m00s left       ",
        "    snapshot snap-0aaa: pending 25%                                             ",
        "  FAILED     ami-0badbadbadbadbad0  → Region eu-west-1                          ",
        "    cp-ffffffffffff  14:13:20Z–14:14:50Z  ← ami-00000000000000001 (us-east-1)   ",
        "    ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 0%  elapsed 1m30s                            ",
        "    Given key ID is not accessible                                              ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        " x cancel copy  r refresh  ? help  : command  esc back  q quit                  ",
      ])
  }

  @Test func destinationAt120x40GivesTheDetailsRoom() {
    var state = ViewStates.destination()
    _ = update(&state, .resize(width: 120, height: 40))
    expectLines(
      AppView.lines(state),
      [
        " ferry │ account 111122223333 │ profile ops │ Region us-east-1                              SANDBOX — simulated account ",
        " 1 Source  2 Destination  3 Options  4 Review  5 Status                                           ami-00000000000000001 ",
        "  Copy ami-00000000000000001 to…                                                                                        ",
        "▸ ✓ Region     eu-west-1              partition aws                                                                     ",
        "  ✗ Region     me-south-1             The Region me-south-1 is not enabled for this account: enable it first (aws accou…",
        "  ✓ Region     us-east-1              partition aws                                                                     ",
        "  ✓ Local Zone us-east-1-bos-1a       us-east-1 › us-east-1-bos-1                                           opted in    ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        " ✓ Supported from ami-00000000000000001.                                                                                ",
        "                                                                                                                        ",
        "                                                                                                                        ",
        " enter pick  space mark  / filter  ? help  : command  esc back  q quit                                                  ",
      ])
  }

  @Test func theKeyPickerShowsUnusableKeysWithTheReason() {
    var state = Fixtures.optionsState()
    state.options.focus = .kmsKey
    _ = update(
      &state,
      .kmsKeys(
        region: "eu-west-1",
        .success([
          KMSKey(keyId: "1111aaaa-0000-0000-0000-000000000001", arn: "arn:1", aliases: ["alias/backup"]),
          KMSKey(
            keyId: "2222bbbb-0000-0000-0000-000000000002", arn: "arn:2", aliases: ["alias/signing"], keySpec: "RSA_2048"
          ),
        ])))
    _ = update(&state, .key(.enter))
    _ = update(&state, .key(.down))
    _ = update(&state, .key(.down))
    expectLines(
      AppView.lines(state),
      [
        " ferry │ 111122223333 │ ops │ us-east-1             SANDBOX — simulated account ",
        " 1 Source  2 Destination  3 Options  4 Review  5 Status             → eu-west-1 ",
        "  Name             web-server                                                   ",
        "╭─ KMS keys in eu-west-1 ──────────────────────────────────────────────────────╮",
        "│ (default EBS key of the Region)                                              │",
        "│ alias/backup             1111aaaa-0000-0000-0000-000000000001 customer       │",
        "│ alias/signing            2222bbbb-0000-0000-0000-000000000002 ✗ RSA_2048     │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│                                                                              │",
        "│ ✗ RSA_2048 is asymmetric: EBS encrypts only with symmetric keys.             │",
        "╰──────────────────────────────────────────────────────────────────────────────╯",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        "                                                                                ",
        " enter use key  esc close  r reload  ? help  : command  q quit                  ",
      ])
  }

  // MARK: - Small and special screens

  @Test func belowTheMinimumTheWindowAsksToBeEnlarged() {
    let state = ViewStates.source(width: 50, height: 12)
    let lines = AppView.lines(state)
    #expect(lines.count == 12)
    #expect(lines.joined().contains("60×16"))
    #expect(!lines.joined().contains("ami-"))
  }

  @Test func resizingRedrawsTheSameStateAtTheNewSize() {
    var state = ViewStates.source(width: 80, height: 24)
    _ = update(&state, .resize(width: 120, height: 40))
    #expect(AppView.lines(state) == AppView.lines(ViewStates.source(width: 120, height: 40)))
  }

  @Test func withoutCredentialsTheScreenSaysWhatWasLookedForAndOffersTheSandbox() {
    let (state, _) = start(
      .noCredentials(
        NoCredentials(lookedFor: [
          "AWS_PROFILE (not set)", "the shared credentials file /root/.aws/credentials (missing)",
        ])),
      width: 80, height: 24, now: Fixtures.now)
    let lines = AppView.lines(state)
    #expect(lines[0].hasPrefix(" ferry │ no AWS credentials found"))
    #expect(lines.contains { $0.contains("No AWS credentials were found, so ferry cannot reach your account.") })
    #expect(lines.contains { $0.contains("• the shared credentials file /root/.aws/credentials (missing)") })
    #expect(lines.contains { $0.contains("Press s to try ferry on the built-in sandbox") })
    #expect(lines[23].hasPrefix(" s open the sandbox  q quit"))
  }

  @Test func foundCredentialsThatCannotOpenTheAccountAreNotCalledMissing() {
    let (state, _) = start(
      .noCredentials(
        NoCredentials(
          lookedFor: ["AWS_ACCESS_KEY_ID (set)"], reason: "GetCallerIdentity could not connect to 127.0.0.1:1",
          credentialsMissing: false)),
      width: 80, height: 24, now: Fixtures.now)
    let lines = AppView.lines(state)
    #expect(lines[0].hasPrefix(" ferry │ the AWS account could not be opened"))
    #expect(lines.contains { $0.contains("ferry could not open your AWS account.") })
    #expect(!lines.contains { $0.contains("No AWS credentials were found") })
    #expect(lines.contains { $0.contains("GetCallerIdentity could not connect") })
  }

  @Test func helpIsGeneratedFromTheKeyMapOfTheScreenUnderIt() {
    var state = ViewStates.source(width: 80, height: 24)
    let map = KeyMaps.map(for: state)
    _ = update(&state, .key(.character("?")))
    let lines = AppView.lines(state)
    #expect(lines[2].hasPrefix("╭─ Keys here — any key closes, j/k scroll"))
    #expect(lines[3] == "│ Source                                                                       │")
    #expect(lines[4] == "│   enter       Copy this AMI or snapshot                                      │")
    #expect(lines[5] == "│   /           Filter by id, name, description or tag                         │")
    let help = HelpOverlay.view(state).rows().map(\.text)
    for binding in map.bindings {
      #expect(
        help.contains { $0.contains(binding.keyNames()) && $0.contains(binding.help) }, "help lacks \(binding.label)")
    }
    #expect(help.contains { $0.contains(":region R") })
  }

  private func expectLines(_ actual: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation)
  {
    if let report = LinesComparison.mismatch(actual: actual, expected: expected) {
      Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
    }
  }
}

/// The status pane scrolls so the selection is whole and no row is wasted.
@Suite struct StatusScrollTests {
  @Test(arguments: [
    // heights, selected, room → first copy shown
    ([3, 3, 3], 0, 10, 0), ([3, 3, 3], 2, 10, 0),  // all fit: from the newest
    ([3, 3, 3, 3, 3], 4, 10, 2),  // the selection at the bottom, whole
    ([3, 3, 3, 3, 3], 1, 10, 0),  // near the top: from the newest, nothing scrolled out above
    ([3, 6, 3], 1, 4, 1),  // taller than the room: starts at the selection
  ])
  func theFirstCopyShownKeepsTheSelectionAndFillsTheRoom(heights: [Int], selected: Int, room: Int, expected: Int) {
    #expect(StatusView.firstShown(heights: heights, selected: selected, room: room) == expected)
  }
}

/// The tab line counts the marks even at 80 columns, where the source's id does not fit beside them.
@Test func theTabLineCountsTheMarksAt80Columns() {
  var state = Fixtures.loadedState([Fixtures.item(1, name: "web-server")])
  _ = update(&state, .key(.enter))
  _ = update(&state, .places(.success(Places(catalog: Fixtures.catalog))))
  _ = update(&state, .key(.character(" ")))
  #expect(state.destination.marked.count == 1)
  #expect(AppView.lines(state)[1].trimmingCharacters(in: .whitespaces).hasSuffix("1 marked"))
}
