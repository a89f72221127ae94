import { parseGs1Code } from '@fairscan/domain';
import { expect } from 'chai';
import { SsccIssuer, buildCatalog, withWrongCheckDigit } from './codes.js';
import { RandomSource } from './random.js';

describe('codes', () => {
  it('builds a catalog of distinct GTIN-13s with right check digits', () => {
    const catalog = buildCatalog(RandomSource.fromSeed(1), { suppliers: 5, itemsPerSupplier: 40 });
    const gtins = catalog.flatMap((supplier) => supplier.gtins);
    expect(new Set(gtins).size).to.equal(200);
    for (const gtin of gtins) {
      expect(gtin).to.match(/^\d{13}$/);
      expect(parseGs1Code(gtin)).to.eql({ ok: true, code: gtin, codeType: 'gtin' });
    }
    expect(catalog.every((supplier) => supplier.gtins.every((gtin) => gtin.startsWith(supplier.prefix)))).to.equal(true);
  });

  it('issues distinct SSCC-18s with right check digits under the given prefix', () => {
    const issuer = new SsccIssuer(0, '2024-03-01');
    const ssccs = Array.from({ length: 1000 }, () => issuer.next('3712345'));
    expect(new Set(ssccs).size).to.equal(1000);
    for (const sscc of ssccs) {
      expect(sscc).to.match(/^03712345\d{10}$/);
      expect(parseGs1Code(sscc)).to.eql({ ok: true, code: sscc, codeType: 'sscc' });
    }
  });

  it('never reuses an SSCC on the next day, so a package stream is one parcel', () => {
    const today = new SsccIssuer(0, '2024-03-01');
    const tomorrow = new SsccIssuer(0, '2024-03-02');
    const first = new Set(Array.from({ length: 500 }, () => today.next('3712345')));
    expect(Array.from({ length: 500 }, () => tomorrow.next('3712345')).some((code) => first.has(code))).to.equal(false);
  });

  it('corrupts only the check digit, so ingestion rejects the code and says why', () => {
    const rng = RandomSource.fromSeed(3);
    for (const code of ['4006381333931', '037123450000000016']) {
      const wrong = withWrongCheckDigit(code, rng);
      expect(wrong.slice(0, -1)).to.equal(code.slice(0, -1));
      const parsed = parseGs1Code(wrong);
      expect(parsed.ok).to.equal(false);
      if (!parsed.ok) expect(parsed.message).to.match(/check digit \d should be \d/);
    }
  });
});
