import { GraphQLScalarType } from 'graphql';
import { DateResolver } from 'graphql-scalars';

export { DateTimeResolver as DateTimeScalar } from 'graphql-scalars';

/** `Date` as the contract has it: YYYY-MM-DD in and out, kept as a string (no time zone). */
export const DateScalar = new GraphQLScalarType<string, string>({
  ...DateResolver.toConfig(),
  parseValue: (value) => (DateResolver.parseValue(value) as Date).toISOString().slice(0, 10),
  parseLiteral: (ast, vars) => (DateResolver.parseLiteral(ast, vars) as Date).toISOString().slice(0, 10),
});
