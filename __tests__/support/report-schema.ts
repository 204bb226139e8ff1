/** The published report schema (report.schema.json, with the observations schema it refers to), as a validator. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import observationsSchema from '../../docs/observations.schema.json' with { type: 'json' };
import reportSchema from '../../report.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
ajv.addSchema(observationsSchema);
const validate = ajv.compile(reportSchema);

/** The schema errors of a report, as "pointer message" lines; empty when it is valid. */
export function reportSchemaErrors(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
