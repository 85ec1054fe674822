// The pension rules: the retirement age, the special early-retirement policies, the pension in one decision month,
// a projection of further contributions, and the pension calculator's own notes.
// The policies' allowances, by the items paid.
const allowances = (items: string) =>
  `The allowances of {policy:notes} (State budget, not social insurance), on a current salary of {currentSalary:money}{estimated:notes}; {monthsEarly:count} months early count as {yearsEarly:number} years, {serviceYears:number} years of compulsory SI: ${items}. Total {total:money}.`;
const earlyMonths = 'One-off allowance for the months retired early: {earlyMonthsSalaries:number} months\' salary = {earlyMonthsAllowance:money}';
const yearsEarly = 'Allowance for the years retired early: {yearsEarlySalaries:number} months\' salary = {yearsEarlyAllowance:money}';
const serviceYears = 'Allowance for the years of compulsory SI: {serviceYearsSalaries:number} months\' salary = {serviceYearsAllowance:money}';
const monthsEarlyAllowance = (when: string, share: string) =>
  `The months-early allowance: ${when} the first {fullRateMonths:count} months after the restructuring decision: ${share}.`;
const notOpen = (span: string) =>
  `“policy.kind”: {policy:notes} applies to pensions starting ${span}; a pension from {decision:month}, before {benchmarkStart:month} (the retirement age), cannot be under it.{successor:notes}`;
// The one-time allowance on retirement, with the years after the retirement age or without.
const allowance = (afterAge: string) =>
  `One-time retirement allowance: {excessMonths:count} months above {maxYears:count} years; {yearsBeforeAge:number} years × {perExcessYear:rate} of the average${afterAge} = {allowance:money}. The parts before and after the retirement age are rounded separately (this tool's reading).`;

