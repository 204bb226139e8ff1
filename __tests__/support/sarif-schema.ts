/**
 * The SARIF 2.1.0 schema (draft-04, as shipped by @microsoft/jest-sarif) as a validator, and the
 * parts of a SARIF log the tests read.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
// A CommonJS class: required rather than imported, so its constructor is the module itself.
const Ajv = require('ajv-draft-04') as new (options: Record<string, unknown>) => { compile(schema: object): ValidateFunction };
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
// The schema's patterns predate Unicode-mode regular expressions.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
const validate = ajv.compile(schema);

export function sarifSchemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath} ${error.message}`);
}

export interface SarifLog {
  readonly runs: readonly {
    readonly automationDetails: { readonly id: string };
    readonly tool: {
      readonly driver: {
        readonly rules: readonly {
          readonly id: string;
          readonly help: { readonly markdown: string };
          readonly properties: Record<string, string>;
        }[];
      };
    };
    readonly results: readonly {
      readonly ruleId: string;
      readonly locations: readonly { readonly physicalLocation: { readonly artifactLocation: { readonly uri: string } } }[];
    }[];
  }[];
}
