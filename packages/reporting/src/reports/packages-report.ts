import { bizSteps, packageCount, packageFlow, type PackageFlowState } from '@fairscan/domain';
import { defineReport } from './report-definition.js';

/** Where packages are now: counts by their last bizStep, and the latest seen. No operator, ever. */
export const packagesReport = defineReport<PackageFlowState>({
  name: 'packages',
  description: 'packages and items by current bizStep, most recently seen first',
  projection: packageFlow,
  tables(state, { asOf, limit }) {
    const total = packageCount(state);
    return [
      {
        title: `Package flow (as of ${asOf}): ${total} codes seen`,
        columns: ['current bizStep', 'codes'],
        rows: bizSteps.map((step) => [step, state.countsByBizStep[step]]),
      },
      {
        title: 'Most recently seen',
        columns: ['code', 'type', 'bizStep', 'readPoint', 'bizLocation', 'last seen'],
        rows: state.recent
          .slice(0, Math.min(limit, 10))
          .map((p) => [p.code, p.codeType, p.bizStep, p.readPoint, p.bizLocation, p.lastSeenAt]),
      },
    ];
  },
});
