/**
 * EPCIS identifiers as GS1 Digital Link URIs, which EPCIS 2.0 accepts
 * wherever it takes an EPC URI. Chosen over `urn:epc:id:sscc:…` and
 * `urn:epc:class:lgtin:…`: those URNs split the number at the GS1 Company
 * Prefix, whose length a scanned code does not tell, so writing them would
 * mean guessing. A Digital Link needs no prefix length.
 */
const digitalLink = 'https://id.gs1.org';

/** A logistic unit is one physical thing: an instance-level EPC for `epcList`. */
export const ssccUri = (sscc: string): string => `${digitalLink}/00/${sscc}`;

/**
 * A GTIN without a serial names a product, not one item: a class-level
 * identifier for `quantityList[].epcClass`. Digital Link writes GTINs as 14
 * digits (left-padded with zeros; the check digit is unchanged).
 */
export const gtinClassUri = (gtin: string): string => `${digitalLink}/01/${gtin.padStart(14, '0')}`;

/** How readPoint and bizLocation names (stations, bins, docks) become URIs. */
export interface LocationIds {
  /** The site's GLN: names become `…/414/<gln>/254/<name>`, a GLN plus its extension (a sub-location). */
  readonly gln?: string;
  /** Otherwise a base URI the site controls; the name is appended, percent-encoded. */
  readonly base: string;
}

/** A site without a GLN still needs URIs; `.invalid` (RFC 2606) says plainly they resolve nowhere. */
export const defaultLocationBase = (site: string): string => `https://${encodeURIComponent(site)}.fairscan.invalid/location/`;

export const locationUri = (name: string, ids: LocationIds): string =>
  ids.gln === undefined ? `${ids.base}${encodeURIComponent(name)}` : `${digitalLink}/414/${ids.gln}/254/${encodeURIComponent(name)}`;
