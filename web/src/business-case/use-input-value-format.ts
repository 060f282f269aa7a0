import { useTranslation } from 'react-i18next';
import {
  BUSINESS_CASE_INPUT_UNITS,
  type BusinessCaseInputId,
} from '../../../src/core/business-case/business-case-types.ts';
import { useFormat } from '../format.ts';

/**
 * Formats a value of a business-case input in its unit: 40%, € 20.000, 4 mnd. Yearly amounts show
 * as plain euros: every label of a yearly cost already says "per year".
 */
export function useInputValueFormat(): (id: BusinessCaseInputId, value: number) => string {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (id, value) => {
    switch (BUSINESS_CASE_INPUT_UNITS[id]) {
      case 'fraction':
        return fmt.percent(value);
      case 'eur':
      case 'eurPerYear':
        return fmt.eur(value);
      case 'months':
        return t('businessCase.outcome.months', { n: fmt.number(value) });
    }
  };
}
