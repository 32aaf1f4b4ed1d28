/**
 * Plain data at the public boundary: an input that inherits enumerable keys, or has more own keys than
 * any record of the plan could, is refused at once, at its path, before a schema walks it (so a hostile
 * object cannot make validation slow or read through its prototype).
 *
 * @module
 */
import { Decimal } from './decimal.js';
import type { PathSegment, PolicyIssue } from './errors.js';
import type { Msg } from './validate.js';

/** Most own keys of any object in an input: far more than any record has, far fewer than would take long to list. */
export const MAX_OWN_KEYS = 10_000;
/** Longest array the plain-data check walks by default: the longest list any input accepts (a longer one is rejected by its schema at once). */
const MAX_WALKED_LENGTH = 10_000_000;
/** Longest prototype chain read: a longer one is not plain data. */
const MAX_PROTO_DEPTH = 100;

const NOT_PLAIN: Msg = {
  en: 'must be plain data: it inherits enumerable properties from its prototype (an object made with Object.create or Object.setPrototypeOf)',
  zh: '必须是普通数据：不能从原型继承可枚举属性（由 Object.create 或 Object.setPrototypeOf 构造的对象）',
};
const TOO_MANY_KEYS: Msg = {
  en: `has more than ${MAX_OWN_KEYS} keys: no input object has that many`,
  zh: `字段超过 ${MAX_OWN_KEYS} 个：任何输入对象都不会有这么多字段`,
};

/** Whether `p`, an object on a prototype chain, has enumerable properties of its own, read without walking its elements. */
function hasEnumerableOwn(p: object): boolean {
  // arrays, typed arrays and boxed strings: their elements are enumerable, and there may be millions of them
  if (Array.isArray(p) || ArrayBuffer.isView(p)) {
    const n: unknown = (p as { length?: unknown }).length;
    if (typeof n === 'number' && n > 0) return true;
  } else if (p instanceof String) {
    if (p.length > 0) return true;
  }
  return Object.keys(p).length > 0;
}

/**
 * Whether an object inherits enumerable properties: whether a prototype on its chain, below
 * `Object.prototype`, has enumerable properties of its own. Arrays, Dates and Decimals (whose
 * methods are enumerable by decimal.js's design) have the prototypes they should.
 */
function inheritsEnumerable(proto: object): boolean {
  let p: object | null = proto;
  for (let depth = 0; p !== null && p !== Object.prototype; depth++) {
    if (depth >= MAX_PROTO_DEPTH) return true;
    if (p !== Array.prototype && p !== Date.prototype && hasEnumerableOwn(p)) return true;
    p = Object.getPrototypeOf(p) as object | null;
  }
  return false;
}

/** A Decimal, from this library or from any copy of decimal.js: read by the schemas, never walked. */
function isDecimalValue(o: object, proto: object | null): boolean {
  if (proto === Decimal.prototype) return true;
  // another copy of decimal.js: its prototype of methods sits right on Object.prototype
  return proto !== null && Object.getPrototypeOf(proto) === Object.prototype && Decimal.isDecimal(o);
}

/** One object being walked: its keys (undefined for an array, walked by index), the next one and the count. */
interface Frame {
  readonly obj: object;
  readonly keys: readonly string[] | undefined;
  readonly n: number;
  i: number;
}

/** What {@link openFrame} makes of an object: a frame to walk, nothing to walk, or an issue. */
type Opened = Frame | PolicyIssue | undefined;

const issueAt = (path: readonly PathSegment[], code: string, msg: Msg): PolicyIssue => ({ path: [...path], code, message: msg.en, messageZh: msg.zh });

function ownKeysFrame(o: object, path: readonly PathSegment[]): Opened {
  const keys = Object.keys(o);
  if (keys.length > MAX_OWN_KEYS) return issueAt(path, 'too_many_keys', TOO_MANY_KEYS);
  return { obj: o, keys, n: keys.length, i: 0 };
}

function openFrame(o: object, path: readonly PathSegment[], longestList: number): Opened {
  const proto = Object.getPrototypeOf(o) as object | null;
  if (proto === Object.prototype || proto === null) return ownKeysFrame(o, path);
  if (proto === Array.prototype && Array.isArray(o)) {
    return o.length > longestList ? undefined : { obj: o, keys: undefined, n: o.length, i: 0 };
  }
  if (proto === Date.prototype || isDecimalValue(o, proto)) return undefined;
  if (inheritsEnumerable(proto)) return issueAt(path, 'not_plain_object', NOT_PLAIN);
  // a class instance or a built-in object: only its own keys are read; typed arrays and boxed
  // strings hold no field of an input, only elements
  if (ArrayBuffer.isView(o) || o instanceof String) return undefined;
  return ownKeysFrame(o, path);
}

/** Frames near the root, whose objects are compared one by one; deeper ones go in a Set. */
const SHALLOW = 8;

/** Whether `v` is an object on the path being walked (a cycle). */
function onPath(v: object, frames: readonly Frame[], deep: ReadonlySet<object>): boolean {
  const n = Math.min(frames.length, SHALLOW);
  for (let d = 0; d < n; d++) if ((frames[d] as Frame).obj === v) return true;
  return frames.length > SHALLOW && deep.has(v);
}

/**
 * The first object in `input` that is not plain data, as an issue at its path: one that inherits
 * enumerable properties (zod's strict objects list every inherited key as unknown, one by one, so
 * an object whose prototype is an array of ten million items would take a minute), or one with more
 * than {@link MAX_OWN_KEYS} keys of its own. Walks objects and arrays iteratively (a deep input
 * cannot overflow the stack), skips an object already on the path (a cycle), and never walks the
 * items of an array longer than any list an input accepts. Anything that throws while it is read
 * (a hostile getter or Proxy) ends the walk without an issue: the schema then reports it.
 *
 * @param input - the value to check.
 * @param longestList - the longest list the input's schema accepts: a longer array is left to the
 *   schema, which rejects it by its length alone (a household record's lists hold at most a thousand
 *   items, so a million-item list in one is refused without reading its items).
 * @internal
 */
export function plainDataIssue(input: unknown, longestList: number = MAX_WALKED_LENGTH): PolicyIssue | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const path: PathSegment[] = [];
  const frames: Frame[] = [];
  const deep = new Set<object>();
  try {
    const root = openFrame(input, path, longestList);
    if (root === undefined || !('obj' in root)) return root;
    frames.push(root);
    while (frames.length > 0) {
      const f = frames[frames.length - 1] as Frame;
      if (f.i >= f.n) {
        frames.pop();
        if (frames.length >= SHALLOW) deep.delete(f.obj);
        path.pop();
        continue;
      }
      const key: PathSegment = f.keys === undefined ? f.i : (f.keys[f.i] as string);
      f.i += 1;
      const v: unknown = (f.obj as Record<PathSegment, unknown>)[key];
      if (typeof v !== 'object' || v === null || onPath(v, frames, deep)) continue;
      path.push(key);
      const opened = openFrame(v, path, longestList);
      if (opened === undefined) {
        path.pop();
      } else if ('obj' in opened) {
        if (frames.length >= SHALLOW) deep.add(v);
        frames.push(opened);
      } else {
        return opened;
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

