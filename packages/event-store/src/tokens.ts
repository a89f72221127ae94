/**
 * DI tokens shared by every adapter's ContainerModule and the app. `Symbol.for`
 * so two copies of this package (or a plain string lookup) still agree.
 */
export const TOKENS = {
  EventStore: Symbol.for('fairscan.EventStore'),
  CheckpointStore: Symbol.for('fairscan.CheckpointStore'),
  Clock: Symbol.for('fairscan.Clock'),
  CommandHandler: Symbol.for('fairscan.CommandHandler'),
  SiteConfig: Symbol.for('fairscan.SiteConfig'),
  SnapshotStore: Symbol.for('fairscan.SnapshotStore'),
} as const;
