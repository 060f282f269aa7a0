import { describe, expect, it } from 'vitest';
import { resolveBusinessCase } from './resolve-business-case.ts';
import { vendorLicence } from './vendor-licence.ts';

describe('vendorLicence', () => {
  it('takes the only priced vendor: its price as low and likely, a quarter more as high', () => {
    expect(
      vendorLicence({ partner: { vendors: [{ name: 'Factuurslim', yearlyCost: 4800 }, { name: 'B' }] } }),
    ).toEqual({
      range: { low: 4800, likely: 4800, high: 6000 },
      vendor: 'Factuurslim',
      vendorIndex: 0,
      basis: 'only',
      pricedVendors: 1,
      yearlyCostEur: 4800,
    });
  });

  it('takes the cheapest of several priced vendors, and names an unnamed one by its number', () => {
    const licence = vendorLicence({
      partner: {
        vendors: [
          { name: 'Duur', yearlyCost: 18_000 },
          { yearlyCost: 2400 },
          { name: 'C', yearlyCost: 6000 },
        ],
      },
    });
    expect(licence).toMatchObject({ vendor: '#2', vendorIndex: 1, basis: 'cheapest', pricedVendors: 3 });
    expect(licence?.range).toEqual({ low: 2400, likely: 2400, high: 3000 });
  });

  it('gives nothing without a price, or when the vendors are not applicable', () => {
    expect(vendorLicence({})).toBeNull();
    expect(vendorLicence({ partner: { vendors: [{ name: 'A' }] } })).toBeNull();
    expect(
      vendorLicence({
        notApplicable: ['partner.vendors'],
        partner: { vendors: [{ name: 'A', yearlyCost: 100 }] },
      }),
    ).toBeNull();
  });
});

describe('resolveBusinessCase: the licence', () => {
  const vendors = { partner: { vendors: [{ name: 'Factuurslim', yearlyCost: 4800 }] } };

  it('comes from the intake’s vendor price when the business case gives no licence range', () => {
    const inputs = resolveBusinessCase(vendors);
    expect(inputs.ranges['yearlyCosts.licence']).toEqual({
      low: 4800,
      likely: 4800,
      high: 6000,
      source: 'vendor',
    });
    expect(inputs.licenceVendor?.vendor).toBe('Factuurslim');
  });

  it('follows the business case’s own licence range over the vendor’s price', () => {
    const inputs = resolveBusinessCase({
      ...vendors,
      businessCase: { yearlyCosts: { licence: { low: 1000, likely: 2000, high: 3000 } } },
    });
    expect(inputs.ranges['yearlyCosts.licence'].source).toBe('input');
    expect(inputs.licenceVendor).toBeNull();
  });

  it('falls back to the default without a price', () => {
    expect(resolveBusinessCase({}).ranges['yearlyCosts.licence'].source).toBe('default');
  });
});
