import { backlog, backlogRows, type BacklogState } from '@fairscan/domain';
import { defineReport } from './report-definition.js';

/** Work waiting, by step of the flow: open tasks, and packages received but not yet shipped. */
export const backlogReport = defineReport<BacklogState>({
  name: 'backlog',
  description: 'backlog: open tasks and packages received but not yet shipped, by bizStep',
  projection: backlog,
  tables(state, { asOf }) {
    const rows = backlogRows(state);
    return [
      {
        title: `Backlog (as of ${asOf}): ${state.openTasks.size} open tasks, ${state.inFlight.size} packages not yet shipped`,
        columns: ['bizStep', 'open tasks', 'packages waiting'],
        rows: rows.map((row) => [row.bizStep, row.openTasks, row.packagesWaiting]),
      },
    ];
  },
});
