// Compiled by `tsc --noEmit` (tests/js/tsconfig.json) against pkg/bhxh.d.ts: the package's types describe
// the API precisely enough to catch misuse, with no `any` in inputs or results.
import { contribution, voluntaryContribution, parameters, retirementAge, pension, oneTimeWithdrawal, compareWithdrawal } from '../../pkg/bhxh.js';
import type { Comparison, OneTimeWithdrawal, Ground, YearPoint, BreakEven, Loss } from '../../pkg/bhxh.js';
import type { BhxhError, Contribution, ErrorCode, Vnd, VoluntaryContribution, Catalogue } from '../../pkg/bhxh.js';
import type { HistoryPeriod, NextSteps, Pension, PensionInput, Projection, Rate, RetirementAge } from '../../pkg/bhxh.js';
import { readRecord } from '../../pkg/bhxh.js';
import type { Reading, ReadRow, RowStatus } from '../../pkg/bhxh.js';
import type { PolicyInput, PolicyAllowances, PolicyWindow, Dependant, FamilyValue, DeathBenefits } from '../../pkg/bhxh.js';

type IsAny<T> = 0 extends 1 & T ? true : false;
type Not<T extends false> = T;

const c: Contribution = contribution({ month: '2026-11', salary: 20_000_000, region: 1, unionFee: true });
const employeeTotal: Vnd = c.employee.total;
const uiBase: Vnd | null = c.base.unemployment;
const firstSource: string = c.steps[0].sources[0].instrument;
type _ContributionNotAny = Not<IsAny<typeof c>>;
type _StepsNotAny = Not<IsAny<(typeof c.steps)[number]>>;

const v: VoluntaryContribution = voluntaryContribution({ month: '2026-11', income: 1_500_000, group: 'other', mode: { months: 12 } });
const pays: Vnd = v.payment.participantPays;
voluntaryContribution({ month: '2026-11', income: 1_500_000, group: 'poorHousehold', mode: { years: 5 } });
voluntaryContribution({
  month: '2027-03', income: 3_000_000, group: 'nearPoorHousehold',
  overrides: { parameters: { ruralPovertyLine: [{ from: '2027-01', value: 2_200_000 }] } },
});

const catalogue: Catalogue = parameters();
const unit: string = catalogue.parameters[0].unit;

const age: RetirementAge = retirementAge({ sex: 'female', birth: '1969-01', today: '2026-11' });
const pensionStart: string = age.pensionStart;
const ageYears: number = age.age.years + age.normalAge.months;
retirementAge({ sex: 'male', birth: '1966-04-15', condition: 'hardship', explain: false });
type _RetirementAgeNotAny = Not<IsAny<typeof age>>;

const history: HistoryPeriod[] = [
  { from: '1986-12', to: '1994-12', kind: 'state' },
  { from: '1995-01', to: '2004-12', kind: 'state', coefficient: 3.66, allowances: 0.5 },
  { from: '2005-01', to: '2021-12', kind: 'compulsory', salary: 15_000_000 },
  { from: '2022-01', to: '2026-10', kind: 'voluntary', income: 3_000_000, group: 'other' },
];
const p: Pension = pension({ sex: 'male', birth: '1966-04', history, today: '2026-11', decisionMonth: '2028-05' });
const monthlyPension: Vnd | null = p.monthlyPension;
const eligible: boolean = p.eligible;
const totalMonths: number = p.months.total;
const averageSalary: Vnd = p.average.value;
const next: NextSteps = p.nextSteps;
const monthsMissing: number = next.monthsMissing;
type _PensionNotAny = Not<IsAny<typeof p>>;
type _NextStepsNotAny = Not<IsAny<typeof next>>;

