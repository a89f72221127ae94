import { expect } from 'chai';
import { asStored, foldProjection, type ShiftEvent, type TaskEvent, toOperatorRef } from '@fairscan/domain';
import { renderJson } from '../render/render-json.js';
import { breaksReport } from './breaks-report.js';
import { reports } from './catalogue.js';
import { type PersonalData, type ReportDefinition, subjectsShown } from './report-definition.js';
import { tasksReport } from './tasks-report.js';

const operator = toOperatorRef('op_abcdefghijk23456');
const context = { asOf: '2026-03-02T13:00:00Z', limit: 15 };

const shift: ShiftEvent[] = [{ type: 'ShiftStarted', data: { operator, at: '2026-03-02T06:00:00Z' } }];
const task: TaskEvent[] = [
  { type: 'TaskCreated', data: { taskId: 'T-1', bizStep: 'picking', station: 'pick-01', units: 4, at: '2026-03-02T06:10:00Z' } },
  { type: 'TaskAssigned', data: { taskId: 'T-1', operator, at: '2026-03-02T06:11:00Z' } },
];

const tablesOf = (definition: ReportDefinition, events: ReturnType<typeof asStored>) =>
  definition.tables(foldProjection(definition.projection, events), context);

describe('reports that show people', () => {
  it('marks the breaks report alone as personal: stations, packages, stock and tasks stay open', () => {
    expect(reports.filter((report) => report.personal !== undefined).map((report) => report.name)).to.eql(['breaks']);
  });

  it('lists the shift pseudonyms the break alerts show, so each one can be logged', () => {
    const tables = tablesOf(breaksReport, asStored(`shift-lille-1-2026-03-02-${operator}`, shift));
    expect(tables[1]?.rows).to.eql([[operator, 'owed']]);
    expect(subjectsShown(tables, breaksReport.personal as PersonalData)).to.eql([operator]);
  });

  it('shows on the task board whether a task is assigned, never to whom', () => {
    const tables = tablesOf(tasksReport, asStored('task-lille-1-T-1', task));
    expect(tables[1]?.rows).to.eql([['T-1', 'assigned', 'picking', 'pick-01', 4, 0, 'yes']]);
    expect(tables.map(renderJson).join('\n')).not.to.contain('op_');
  });
});
