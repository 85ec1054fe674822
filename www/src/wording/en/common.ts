// What every result says of the parameters it used, and the parameters' names.
export default {
  unverifiedParameter: 'The value of “{parameter:parameter}” ({parameter}) from {from:month} is unverified ({instrument}): treat the result as indicative.',
  overrideUsed: 'The result uses a what-if value of “{parameter:parameter}” ({parameter}) from {from:month}.',
};
