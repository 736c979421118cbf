import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TdktError, msg, type Plugin } from '@tdkt/core';

/**
 * Loads plugins given with `--plugin <path|package>`: the module's default export, its `plugin`
 * export, or every export that is a checked plugin.
 *
 * @throws TdktError `PLUGIN_INVALID` when the module cannot be loaded or exports no plugin.
 */
export async function loadPlugins(specs: string[]): Promise<Plugin[]> {
  const out: Plugin[] = [];
  for (const spec of specs) {
    const target = spec.startsWith('.') || isAbsolute(spec) ? pathToFileURL(resolve(spec)).href : spec;
    let mod: Record<string, unknown>;
    try {
      mod = (await import(target)) as Record<string, unknown>;
    } catch (e) {
      throw new TdktError('PLUGIN_INVALID', msg(`Không nạp được plugin ${spec}: ${(e as Error).message}`, `Cannot load plugin ${spec}: ${(e as Error).message}`), { value: spec });
    }
    const found = Object.values(mod).filter((v): v is Plugin => typeof v === 'object' && v !== null && (v as { __checked?: unknown }).__checked === true);
    const unique = [...new Set(found)];
    if (unique.length === 0) throw new TdktError('PLUGIN_INVALID', msg(`Mô-đun ${spec} không xuất plugin nào (dùng definePlugin)`, `Module ${spec} exports no plugin (use definePlugin)`), { value: spec });
    out.push(...unique);
  }
  return out;
}
