import { expect } from 'chai';
import { checkDigit, withCheckDigit } from './check-digit.js';
import { isGln, isGtin, isSscc, parseGln, parseGs1Code, toGtin, toSscc } from './codes.js';

describe('GS1 codes', () => {
  describe('checkDigit / withCheckDigit', () => {
    it('given a GTIN-13 body, when the check digit is taken, then it is the GS1 mod-10 digit', () => {
      expect(checkDigit('400638133393')).to.equal(1);
      expect(withCheckDigit('400638133393')).to.equal('4006381333931');
    });

    it('given an SSCC body, when completed, then the code parses as a valid SSCC', () => {
      const sscc = withCheckDigit('00340123450000000');
      expect(sscc).to.have.lengthOf(18);
      expect(parseGs1Code(sscc)).to.eql({ ok: true, code: sscc, codeType: 'sscc' });
    });

    it('given a body with a letter, when the check digit is taken, then it throws naming the body', () => {
      expect(() => checkDigit('40063A')).to.throw(TypeError, /40063A/);
    });
  });

  describe('parseGs1Code', () => {
    const valid: Array<[string, string]> = [
      ['GTIN-8', '96385074'],
      ['GTIN-12', '036000291452'],
      ['GTIN-13', '4006381333931'],
      ['GTIN-14', '10614141000415'],
    ];
    for (const [label, code] of valid) {
      it(`given a valid ${label}, when parsed, then it is a gtin`, () => {
        expect(parseGs1Code(code)).to.eql({ ok: true, code, codeType: 'gtin' });
      });
    }

    it('given a GTIN-13 with a wrong check digit, when parsed, then the message names the digit expected', () => {
      expect(parseGs1Code('4006381333937')).to.eql({
        ok: false,
        message: 'check digit 7 should be 1 (GTIN-13 4006381333937)',
      });
    });

    it('given an SSCC with a wrong check digit, when parsed, then the message says SSCC-18', () => {
      const good = withCheckDigit('03761234500000001');
      const bad = good.slice(0, -1) + String((Number(good.slice(-1)) + 1) % 10);
      const result = parseGs1Code(bad);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.message).to.match(/^check digit \d should be \d \(SSCC-18 \d{18}\)$/);
    });

    it('given a 10-digit code, when parsed, then it is rejected with the lengths allowed', () => {
      const result = parseGs1Code('1234567890');
      expect(result).to.eql({
        ok: false,
        message: '10 digits is neither a GTIN (8, 12, 13 or 14 digits) nor an SSCC (18 digits): "1234567890"',
      });
    });

    it('given letters or a number, when parsed, then it is rejected with the reason', () => {
      expect(parseGs1Code('40063813339A1')).to.eql({ ok: false, message: 'must contain digits only (got "40063813339A1")' });
      expect(parseGs1Code(4006381333931)).to.eql({ ok: false, message: 'must be a string of digits (got number)' });
    });
  });

  describe('branded narrowing', () => {
    it('given a GTIN and an SSCC, when narrowed, then each is accepted only as its own kind', () => {
      const sscc = withCheckDigit('00340123450000001');
      expect(isGtin('4006381333931')).to.equal(true);
      expect(isSscc('4006381333931')).to.equal(false);
      expect(isSscc(sscc)).to.equal(true);
      expect(toGtin('4006381333931')).to.equal('4006381333931');
      expect(() => toGtin(sscc)).to.throw(TypeError, /is an SSCC, not a GTIN/);
      expect(() => toSscc('4006381333931')).to.throw(TypeError, /is a GTIN, not an SSCC/);
    });

    it('given GLNs, when parsed, then the check digit is enforced', () => {
      const gln = withCheckDigit('376123450000');
      const wrong = gln.slice(0, -1) + String((Number(gln.slice(-1)) + 5) % 10);
      expect(isGln(gln)).to.equal(true);
      expect(parseGln(wrong)).to.have.property('ok', false);
      expect(parseGln('12345')).to.eql({ ok: false, message: 'a GLN is 13 digits (got "12345")' });
    });
  });
});
