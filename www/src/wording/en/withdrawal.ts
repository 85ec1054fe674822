// The one-time withdrawal: whether it is open, the amount, the monthly allowance instead, what it gives up.
export default {
  // Whether the withdrawal is open in the request month: on which ground, or why not (each reason also an item of `missing`).
  withdrawalOpen: 'In {month:month} ({law}): a withdrawal is open: {ground:notes}.',
  withdrawalNotOpen: 'In {month:month} ({law}), {months:count} months contributed: no withdrawal yet. {reasons:notes}',
  groundRetirementAge: 'the retirement age is reached without the years for a pension',
  groundEmigrating: 'settling abroad',
  groundSeriousIllness: 'a life-threatening illness (cancer, polio, decompensated cirrhosis, severe tuberculosis, AIDS…)',
  groundSevereIncapacity: '81% or more loss of work capacity, or a very severe disability',
  groundStoppedContributing: '12 months without contributions, with fewer than 20 years',
  groundArmedForces: 'leaving the armed forces without a pension',
  incapacityNotAGroundUnderLaw58: 'Law 58/2014 gives no withdrawal for lost work capacity; Law 41/2024 does, from {from:month}.',
  armedForcesWithPension: 'The worker qualifies for a pension: leaving the armed forces opens a withdrawal only without one.',
  yearsKeptForPension: '{months:count} months contributed, {maximumYears:count} years or more: no withdrawal at working age; this time goes to a pension.',
  startedUnderLaw41: 'Contributions began in {first:month}, after 2025-07-01: no withdrawal at working age (Law 41/2024 Art 70.1.đ).',
  waitingMonths: '{waiting:count} consecutive months without contributions are needed up to the month before the request: the last month paid is {last:month}, so {open:month} at the earliest.',
  opensAtRetirementAge: 'At the retirement age (from {ageFrom:month}), with fewer than {minimumYears:count} years, a withdrawal opens.',
  // The amount.
  lessThanYear: 'Under one year ({months:count} months): the money contributed = {rate:rate} × the revalued salaries and incomes = {contributed:money}, at most {capMonths:count} × the average = {cap:money}: {grossAmount:money}.',
  withdrawalAmount: 'Before 2014: {monthsBefore2014:count} months = {yearsBefore2014:number} years; from 2014: {monthsFrom2014:count} months (with {movedMonths:count} odd pre-2014 months moved in) = {yearsFrom2014:number} years. Amount = ({rateBefore2014:rate} × {yearsBefore2014:number} + {rateFrom2014:rate} × {yearsFrom2014:number}) × {average:money} = {monthsOfAverage:number} months × {average:money} = {grossAmount:money}.',
  supportTakenBack: 'The State\'s support for voluntary contributions is taken back: {supportedMonths:count} months, {stateSupport:money}. Paid: {amount:money}.',
  supportKept: 'A withdrawal for a serious illness or 81% incapacity keeps the State\'s support of {stateSupport:money} ({supportedMonths:count} months). Paid: {amount:money}.',
  monthlyAllowanceInstead: 'Instead of the lump sum, a monthly allowance: T = {average:money} × {factor:count} × {years:number} years ÷ {socialPension:money} = {monthsEarned:count} months; {monthsUntilSocialPension:count} months remain until the social-pension age. Amount: {monthlyAllowance:money} a month for {months:count} months.',
  monthlyAllowanceWithTopUp: 'Instead of the lump sum, a monthly allowance: T = {average:money} × {factor:count} × {years:number} years ÷ {socialPension:money} = {monthsEarned:count} months; {monthsUntilSocialPension:count} months remain until the social-pension age. Amount: {monthlyAllowance:money} a month for {months:count} months; paying {topUp:money} at once extends it to that age.',
  // What withdrawing gives up: the step says every loss in turn.
  losses: '{losses:notes}',
  lostContributionTime: 'All {months:count} months contributed are erased for good: they can no longer count towards the 15 years of a pension.',
  lostHealthInsurance: 'A pensioner\'s health insurance is paid by the SI fund ({pensionerRate:rate} of the pension a month). After withdrawing, the worker buys household health insurance: {healthInsurance:money} a month ({householdRate:rate} × the reference level).',
  lostFuneralAllowance: 'The funeral allowance to the family on death: {funeralAllowance:money} ({funeralTimes:count} × the reference level), unless other qualifying time remains.',
  lostSurvivorBenefits: 'Survivor benefits for relatives: a monthly allowance of {survivorBenefits:money} each (50% of the reference level, 70% without a carer) after 15 years, or a survivor lump sum.',
  // Assumptions and warnings.
  underOneYearRevalued: 'The money contributed in under a year is taken on revalued salaries and incomes (the common reading, unverified).',
  supportDeductedUnderLaw58: 'Under Law 58/2014 the State\'s support is taken back even for a serious illness (this tool\'s reading).',
  policyPensionOpen: 'Under {policy:notes}, the worker may take a pension from {month:month} instead, not reduced: about {pension:money} a month, rather than withdrawing (compareWithdrawal compares the two).',
};
