import { TdktError, fromZodError } from '../errors.js';
import { msg } from '../i18n.js';
import { definePlugin, type Plugin } from '../engine/plugin.js';
import { fromData } from './interpret.js';
import { dataPluginSchema, type DataPlugin } from './schema.js';

/**
 * Loads a plugin written as data (already parsed from YAML or JSON): validated with zod, evaluated
 * by an interpreter (no `eval`, no `Function`), with the same explanations and citations as a
 * TypeScript plugin. Unknown keys — `__proto__` and `constructor` included — are refused.
 *
 * @param where the file name, for the error message.
 * @throws TdktError `PLUGIN_INVALID` naming the file, the path and the reason.
 */
export function pluginFromData(data: unknown, where = '(data)'): Plugin {
  if (data !== null && typeof data === 'object' && Object.prototype.hasOwnProperty.call(data, '__proto__'))
    throw new TdktError('PLUGIN_INVALID', msg(`${where}: khóa "__proto__" không được phép`, `${where}: the key "__proto__" is not allowed`), { path: ['__proto__'] });
  let r: ReturnType<typeof dataPluginSchema.safeParse>;
  try {
    r = dataPluginSchema.safeParse(data);
  } catch (e) {
    const deep = e instanceof RangeError;
    throw new TdktError('PLUGIN_INVALID', msg(`${where}: ${deep ? 'quy tắc lồng nhau quá sâu' : `không đọc được tệp quy tắc (${(e as Error)?.message})`}`, `${where}: ${deep ? 'rules nested too deeply' : `the rule file cannot be read (${(e as Error)?.message})`}`));
  }
  if (!r.success) {
    const e = fromZodError(r.error, data);
    throw new TdktError('PLUGIN_INVALID', msg(`${where}: quy tắc không hợp lệ — ${e.messages.vi}`, `${where}: invalid rule file — ${e.messages.en}`), { path: e.path, value: e.value, issues: e.issues });
  }
  const d: DataPlugin = r.data;
  return definePlugin({
    ...d,
    ...(d.rules ? { rules: d.rules.map((x) => ({ ...x, criterion: fromData(x.criterion) })) } : {}),
    ...(d.conditions ? { conditions: d.conditions.map((x) => ({ ...x, criterion: fromData(x.criterion) })) } : {}),
  } as Parameters<typeof definePlugin>[0]);
}