const accumulation: PensionInput = {
  sex: 'female', birth: '1975-05', condition: 'normal', history: [{ from: '2015-01', to: '2020-12', kind: 'compulsory', salary: 9_000_000 }],
  continuation: { kind: 'compulsory', salary: 15_000_000, raise: 3, until: '2035-12' }, inflation: 3.5, noReduction: false,
};
const projection = pension(accumulation).projection;
if (projection) {
  const projected: Projection = projection;
  const firstOption: Vnd = projected.byRetirementMonth[0].monthlyPension;
  const rate: Rate = projected.byRetirementMonth[0].rate;
  const earliest: string | null = projected.earliest;
  void firstOption, rate, earliest;
}
pension({
  sex: 'male', birth: '1990-01', history: [{ from: '2012-01', to: '2026-10', kind: 'voluntary', income: 2_000_000 }],
  continuation: { kind: 'voluntary', income: 2_500_000, group: 'nearPoorHousehold' },
  overrides: { revaluationTables: [{ decisionYear: 2027, salary: { '2012': 1.5 } }] },
});

const w: OneTimeWithdrawal = oneTimeWithdrawal({ sex: 'male', birth: '1990-05', history, requestMonth: '2027-03', circumstance: 'emigrating' });
const lumpSum: Vnd = w.amount;
const ground: Ground | null = w.ground;
const firstAllowed: string | null = w.firstAllowedMonth;
const lost: Loss[] = w.losses;
type _WithdrawalNotAny = Not<IsAny<typeof w>>;
const cmp: Comparison = compareWithdrawal({
  sex: 'female', birth: '1985-02', history, horizonAge: 85.5, discountRate: 4, indexation: 3,
  continuation: { kind: 'voluntary', income: 2_000_000, group: 'poorHousehold' },
});
const point: YearPoint = cmp.keep.series[0];
const breakEven: BreakEven | null = cmp.keep.breakEven;
const expected: Vnd = cmp.contribute.totals.expectedValue;
const months: number | null = cmp.keep.lumpSumInPensionMonths;
type _ComparisonNotAny = Not<IsAny<typeof cmp>>;
// @ts-expect-error: unknown circumstance
oneTimeWithdrawal({ sex: 'male', birth: '1990-05', history, circumstance: 'cancer' });
// @ts-expect-error: the horizon is an age in years, a number
compareWithdrawal({ sex: 'male', birth: '1990-05', history, horizonAge: '80' });
// @ts-expect-error: a break-even may not exist
const alwaysBreaksEven: BreakEven = cmp.keep.breakEven;

// @ts-expect-error: a period is compulsory, state or voluntary
pension({ sex: 'male', birth: '1966-04', history: [{ from: '2005-01', to: '2020-12', kind: 'employer', salary: 1 }] });
// @ts-expect-error: a voluntary period has an income, not a salary
pension({ sex: 'male', birth: '1966-04', history: [{ from: '2008-01', to: '2020-12', kind: 'voluntary', income: 1, salary: 1 }] });
// @ts-expect-error: the history is a list of periods
pension({ sex: 'male', birth: '1966-04', history: { from: '2005-01', to: '2020-12', kind: 'compulsory', salary: 1 } });
// @ts-expect-error: a compulsory continuation has a salary, not an income
pension({ sex: 'male', birth: '1966-04', history, continuation: { kind: 'compulsory', income: 1 } });
// @ts-expect-error: sex is "male" or "female"
retirementAge({ sex: 'm', birth: '1966-04' });
// @ts-expect-error: the birth date is text, "YYYY-MM" or "YYYY-MM-DD"
retirementAge({ sex: 'male', birth: new Date(1966, 3, 1) });
// @ts-expect-error: unknown condition
retirementAge({ sex: 'male', birth: '1966-04', condition: 'miner' });
// @ts-expect-error: the monthly pension may be null (not eligible)
const notNull: Vnd = p.monthlyPension;

// @ts-expect-error: there are four regions
contribution({ month: '2026-11', salary: 1, region: 5 });
// @ts-expect-error: the salary is required
contribution({ month: '2026-11', region: 1 });
// @ts-expect-error: the salary is a number of đồng
contribution({ month: '2026-11', salary: '20000000', region: 1 });
// @ts-expect-error: unknown support group
voluntaryContribution({ month: '2026-11', income: 1_500_000, group: 'rich' });
// @ts-expect-error: 2 months is no payment mode
voluntaryContribution({ month: '2026-11', income: 1_500_000, group: 'other', mode: { months: 2 } });

