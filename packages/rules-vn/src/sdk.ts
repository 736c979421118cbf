/**
 * Typed plugin definitions for Vietnamese provinces and sectors: award codes and parameter ids
 * are checked at compile time, so a typo fails `tsc` before it fails a case.
 */
import { definePlugin, type AwardCondition, type AwardDefinition, type AwardRule, type ParameterSetting, type Plugin, type PluginDefinition } from '@tdkt/core';
import type { VnAwardCode } from './codes.js';
import { P } from './parameters.js';

/** A national parameter id. */
export type VnParameterId = (typeof P)[keyof typeof P];

/** A province or sector plugin whose awards, conditions and parameters are type-checked. */
export interface VnPluginDefinition<Own extends string = never> extends Omit<PluginDefinition, 'kind' | 'awards' | 'rules' | 'conditions' | 'parameterValues' | 'parameters'> {
  kind: 'province' | 'sector';
  /** The plugin's own awards (a province's Giấy khen, Kỷ niệm chương, local titles). */
  awards?: (AwardDefinition & { code: Own })[];
  /** Criteria for its own awards, or for national awards whose criteria are delegated. */
  rules?: (AwardRule & { award: VnAwardCode | NoInfer<Own> })[];
  /** Extra conditions (they can only tighten). */
  conditions?: (AwardCondition & { award: VnAwardCode | NoInfer<Own> | '*' })[];
  /** Values of the parameters the national rules declare. */
  parameterValues?: (ParameterSetting & { id: VnParameterId })[];
}

/**
 * Defines a province or sector plugin with compile-time checked codes and parameter ids.
 *
 * @throws TdktError `PLUGIN_INVALID` when the definition is malformed (see `definePlugin`).
 */
export function defineVnPlugin<const Own extends string = never>(def: VnPluginDefinition<Own>): Plugin {
  return definePlugin(def as PluginDefinition);
}
