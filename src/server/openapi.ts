/**
 * `GET /v1/openapi.json`: the OpenAPI 3.1 document of the service, generated — never written by
 * hand — from zod schemas: the household from the library's {@link householdJsonSchema} (itself
 * generated from {@link HouseholdSchema}), the rule inputs and reforms from `./schemas.ts` (built
 * from the library's exported schema and plan), the envelopes and errors from the schemas below.
 *
 * @module
 */
import { z } from 'zod';
import { householdJsonSchema, LANXI_2023 } from '../index.js';
import { HEADERS, VERSION } from './envelope.js';
import { PLAN_OVERRIDES, POPULATION_INPUTS, RULE_INPUTS, RULE_NAMES, type RuleName } from './schemas.js';

type Json = Record<string, unknown>;

const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/).meta({ description: 'An exact decimal (money in yuan with two decimals, rates as fractions).' });

const Issue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
  messageZh: z.string(),
});
const Meta = {
  version: z.string().meta({ description: 'The lanxi-policy package version.' }),
  plan: z.object({ id: z.string(), label: z.string() }),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: "SHA-256 of the plan's canonical parameters, readings, date of force and period." }),
};
const ErrorBody = z.object({
  ...Meta,
  error: z.object({ status: z.int(), code: z.string(), message: z.string(), messageZh: z.string(), issues: z.array(Issue).optional() }),
});
const ResultBody = z.object({
  ...Meta,
  reform: z.object({ plan: z.object({ id: z.string(), label: z.string() }), fingerprint: z.string() }).optional()
    .meta({ description: "compare: the reform's plan and its own fingerprint." }),
  fingerprints: z.array(z.string()).optional().meta({ description: "sweep: each value's plan fingerprint, in the order of the values." }),
  result: z.record(z.string(), z.unknown()).meta({ description: 'The library function\'s result: money and rates as exact decimal strings (e.g. "1500.00"), never JSON numbers; no trace unless ?trace=true.' }),
  explanation: z.string().optional().meta({ description: 'With ?explain=zh-CN|en: the explanation, citing the clauses.' }),
});
const BatchLine = z.object({
  index: z.int().optional(), line: z.int().optional(), ...Meta,
  result: z.record(z.string(), z.unknown()).optional(),
  error: ErrorBody.shape.error.optional(),
});

/** A zod schema as a JSON Schema fragment for the document (input side; no $schema). */
function schemaOf(s: z.ZodType, io: 'input' | 'output' = 'input'): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ 'application/json': { schema } });
const response = (description: string, schema: Json) => ({ description, headers: META_HEADERS, content: json(schema) });
const errorResponse = (description: string) => response(description, ref('Error'));

const META_HEADERS = {
  [HEADERS.version]: { $ref: '#/components/headers/Version' },
  [HEADERS.plan]: { $ref: '#/components/headers/Plan' },
  [HEADERS.fingerprint]: { $ref: '#/components/headers/Fingerprint' },
};

const ERRORS = {
  '400': errorResponse('Invalid input: the issues (path, code, message, messageZh), never a value sent.'),
  '405': errorResponse('Method not allowed (the Allow header lists the methods).'),
  '413': errorResponse('The body is larger than the limit (default 10 MB).'),
  '415': errorResponse('The body is not application/json.'),
  '422': errorResponse('PlanNotInForceError: the year or date is outside the plan\'s period or before its date of force (both messages).'),
  '503': errorResponse('The request took longer than the time limit.'),
  '500': errorResponse('An unexpected failure (no detail is sent).'),
};

const QUERY = {
  explain: { name: 'explain', in: 'query', required: false, schema: { type: 'string', enum: ['zh-CN', 'en'] }, description: 'Add the explanation text in this language.' },
  trace: { name: 'trace', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] }, description: 'Include the trace.' },
  year: { name: 'year', in: 'query', required: false, schema: { type: 'integer', minimum: 1900, maximum: 2199 }, description: 'The year computed when the body gives none (default: the plan\'s year, 2023).' },
  perHousehold: { name: 'perHousehold', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] }, description: 'Include the per-household rows.' },
};

const RULE_CLAUSES: Readonly<Record<RuleName, string>> = {
  loanInterestSubsidy: '2.3.8', householdLoanSubsidy: '2.3.8', rentSubsidy: '2.3.7', vocationalGrant: '2.3.4',
  projectIncomeRule: '2.3.9', incomeTargets: '1', allocateDividends: '2.3.9', trainingQuota: '2.3.5',
  monthlyVisits: '2.3.1', milestoneStatus: '2.3.2–2.3.5',
};

function post(summary: string, body: Json, params: readonly Json[], extra: Json = {}, content?: Json): Json {
  return {
    summary,
    parameters: params,
    requestBody: { required: true, content: content ?? json(body) },
    responses: { '200': response('The answer, with the version, the plan and its fingerprint.', ref('Result')), ...ERRORS, ...extra },
  };
}

