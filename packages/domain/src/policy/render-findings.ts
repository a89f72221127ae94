import { type Evaluation } from './evaluate-register.js';
import { type Finding } from './finding.js';

export const findingFormats = ['text', 'json', 'markdown'] as const;
export type FindingFormat = (typeof findingFormats)[number];

/** The JSON shape of `policy check --format json`: stable keys, `indicator` null for register-wide findings. */
export const findingJson = (found: Finding) => ({
  rule: found.rule,
  severity: found.severity,
  indicator: found.indicator ?? null,
  path: found.path,
  message: found.message,
  references: [...found.references],
  ...(found.overridden === true ? { overridden: true, justification: found.justification } : {}),
});

const label = (found: Finding): string => (found.overridden === true ? `${found.severity} (overridden)` : found.severity);

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const summaryOf = (evaluation: Evaluation): string =>
  `${evaluation.packs.join(', ')}: ${plural(evaluation.violations, 'violation')}, ${plural(evaluation.warnings, 'warning')}, ${evaluation.overridden} overridden`;

function textLines(found: Finding): string[] {
  const about = found.indicator === undefined ? '' : ` (${found.indicator})`;
  return [
    `${label(found).toUpperCase()} ${found.rule} at ${found.path}${about}`,
    `  ${found.message}`,
    ...(found.overridden === true ? [`  justification: ${found.justification ?? ''}`] : []),
    `  references: ${found.references.join('; ')}`,
  ];
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function markdown(evaluation: Evaluation): string {
  const rows = evaluation.findings.map((found) =>
    [label(found), found.rule, found.indicator ?? '', `\`${found.path}\``, found.message, found.justification ?? '', found.references.join('; ')]
      .map(cell)
      .join(' | '),
  );
  const table = rows.length === 0 ? ['No findings.'] : ['| severity | rule | indicator | path | message | justification | references |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows.map((row) => `| ${row} |`)];
  return ['## Policy check', '', ...table, '', `**${summaryOf(evaluation)}**`, ''].join('\n');
}

/** A report of the findings, overridden ones included, for a terminal, a program or a works-council document. */
export function renderFindings(evaluation: Evaluation, format: FindingFormat): string {
  if (format === 'json') return `${JSON.stringify({ findings: evaluation.findings.map(findingJson) }, null, 2)}\n`;
  if (format === 'markdown') return markdown(evaluation);
  const lines = evaluation.findings.flatMap(textLines);
  return [...(lines.length === 0 ? ['no findings'] : lines), summaryOf(evaluation), ''].join('\n');
}
