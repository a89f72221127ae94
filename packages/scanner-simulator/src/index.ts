export { type SiteDayOptions } from './options.js';
export { simulateSiteDay } from './simulate.js';
export { describeSiteDay, type SiteDayDescription, type ShiftDescription } from './site-day.js';
export {
  occurredAtOf,
  type SimulatedCommand,
  type ScanData,
  type ShiftData,
  type BreakData,
  type BreakSource,
  type CreateTaskData,
  type AssignTaskData,
  type StartTaskData,
  type CompleteTaskData,
} from './simulated-command.js';
export { type Role, roles } from './roles.js';
