/**
 * The JSON Schema check of `news-widgets validate`: the keywords schema/news-feed.schema.json
 * uses (type, properties, required, items, $ref into $defs, anyOf, minimum, maximum, pattern),
 * in a few lines instead of a validator library the published package would have to carry. A
 * schema keyword it does not know is an error, not a pass, so the schema cannot outgrow it
 * unnoticed; test/node/cli.test.js checks that it agrees with ajv on every feed it reads.
 */

/** Keywords that only describe (no check) or that this check reads. */
const KNOWN = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description', 'examples', 'default', 'deprecated']);
const CHECKED = new Set(['type', 'properties', 'required', 'items', '$ref', 'anyOf', 'minimum', 'maximum', 'pattern']);

const typeOf = (value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function matchesType(value, type) {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeOf(value) === type;
}

/** `/items/3/title` for messages, as JSON Pointer. */
const pointer = (path) => (path.length ? `/${path.join('/')}` : '(the document)');

/**
 * Every way `data` breaks `schema`, as `{ path, message }` (empty when it is valid). `root` is the
 * schema that `$ref: '#/$defs/…'` points into.
 */
export function schemaErrors(schema, data, root = schema, path = []) {
  const errors = [];
  const fail = (message) => errors.push({ path: pointer(path), message });
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN.has(keyword) && !CHECKED.has(keyword)) throw new Error(`the schema uses "${keyword}", which this check does not know`);
  }
  if (schema.$ref) {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((node, key) => node?.[key], root);
    if (!target) throw new Error(`the schema's $ref ${schema.$ref} points nowhere`);
    errors.push(...schemaErrors(target, data, root, path));
  }
  if (schema.type) {
    const types = [schema.type].flat();
    if (!types.some((type) => matchesType(data, type))) {
      fail(`must be ${types.join(' or ')}, not ${typeOf(data)}`);
      return errors;
    }
  }
  if (schema.anyOf && !schema.anyOf.some((option) => schemaErrors(option, data, root, path).length === 0)) {
    fail(
      `must match one of: ${schema.anyOf.map((option) => option.description ?? JSON.stringify(option.required ?? option.type ?? option)).join('; ')}`
    );
  }
  if (typeof data === 'number') {
    if (schema.minimum !== undefined && data < schema.minimum) fail(`must be at least ${schema.minimum}`);
    if (schema.maximum !== undefined && data > schema.maximum) fail(`must be at most ${schema.maximum}`);
  }
  if (typeof data === 'string' && schema.pattern && !new RegExp(schema.pattern, 'u').test(data)) fail(`must match ${schema.pattern}`);
  if (typeOf(data) === 'object') {
    for (const name of schema.required ?? []) if (!(name in data)) fail(`must have "${name}"`);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (name in data) errors.push(...schemaErrors(property, data[name], root, [...path, name]));
    }
  }
  if (Array.isArray(data) && schema.items)
    data.forEach((entry, index) => errors.push(...schemaErrors(schema.items, entry, root, [...path, index])));
  return errors;
}
