// What is wrong with a contribution history as given (the errors of `history` and the months after it).
export default {
  historyEmpty: '“history”: at least one contribution period is needed.',
  periodsOverlap: '“{first}” and “{second}” overlap from {from:month}: each month counts once.',
  tooYoungAtFirstContribution: '“birth”: someone born in {birth:month} was not yet 13 in the first month contributed, {first:month}.',
  decisionMonthNotAfterHistory: '“decisionMonth”: the decision month {month:month} must come after the last month contributed, {last:month}.',
  requestMonthNotAfterHistory: '“requestMonth”: the request month {month:month} must come after the last month contributed, {last:month}: no withdrawal while contributing.',
  historyMonthNotYetCome: '“{field}”: {month:month} has not come yet (this is {today:month}); a history holds past months only. To project, use “continuation”.',
  historyMonthOutOfRange: '“{field}”: {month:month} is outside {first:month} to {last:month}, the range of this kind of period.',
  salaryCoefficientInvalid: '“{field}”: a positive coefficient below 30 with at most 6 decimals is needed (for example 4.98).',
  historyAmountsTooLarge: '“history”: the amounts are too large to compute (check the salaries and the assumed raise).',
  historyWithoutSalary: '“history”: no month has a salary to average; give the salary of at least one period.',
};
