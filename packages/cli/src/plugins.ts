import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TdktError, msg, pluginFromData, type Plugin } from '@tdkt/core';
import { parse } from 'yaml';

/**
 * Loads plugins given with `--plugin <path|package>`: a YAML/JSON rule file (rules as data), or a
 * module's exports that are plugins made with `definePlugin`.
 *
 * @throws TdktError `PLUGIN_INVALID` when the module cannot be loaded or exports no plugin.
 */
export async function loadPlugins(specs: string[]): Promise<Plugin[]> {
  const out: Plugin[] = [];
  for (const spec of specs) {
    if (['.yaml', '.yml', '.json'].includes(extname(spec).toLowerCase())) {
      const text = await readFile(resolve(spec), 'utf8').catch(() => {
        throw new TdktError('PLUGIN_INVALID', msg(`Không đọc được tệp quy tắc ${spec}`, `Cannot read the rule file ${spec}`), { value: spec });
      });
      let data: unknown;
      try {
        data = parse(text, { version: '1.2', uniqueKeys: true });
      } catch (e) {
        throw new TdktError('PLUGIN_INVALID', msg(`${spec}: YAML/JSON không hợp lệ — ${(e as Error).message}`, `${spec}: invalid YAML/JSON — ${(e as Error).message}`), { value: spec });
      }
      out.push(pluginFromData(data, spec));
      continue;
    }
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
