// Compiled by `tsc --noEmit` (tests/js/tsconfig.json) against pkg/bhxh.d.ts: the package's types describe
// the API precisely enough to catch misuse, with no `any` in inputs or results.
import { contribution, voluntaryContribution, parameters } from '../../pkg/bhxh.js';
import type { BhxhError, Contribution, ErrorCode, Vnd, VoluntaryContribution, Catalogue } from '../../pkg/bhxh.js';

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

try {
  contribution({ month: '2026-13', salary: 1, region: 1 });
} catch (e) {
  const error = e as BhxhError;
  const code: ErrorCode = error.code;
  const text: string = `${error.field}: ${error.messageVi} / ${error.messageEn}`;
  void code, text;
}

void employeeTotal, uiBase, firstSource, pays, unit;
