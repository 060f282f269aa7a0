import { describe, expect, it } from 'vitest';
import { hasEncodingDamage, repairEncodingDamage } from './detect-encoding-damage.ts';

describe('encoding damage', () => {
  it('spots mojibake and repairs it', () => {
    expect(hasEncodingDamage('SÃºdwest-FryslÃ¢n')).toBe(true);
    expect(hasEncodingDamage('cafÃ©')).toBe(true);
    expect(hasEncodingDamage('Súdwest-Fryslân')).toBe(false);
    expect(hasEncodingDamage('â‚¬ 12')).toBe(true);
    expect(repairEncodingDamage('SÃºdwest-FryslÃ¢n')).toBe('Súdwest-Fryslân');
    expect(repairEncodingDamage('â‚¬ 12')).toBe('€ 12');
    expect(repairEncodingDamage('plain')).toBeUndefined();
  });
});
