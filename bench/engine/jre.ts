/** The five rules on json-rules-engine: the JSON rules of jre-rules.json over the chain facts. */
import type { Outcome } from '@tdkt/core';
import { Engine, type TopLevelCondition } from 'json-rules-engine';
import type { Facts } from './handwritten.js';
import type { RuleCode } from './generate.js';
import file from './jre-rules.json' with { type: 'json' };

type RuleFile = Record<RuleCode, { ineligible: TopLevelCondition; 'needs-review'?: TopLevelCondition }>;

/** One json-rules-engine per award, from jre-rules.json; `run(facts)` gives the outcome. */
export function jreRules(): { run(f: Facts): Promise<Outcome> } {
  const engines = new Map<string, Engine>();
  for (const [code, rules] of Object.entries(file as unknown as RuleFile & { $comment?: string })) {
    if (code.startsWith('$')) continue;
    const e = new Engine([], { allowUndefinedFacts: false });
    for (const type of ['ineligible', 'needs-review'] as const) {
      const conditions = (rules as RuleFile[RuleCode])[type];
      if (conditions) e.addRule({ name: `${code}.${type}`, conditions, event: { type } });
    }
    engines.set(code, e);
  }
  return {
    async run(f) {
      const { events } = await engines.get(f.rule)!.run(f as unknown as Record<string, unknown>);
      return events.some((e) => e.type === 'ineligible') ? 'ineligible' : events.some((e) => e.type === 'needs-review') ? 'needs-review' : 'eligible';
    },
  };
}