export default {
  // The retirement age (retirement.rs): its steps, the words that name a person's sex and condition, its errors.
  normalRetirementAge: 'The normal retirement age for {sex:notes} born in {birth:month}: {age:age}, reached in {reached:month}.',
  lowerRetirementAge: 'With {condition:notes}, retirement is allowed up to {yearsLower:count} years earlier: at {age:age}, reached in {reached:month}.',
  pensionStart: 'Retirement is at the end of {reached:month}; the pension is paid from {start:month}.',
  policyRetirement: 'Under {policy:notes}: retiring up to {maxMonthsEarly:count} months before the age of Appendix I (a pension from {benchmarkStart:month}), with no reduction of the rate: a pension under the policy may start in any month from {earliest:month} to {latest:month}.',
  policyRetirementAppendixII: 'Under {policy:notes}: retiring up to {maxMonthsEarly:count} months before the lower age of Appendix II (a pension from {benchmarkStart:month}), with no reduction of the rate: a pension under the policy may start in any month from {earliest:month} to {latest:month}.',
  sexMale: 'men',
  sexFemale: 'women',
  conditionHardship: '15+ years of heavy or hazardous work or in especially difficult areas',
  conditionCoalMining: '15+ years of underground coal mining',
  conditionReducedCapacity: 'work capacity reduced by 61–80%',
  conditionReducedCapacitySevere: 'work capacity reduced by 81% or more',
  ageYears: '{years:count} years',
  ageYearsMonths: '{years:count} years {months:count} months',
  birthImplausible: '“birth”: the birth month {birth:month} cannot be right: it must be from {oldest:month} to {today:month}.',
  birthInvalid: '“birth”: “{text}” is not a valid birth date; write YYYY-MM or YYYY-MM-DD, for example 1969-01 or 1969-01-15.',
  // The special early-retirement policies (policy.rs): their names, the unreduced pension, their own allowances
  // and what those rest on, their errors.
  policyDecree178: 'Decree 178/2024 (as amended by Decree 67/2025) on restructuring the apparatus',
  policyDecree154: 'Decree 154/2025 on staff streamlining',
  policyDecree177: 'Decree 177/2024 (not re-elected or re-appointed)',
  policyUnnamed: 'a special early-retirement policy',
  noReductionUnderPolicy: 'Retired {monthsEarly:count} months early under {policy:notes}: the rate is not reduced.',
  policyNotNamed: '“noReduction”: a special early-retirement policy not named: the pension starts {monthsEarly:count} months early (at most {maxMonthsEarly:count}, the limit of Decree 154/2025), with no reduction of the rate; the policy\'s own allowances are not computed. Name the policy in “policy”.',
  policyAsserted: 'A pension {monthsEarly:count} months early, not reduced, under {policy:notes}: the worker asserts being covered (the post, the competent authority\'s decision); the engine does not check it.',
  policyAllowancesAll: allowances(`${earlyMonths}; ${yearsEarly}; ${serviceYears}`),
  policyAllowancesEarlyMonths: allowances(earlyMonths),
  policyAllowancesYears: allowances(`${yearsEarly}; ${serviceYears}`),
  policyAllowancesNone: allowances('none'),
  currentSalaryEstimatedClause: ' (estimated)',
  notSocialInsurance: 'The allowances of {policy:notes} are paid by the State budget: they are not social insurance and not part of the pension; the worker asserts being covered.',
  currentSalaryFromCoefficients: 'The current salary is estimated from the last period: coefficients {coefficient:number} × the reference level {reference:money} × (1 + the public-service allowance {publicService:rate}) = {salary:money}. The real figure may differ (the public-service allowance is on the grade salary with the position and beyond-scale allowances only, and other allowances count too); give “policy.currentSalary”.',
  currentSalaryFromLastSalary: 'The current salary is taken as the SI salary of the last period, {salary:money}: only an estimate (the current salary includes the allowances the policy counts); give “policy.currentSalary”.',
  restructuringMonthAssumed: monthsEarlyAllowance('no restructuring month (“policy.restructuringMonth”): leaving is assumed within', 'in full'),
  leftWithinFullRateMonths: monthsEarlyAllowance('leaving within', 'in full'),
  leftAfterFullRateMonths: monthsEarlyAllowance('leaving after', '{laterRate:rate} of it'),
  halfYearRounding: 'The months early and the years of SI are rounded: 1 to 6 odd months count as half a year, 7 to 11 as a year (Circular 19/2025/TT-BQP Art 5.2; Decree 177/2024 Art 3.3; the example of letter 1814/BNV-TCBC counts 30 months as 2.5 years).',
  underTwoYearsEarly: 'Under {minMonths:count} months early: only the unreduced pension (the clause was not checked against the decree\'s text).',
  underTwoYearsEarlyWithMonthsAllowance: 'Under {minMonths:count} months early: only the unreduced pension and the months-early allowance (the clause was not checked against the decree\'s text).',
  decree178Decision: 'Decree 178/2024 applies only if the retirement decision was issued by 2025-08-31 (for a leaving date after 2025-08-31: issued before 2025-08-01, leaving by 2025-12-31; letter 6383/BNV-TCBC): this is assumed.',
  decree154Readings: 'For Decree 154/2025, the rounding of the years and the definition of the current salary are taken from Decrees 178/2024 and 177/2024 (not checked against Decree 154\'s text).',
  noReductionWithPolicy: '“noReduction”: give “policy” only (the older “noReduction” cannot go with it).',
  allowancesTooLarge: '“{field}”: the policy\'s allowances come to more than can be computed exactly (over 9 million billion VND); check the salary, its assumed raise and any overrides.',
  policyOpenBetween: notOpen('from {from:month} to {to:month}'),
  policyOpenFrom: notOpen('from {from:month}'),
  policyNeverOpen: notOpen('in no month'),
  decree178Successor: ' From 2025-09, early leavers of the restructuring go through Decree 154/2025 (“decree154”).',
  restructuringAfterLeaving: '“policy.restructuringMonth”: the restructuring decision must take effect by the last month worked, {leaving:month}.',
  currentSalaryUnknown: '“policy.currentSalary”: the current salary cannot be estimated from the history; give it.',
  // The pension in one decision month (assessment.rs).
  lawInForce: 'A decision in {decision:month} is settled under {law} (a benefit follows the law in force when it is taken).',
  contributionTime: 'Time contributed: {months:count} months ({compulsoryMonths:count} compulsory, {voluntaryMonths:count} voluntary) = {wholeYears:count} years {oddMonths:count} months; counted as {yearsCounted:number} years (1–6 odd months count as half a year, 7–11 as a year).',
  eligibleNormal: 'Eligible for a pension under {rules:notes}: retirement age reached and {minimumYears:count} years contributed.',
  eligibleLowerAge: 'Eligible for a pension at a lower age (hardship or mining) with {minimumYears:count} years contributed.',
  eligibleReducedCapacity: 'Eligible for a pension with reduced work capacity (the rate is reduced for retiring early).',
  eligibleSpecialPolicy: 'Eligible for a pension before the age under a special early-retirement policy: {minimumYears:count} years of compulsory SI, with no reduction of the rate.',
  eligibleVoluntaryTransitional: 'Eligible under the transitional rule: voluntary SI since before 2021 with 20 voluntary years, retiring at 60 (men) / 55 (women).',
  notEligible: 'Not yet eligible for a pension: {reasons:notes}',
  rulesCompulsory: 'compulsory SI rules',
  rulesVoluntary: 'voluntary SI rules (too few compulsory years)',
  missingYears: '{missingMonths:count} more months of contributions are needed to reach {minimumYears:count} years.',
  missingReducedCapacityYears: 'A pension with reduced work capacity needs {neededYears:count} years of compulsory SI; {missingMonths:count} months are missing.',
  missingPolicyYears: 'Early retirement under a special policy needs {minimumYears:count} years of compulsory SI; {missingMonths:count} months are missing.',
  missingAge: 'The retirement age is not reached: the pension can start in {start:month} at the earliest.',
  // The average salary: its parts in turn.
  averageSalary: '{parts:notes}',
  averageEmployer: 'Employer-decided salaries: {employerMonths:count} months, each times its year\'s coefficient in {table:notes}, {employerRevaluedTotal:money} in all.',
  averageTableOfficial: 'the {tableYear:number} revaluation table',
  averageTableProjected: 'the {tableYear:number} table (projected from the {projectedFrom:number} table with an assumed inflation of {inflation:rate} a year)',
  averageState: 'State-scale salaries: average of {stateWindow:notes} ({stateValued:notes}) = {stateAverage:money}, weighted by {stateMonths:count} months.',
  stateWindowWhole: 'the whole career',
  stateWindowYears: 'the last {stateWindowYears:count} years',
  stateValuedAtReference: 'coefficients × the reference level at the benefit {reference:money}',
  stateValuedByCpi: 'coefficient × each month\'s base salary, revalued by CPI',
  averageVoluntary: 'Voluntary incomes: {voluntaryMonths:count} months, revalued with the income table, {voluntaryRevaluedTotal:money} in all.',
  averageValue: 'Average salary and income: {averageSalary:money} (the fraction of a đồng dropped).',
  averageWithoutSalary: '{monthsWithoutSalary:count} months before 1995 without salary data count for time only.',
  pensionRate: 'Pension rate ({sex:notes}): {baseRate:rate} for {baseYears:count} years plus {perYear:rate} per further year, at most {maxRate:rate}: {yearsCounted:number} years → {pensionRate:rate}.',
  earlyRetirementReduction: 'Retired {monthsEarly:count} months before the normal age (to {reached:month}, when the person reaches {age:age} by birth month): {perYear:rate} less per year; odd months under 6 cost nothing, 6 or more cost half: {reductionRate:rate} less.',
  earlyRetirementReductionByYear: 'Retired {monthsEarly:count} months before the normal age (against the normal age of {year:number}: {age:age}): {perYear:rate} less per year; odd months under 6 cost nothing, 6 or more cost half: {reductionRate:rate} less.',
  monthsEarlyReading: 'The months retired early are counted to the month the person reaches their own retirement age by birth month (Decree 135/2020 Appendix I), as the Ministry of Home Affairs (letter 1814/BNV-TCBC) and the Ministry of Defence (Circular 19/2025/TT-BQP) count them. No guidance or decision of Vietnam Social Security confirming it for reduced-capacity pensions was found; counted against the normal age of the calendar year of retirement, the months are fewer for men retiring before 2028 and women before 2035.',
  monthsEarlyReadingByYear: 'The months retired early are counted against the normal age of the calendar year of retirement (value 0 of “earlyRetirementMonthsBenchmark”), not the month the person reaches their own age (Decree 135/2020 Appendix I).',
  monthlyPension: 'Pension = {averageSalary:money} × {pensionRate:rate} = {computedPension:money} (rounded to the đồng).',
  minimumPension: 'The pension is at least the reference level {minimumPension:money} ({floorYears:count} compulsory years): monthly pension {monthlyPension:money}.',
  minimumPensionJoinedBefore2025: 'The pension is at least the reference level {minimumPension:money} ({floorYears:count} compulsory years, joined before 2025-07-01): monthly pension {monthlyPension:money}.',
  noMinimumPension: 'No minimum pension applies (it needs {floorYears:count} compulsory years and joining before 2025-07-01): monthly pension {monthlyPension:money}.',
  retirementAllowance: allowance(''),
  retirementAllowanceWithYearsAfterAge: allowance(' + {yearsAfterAge:number} years after retirement age × {perYearAfterAge:rate}'),
  healthInsurance: 'The SI fund pays the pensioner\'s health insurance: {healthInsuranceRate:rate} × {monthlyPension:money} = {healthInsurance:money} a month, which the pensioner need not buy.',
  noRevaluationTable: 'No salary revaluation table for {decisionYear:number} is known; give one in “overrides.revaluationTables”.',
  // Contributing on (projection.rs).
  assumedSalaryRaise: 'The salary is assumed to rise by {raise:rate} a year, each January.',
  assumedIncomeRaise: 'The voluntary income is assumed to rise by {raise:rate} a year, each January.',
  projectedCoefficients: 'No coefficient table exists yet for {year:number}: the {from:number} table is carried forward at an assumed inflation of {inflation:rate} a year. The result is provisional.',
  nextSteps: '{parts:notes}',
  nextStepsMissing: 'Stopping now, {monthsMissing:count} months are missing for the {minimumYears:count} years of a pension.',
  nextStepsVoluntary: 'Voluntary SI on an income of {income:money}: {perMonth:money} a month after support, {total:money} for the {monthsMissing:count} months.',
  nextStepsLumpSum: 'Or, at retirement age ({payIn:month}), pay the {lumpSumMonths:count} missing months at once: about {lumpSum:money} (an estimate; the fund return is unverified); the pension starts the month after payment.',
  nextStepsNoLumpSum: 'Paying the gap at once at retirement age is not possible: at most {maxMonths:count} months may be paid that way.',
  continuationUntilInvalid: '“{field}”: the last month {month:month} must be from {from:month} (after the history) to {last:month}.',
  // The calculator (pension.rs).
  decisionBefore2016: 'The decision month {decision:month} is before 2016-01: only Law 58/2014 and Law 41/2024 are modelled; choose a “decisionMonth” from 2016-01.',
  salaryAboveCap: '{cappedMonths:count} months have a salary above the cap of 20 × the reference level; they count at the cap.',
  conditionNeedsCompulsory: 'A lower retirement age applies only under the compulsory rules; the normal age is used here.',
};
