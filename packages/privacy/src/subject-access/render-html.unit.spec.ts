import { expect } from 'chai';
import { toOperatorRef } from '@fairscan/domain';
import { mentionsOf } from './aggregates.js';
import { bundleFormat, type SubjectAccessBundle } from './bundle.js';
import { escapeHtml } from './html.js';
import { renderSubjectAccessHtml } from './render-html.js';

const operator = toOperatorRef('op_aaaaaaaaaaaaaaaa');
const hostile = '<script>alert("x")</script>';

const bundle: SubjectAccessBundle = {
  format: bundleFormat,
  site: 'lille-1',
  generatedAt: '2026-03-03T10:00:00.000Z',
  requestedBy: { account: 'w.e1', role: 'worker' },
  status: 'held',
  identity: { employeeId: `E<b>1</b>`, subjectRef: 'sub_aaaaaaaaaaaaaaaaaaaaaaaaaa', team: 'team-01' },
  pseudonyms: [{ operator, shiftDate: '2026-03-02', issuedAt: '2026-03-02T05:58:00.000Z' }],
  shifts: [{ operator, shiftDate: '2026-03-02', startedAt: '2026-03-02T06:00:00.000Z', breaks: [{ startedAt: '2026-03-02T09:00:00.000Z', source: 'worker' }] }],
  tasks: [],
  attributions: [
    { scanId: 's1', operator, bizStep: 'picking', readPoint: 'pick-01', occurredAt: '2026-03-02T07:00:00.000Z' },
    { scanId: 's2', operator, bizStep: 'picking', readPoint: 'pick-01', occurredAt: '2026-03-02T07:01:00.000Z' },
  ],
  aggregates: [{ stream: 'aggregate-lille-1-2026-W10', type: 'WeeklyAggregateRecorded', recordedAt: '2026-03-08T00:00:00.000Z', record: { note: hostile } }],
  accesses: [{ actor: 'lea', holder: `Léa ${hostile}`, role: 'team-lead', subject: operator, purpose: 'person day', what: 'person-day', at: '2026-03-02T10:00:00.000Z', position: 0 }],
  notice: { status: 'recorded', version: `2026-03 ${hostile}`, givenTo: ['permanent', 'temporary'], source: 'register.yaml' },
  retention: [{ category: 'shift', holds: 'your shifts', days: 7, source: 'default' }],
};

describe('subject access page', () => {
  const html = renderSubjectAccessHtml(bundle);

  it('escapes every value: no markup from the data reaches the page', () => {
    expect(html).not.to.include('<script>');
    expect(html).not.to.include('<b>1</b>');
    expect(html).to.include('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).to.include('E&lt;b&gt;1&lt;/b&gt;');
  });

  it('forbids scripts and outside resources by content policy', () => {
    expect(html).to.include(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.to.match(/<script|<link|src=/i);
  });

  it('shows each section a person asked about', () => {
    for (const heading of ['Your shift pseudonyms', 'Shifts and declared breaks', 'Tasks assigned to you', 'Scans attributed to you', 'Aggregates about you', 'Who read your data', 'Information notice', 'How long each kind of data is kept']) {
      expect(html).to.include(`<h2>${heading}</h2>`);
    }
    expect(html).to.include(`<td>${operator}</td><td>2</td>`);
    expect(html).to.include('Notice version 2026-03');
  });

  it('says so plainly when the employee was erased', () => {
    expect(renderSubjectAccessHtml({ ...bundle, status: 'erased', identity: undefined })).to.include('This employee was erased');
  });

  it('escapes all five HTML-significant characters', () => {
    expect(escapeHtml(`&<>"'`)).to.equal('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('mentionsOf (aggregate rows about the subject)', () => {
  const refs = new Set(['sub_me']);

  it('takes a record naming the subject whole, and leaves rows about others out', () => {
    const data = { week: '2026-W10', rows: [{ person: 'sub_me', items: 3 }, { person: 'sub_other', items: 9 }] };
    expect(mentionsOf(data, refs)).to.deep.equal([{ person: 'sub_me', items: 3 }]);
    expect(mentionsOf({ person: 'sub_me', items: 3 }, refs)).to.deep.equal([{ person: 'sub_me', items: 3 }]);
    expect(mentionsOf({ person: 'sub_other', nested: { list: ['sub_me'] } }, refs)).to.deep.equal([]);
  });
});
