export { type AccessCount, collectCompliance, type ComplianceData, type ComplianceOptions, type JudgedRegister } from './compliance-data.js';
export { complianceTables } from './compliance-tables.js';
export { type ComplianceFormat, complianceFormats, renderCompliance, renderComplianceHtml, renderComplianceMarkdown } from './render-compliance.js';
