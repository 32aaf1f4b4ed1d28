/**
 * Household records and ID numbers written by hand, for tests that need one valid record (and change
 * a field or two) rather than many generated ones. The check character of an ID number is computed
 * here from GB 11643-1999, independently of the library, so the tests do not trust the code under
 * test; the region codes 990000–999999 name no place.
 */
type Json = Record<string, unknown>;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Appends the GB 11643-1999 check character to 17 digits. */
export function withCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return first17 + '10X98765432'.charAt(sum % 11);
}

/** A synthetic, checksum-valid ID number for a birth date 'YYYY-MM-DD'. */
export function fakeIdNumber(birth: string, seq = '123', region = '990000'): string {
  return withCheckDigit(`${region}${birth.replaceAll('-', '')}${seq}`);
}

/** A loan with every optional field but the schedules (repayments, rate changes), with `overrides` on top. */
export function loanJson(overrides: Json = {}): Json {
  return { id: 'loan-1', principal: '60000', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01', creditLimit: '80000', interestPaid: '2000', ...overrides };
}

/** A valid household record as JSON, with every optional field, and `overrides` on top. */
export function householdJson(id = 'HH-1', overrides: Json = {}): Json {
  return {
    id,
    township: '330781102',
    village: '示例村',
    inKeyAssistanceVillage: true,
    category: 'dibao',
    riskColor: 'yellow',
    members: [
      { idNumber: '990000197804090111', birthDate: '1978-04-09', laborCapable: true, schooling: 'none' },
      { laborCapable: false, schooling: 'secondaryVocational' },
    ],
    income: { year: 2023, wage: '21000.00', netOperating: '-130.50', netProperty: 0, netTransfer: '14000' },
    previousPerCapita: '14530.00',
    loans: [loanJson()],
    otherEducationAid: [{ name: '国家助学金', amount: '2000', stackable: false }],
    ...overrides,
  };
}

/** The smallest valid household record: one member able to work, no income, and `overrides` on top. */
export function minimalHousehold(overrides: Json = {}): Json {
  return {
    id: 'HH-1', category: 'dibao', members: [{ laborCapable: true }],
    income: { year: 2023, wage: 0, netOperating: 0, netProperty: 0, netTransfer: 0 }, ...overrides,
  };
}
