/**
 * The registers of examples/registers/ as the app hands them to the domain:
 * YAML parsed to plain data. The domain's tests cannot read files (no Node
 * built-ins), so the documents are mirrored here; keep both in step.
 */

/** examples/registers/proportionate.yaml */
export const proportionateRegister: unknown = {
  "site": "lille-1",
  "jurisdiction": "FR",
  "consultation": {"worksCouncil":"2026-02-10"},
  "notice": {"version":"2026-03","givenTo":["permanent","temporary"]},
  "retention": {"attribution":1,"task":1,"shift":7,"aggregate":91},
  indicators: [
    {"id":"weekly-pick-rate","description":"items picked per hour worked over the week, for coaching conversations","measure":"items-per-hour","subject":"individual","window":"P1W","threshold":null,"visibleTo":["worker","team-lead"],"realtime":false,"retentionDays":91,"purpose":"coaching","requiresJustification":false},
    {"id":"station-throughput","measure":"station-throughput","subject":"station","window":"PT15M","visibleTo":["team-lead","site-manager"],"realtime":true,"retentionDays":400,"purpose":"order-flow","requiresJustification":false},
    {"id":"team-error-rate","measure":"error-rate","subject":"team","window":"P1W","visibleTo":["team-lead","site-manager"],"realtime":false,"retentionDays":91,"purpose":"quality","requiresJustification":false,"minGroupSize":5},
    {"id":"breaks-owed","description":"tells a worker a break is owed (20 min after 6 h, L3121-16); reports no break durations","measure":"break-compliance","subject":"individual","window":"P1D","visibleTo":["worker","site-manager"],"realtime":true,"retentionDays":1,"purpose":"safety","requiresJustification":false},
    {"id":"package-dwell","measure":"package-dwell-time","subject":"item","window":"PT1H","threshold":7200,"visibleTo":["team-lead","site-manager"],"realtime":true,"retentionDays":400,"purpose":"order-flow","requiresJustification":false},
  ],
};

/** examples/registers/cnil-2023-decision.yaml */
export const cnilDecisionRegister: unknown = {
  "site": "lauwin-planque",
  "jurisdiction": "FR",
  "notice": {"version":"2019-01","givenTo":["permanent"]},
  "retention": {"attribution":31,"task":31,"shift":31,"aggregate":31},
  indicators: [
    {"id":"stow-machine-gun","measure":"scan-interval","subject":"individual","window":"PT1S","threshold":1.25,"visibleTo":["team-lead","site-manager"],"realtime":true,"retentionDays":31,"purpose":"quality"},
    {"id":"idle-time","measure":"inactivity","subject":"individual","window":"PT1M","threshold":600,"visibleTo":["team-lead","site-manager"],"realtime":true,"retentionDays":31,"purpose":"reassignment","requiresJustification":true},
    {"id":"latency-under-ten","measure":"inactivity","subject":"individual","window":"PT1M","threshold":60,"visibleTo":["team-lead","site-manager"],"realtime":true,"retentionDays":31,"purpose":"reassignment","requiresJustification":true},
    {"id":"badge-to-first-scan","measure":"time-to-first-scan","subject":"individual","window":"P1D","visibleTo":["team-lead","site-manager"],"realtime":false,"retentionDays":31,"purpose":"assessment"},
    {"id":"hourly-pick-rate","measure":"items-per-hour","subject":"individual","window":"PT1H","visibleTo":["team-lead","site-manager"],"realtime":true,"retentionDays":31,"purpose":"assessment"},
  ],
};

/** examples/registers/malformed.yaml */
export const malformedRegister: unknown = {
  "site": "lille-1",
  "jurisdiction": "FR",
  "consultation": {"worksCouncil":"2026-02-10"},
  "notice": {"version":"2026-03","givenTo":["permanent","temporary"]},
  "retention": {"attribution":1,"task":1,"shift":7,"aggregate":91},
  indicators: [
    {"id":"weekly-pick-rate","measure":"items-per-hour","subject":"individual","window":"P1W","visibleTo":["worker"],"retentionDays":91,"purpose":"coaching","camera":true},
    {"id":"toilet-breaks","measure":"bathroom-visits","subject":"individual","window":"P1D","visibleTo":["team-lead"],"retentionDays":7,"purpose":"assessment"},
  ],
};

