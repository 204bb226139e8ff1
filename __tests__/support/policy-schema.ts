import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import schema from '../../policy.schema.json' with { type: 'json' };

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** What an editor with policy.schema.json says of a policy text: no errors is an empty list. */
export function policySchemaErrors(text: string): string[] {
  return validate(parse(text)) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
