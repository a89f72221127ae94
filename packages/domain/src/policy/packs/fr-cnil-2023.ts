import { type Rule } from '../finding.js';
import { aggregateK5, cnilBadge, cnilIdle, cnilJustify, cnilLatency, cnilSmg } from './fr-cnil-indicators.js';
import { cnilInfo, cnilRetention, worksCouncilConsulted } from './fr-cnil-register.js';

/**
 * fr-cnil-2023: CNIL deliberation SAN-2023-021 (Amazon France Logistique),
 * with the French Labour Code. The indicator rules are the CNIL's position;
 * the retention rule was upheld on appeal (Conseil d'État n° 492830).
 */
export const frCnil2023 = {
  id: 'fr-cnil-2023',
  title: 'France: CNIL SAN-2023-021 and the Labour Code',
  rules: [cnilSmg, cnilIdle, cnilLatency, cnilBadge, cnilRetention, cnilJustify, cnilInfo, aggregateK5, worksCouncilConsulted] as readonly Rule[],
} as const;