function build(): Json {
  const paths: Json = {
    '/health': { get: { summary: 'Liveness, with the version, plan and fingerprint.', responses: { '200': response('Up.', schemaOf(z.object({ status: z.literal('ok'), ...Meta }))), '405': ERRORS['405'] } } },
    '/v1/plan': { get: { summary: 'Every parameter and reading with value, unit, clause and quote; milestones; fingerprint.', responses: { '200': response('The plan.', ref('Result')), '405': ERRORS['405'] } } },
    '/v1/openapi.json': { get: { summary: 'This document.', responses: { '200': { description: 'OpenAPI 3.1.', content: json({ type: 'object' }) }, '405': ERRORS['405'] } } },
  };
  for (const name of RULE_NAMES) {
    paths[`/v1/rules/${name}`] = { post: post(`${name} (clause ${RULE_CLAUSES[name]}); the body is the function's input, plus optional plan overrides.`, ref(`${name}Input`), [QUERY.explain, QUERY.trace]) };
  }
  paths['/v1/assess'] = { post: post('Assess one household: a household record, or { household, year?, plan? }.', { oneOf: [ref('Household'), ref('AssessInput')] }, [QUERY.year, QUERY.explain, QUERY.trace]) };
  paths['/v1/assess/batch'] = {
    post: post('Assess many households, a result or an error per record. JSON in, JSON out; NDJSON (one household a line) in, NDJSON out, streamed.', {}, [QUERY.year, QUERY.trace], {
      '200': {
        description: 'JSON: { records, assessed, failed, results: [{ index, result } | { index, error }] } in result. NDJSON: one BatchLine per record.',
        headers: META_HEADERS,
        content: { 'application/json': { schema: ref('Result') }, 'application/x-ndjson': { schema: ref('BatchLine') } },
      },
    }, {
      'application/json': { schema: { oneOf: [{ type: 'array', items: ref('Household') }, ref('BatchInput')] } },
      'application/x-ndjson': { schema: ref('Household') },
    }),
  };
  paths['/v1/simulate'] = { post: post('The population under the plan (or under plan overrides).', ref('SimulateInput'), [QUERY.year, QUERY.perHousehold]) };
  paths['/v1/compare'] = { post: post('The plan against a reform; the reform has its own fingerprint (body reform.fingerprint, header X-Lanxi-Reform-Fingerprint).', ref('CompareInput'), [QUERY.year, QUERY.perHousehold]) };
  paths['/v1/sweep'] = { post: post('One parameter over a list of values; each value\'s plan fingerprint in fingerprints.', ref('SweepInput'), [QUERY.year]) };

  const { $schema: _s, $id: _i, ...household } = householdJsonSchema() as Json;
  const schemas: Json = {
    Household: household,
    PlanOverrides: schemaOf(PLAN_OVERRIDES),
    AssessInput: schemaOf(POPULATION_INPUTS.assess),
    BatchInput: schemaOf(POPULATION_INPUTS.batch),
    SimulateInput: schemaOf(POPULATION_INPUTS.simulate),
    CompareInput: schemaOf(POPULATION_INPUTS.compare),
    SweepInput: schemaOf(POPULATION_INPUTS.sweep),
    Result: schemaOf(ResultBody, 'output'),
    BatchLine: schemaOf(BatchLine, 'output'),
    Error: schemaOf(ErrorBody, 'output'),
    DecimalString: schemaOf(decimalString, 'output'),
  };
  for (const name of RULE_NAMES) schemas[`${name}Input`] = schemaOf(RULE_INPUTS[name].extend({ plan: PLAN_OVERRIDES.optional() }));
  const header = (description: string, schema: Json) => ({ description, schema });
  return {
    openapi: '3.1.0',
    info: {
      title: 'lanxi-policy HTTP service',
      version: VERSION,
      description: `${LANXI_2023.title.zh} (${LANXI_2023.title.en}) as an HTTP service. Every answer carries the package version, the plan and its fingerprint (plan ${LANXI_2023.fingerprint}) in its body and headers. Money and rates are exact decimal strings.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas,
      headers: {
        Version: header('The lanxi-policy package version.', { type: 'string' }),
        Plan: header("The plan's id.", { type: 'string' }),
        Fingerprint: header("The plan's fingerprint (SHA-256, hex).", { type: 'string' }),
      },
    },
  };
}

let DOCUMENT: Json | undefined;

/**
 * The OpenAPI 3.1 document, built on first use.
 *
 * @example
 * ```ts
 * openApiDocument().openapi; //=> '3.1.0'
 * ```
 */
export function openApiDocument(): Json {
  DOCUMENT ??= build();
  return DOCUMENT;
}
