import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../policy.schema.json' with { type: 'json' };

/** A schema error reduced to what a person needs: where (path, maybe a key) and what. */
export interface SchemaError {
  /** JSON pointer of the value concerned. */
  readonly pointer: string;
  /** Set when the error concerns a key (unknown or badly named) rather than a value. */
  readonly key: string | undefined;
  readonly message: string;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, verbose: true });
// VS Code's and yaml-language-server's keyword for a pattern's message: editors show it instead of the regex, and so do we.
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });

/**
 * A validator for one of our published schemas, reporting errors as a person reads them. The
 * schema is compiled on first use: a run that never reads an observations file never pays for it.
 */
export function schemaValidator(published: object): (data: unknown) => SchemaError[] {
  let validate: ValidateFunction | undefined;
  return (data) => {
    validate ??= ajv.compile(published);
    return validate(data) ? [] : simplify(validate.errors ?? []);
  };
}

export const validateAgainstSchema = schemaValidator(schema);

/**
 * ajv reports one error per failed branch of a `oneOf` plus one for the `oneOf` itself; a person
 * wants one sentence per place. Errors at the same place are merged, and a `oneOf` summary is
 * dropped when a branch explains the problem more precisely deeper down.
 */
function simplify(errors: readonly ErrorObject[]): SchemaError[] {
  const byPlace = new Map<string, { pointer: string; key: string | undefined; messages: string[] }>();
  const deepestPaths = errors.map((error) => error.instancePath);
  for (const error of errors) {
    const explainedDeeper = () => deepestPaths.some((path) => path.startsWith(`${error.instancePath}/`));
    if ((error.keyword === 'oneOf' || error.keyword === 'anyOf') && explainedDeeper()) continue;
    // A list of MX entries that fails inside is not also "must be \"none\"": the other
    // alternative of the same oneOf says nothing about a value that took this one.
    if (/\/(?:oneOf|anyOf)\/\d+\/[^/]+$/.test(error.schemaPath) && explainedDeeper()) continue;
    // if/then rules (ports: all needs max-addresses) are there for editors: the loader says the
    // same at the key concerned, in its own words.
    if (error.keyword === 'if' || (error.keyword === 'required' && error.schemaPath.includes('/then/'))) continue;
    // Every name (domains, mail servers, rule ids) is checked by the loader, with a better message;
    // a duplicate key renamed for the schema must not fail a pattern either.
    if (error.keyword === 'propertyNames' || error.propertyName !== undefined) continue;
    let key: string | undefined;
    let message: string;
    switch (error.keyword) {
      case 'additionalProperties':
        key = String(error.params['additionalProperty']);
        message = `unknown key "${key}"`;
        break;
      case 'required':
        message = `missing required key "${String(error.params['missingProperty'])}"`;
        break;
      case 'const':
        message = `must be ${JSON.stringify(error.params['allowedValue'])}`;
        break;
      case 'enum':
        message = `must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      case 'oneOf':
        message = 'does not match any allowed form';
        break;
      case 'pattern': {
        const explained = (error.parentSchema as { patternErrorMessage?: string } | undefined)?.patternErrorMessage;
        message = explained ?? 'is not in a valid form';
        break;
      }
      case 'not':
        message = 'is not allowed here';
        break;
      default: {
        const propertyName = error.params['propertyName'];
        key = typeof propertyName === 'string' ? propertyName : undefined;
        message = error.message ?? 'is invalid';
      }
    }
    const placeId = `${error.instancePath}\u0000${key ?? ''}`;
    const place = byPlace.get(placeId) ?? { pointer: error.instancePath, key, messages: [] };
    if (!place.messages.includes(message)) place.messages.push(message);
    byPlace.set(placeId, place);
  }
  return [...byPlace.values()].map((place) => ({
    pointer: place.pointer,
    key: place.key,
    message: place.messages.join(' or '),
  }));
}