const record: Reading = readRecord({ text: 'Từ tháng\tĐến tháng\tMức đóng\n01/2020\t12/2020\t5.000.000', today: '2026-11' });
const readPeriods: HistoryPeriod[] = record.periods;
const firstRow: ReadRow = record.rows[0];
const status: RowStatus = firstRow.status;
const rowPeriod: HistoryPeriod | null = firstRow.period;
const declared: number | null = record.declaredMonths;
readRecord({ rows: [['Từ tháng', 'Đến tháng', 'Mức đóng'], ['01/2020', '12/2020', 3.99, null]] });
pension({ sex: 'female', birth: '1980-01', history: record.periods });
type _RecordNotAny = Not<IsAny<typeof record>>;
type _RowNotAny = Not<IsAny<typeof firstRow>>;
// @ts-expect-error: a table's cells are text, numbers or empty
readRecord({ rows: [[true]] });

const policy: PolicyInput = { kind: 'decree178', restructuringMonth: '2025-03', currentSalary: 15_356_250 };
const early: Pension = pension({
  sex: 'male', birth: '1966-01', decisionMonth: '2025-05', policy,
  history: [{ from: '2003-05', to: '2025-04', kind: 'state', coefficient: 4.65, allowances: 0.6 }],
});
const allowances: PolicyAllowances | null = early.policyAllowances;
const allowanceTotal: Vnd | undefined = allowances?.total;
const allowanceMonths: number | undefined = allowances?.items[0].months;
const window: PolicyWindow | null = retirementAge({ sex: 'female', birth: '1970-10', policy: { kind: 'decree154' } }).policy;
const earliestUnderPolicy: string | undefined = window?.earliestStart;
pension({ sex: 'female', birth: '1970-10', history, noReduction: true });
type _PolicyAllowancesNotAny = Not<IsAny<typeof allowances>>;
const relatives: Dependant[] = [{ relation: 'spouse', birth: '1968-03' }, { relation: 'child', birth: '2016', noCarer: true }];
const withFamily: Comparison = compareWithdrawal({ sex: 'male', birth: '1964-10', history, dependants: relatives, policy: { kind: 'decree154' } });
const family: FamilyValue = withFamily.keep.family;
const onDeath: DeathBenefits | null = family.onDeath;
const worthWithFamily: Vnd = withFamily.keep.totals.expectedValueWithFamily;
const familyByYear: Vnd = withFamily.keep.series[0].familyValue;
const keptAllowances: PolicyAllowances | null = withFamily.keep.policyAllowances;
type _FamilyNotAny = Not<IsAny<typeof family>>;
// @ts-expect-error: only Decree 178 has a restructuring month
pension({ sex: 'female', birth: '1970-10', history, policy: { kind: 'decree154', restructuringMonth: '2025-03' } });
// @ts-expect-error: no such policy
retirementAge({ sex: 'female', birth: '1970-10', policy: { kind: 'decree29' } });
// @ts-expect-error: a relative is a spouse, a child, a parent or another family member
compareWithdrawal({ sex: 'male', birth: '1964-10', history, dependants: [{ relation: 'cousin', birth: '1980' }] });
void allowanceTotal, allowanceMonths, earliestUnderPolicy, onDeath, worthWithFamily, familyByYear, keptAllowances;

try {
  contribution({ month: '2026-13', salary: 1, region: 1 });
} catch (e) {
  const error = e as BhxhError;
  const code: ErrorCode = error.code;
  const text: string = `${error.field}: ${error.messageVi} / ${error.messageEn}`;
  void code, text;
}

void employeeTotal, uiBase, firstSource, pays, unit, pensionStart, ageYears, monthlyPension, eligible, totalMonths, averageSalary, monthsMissing, notNull;
void lumpSum, ground, firstAllowed, lost, point, breakEven, expected, months, alwaysBreaksEven;
void readPeriods, status, rowPeriod, declared;
