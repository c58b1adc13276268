// What every inspect formatter shares: one inspect() call's context (Ctx), the options and defaults
// it is made from, and the recursion back into formatValue/formatProperty/inspect, which inspect.ts
// binds once when the bundle loads, so the formatters it calls need not import it back.
import type { LayoutCtx } from './inspect-layout.ts';

export interface Ctx extends LayoutCtx {
  depth: number;
  showHidden: boolean;
  showProxy: boolean;
  customInspect: boolean;
  maxArrayLength: number;
  maxStringLength: number;
  seen: unknown[];
  circular: Map<unknown, number> | undefined;
}
export interface InspectOptions {
  depth?: number | null; breakLength?: number; showHidden?: boolean; showProxy?: boolean; customInspect?: boolean;
  maxArrayLength?: number | null; maxStringLength?: number | null;
}
/** Node's defaults: entries shown per array/Set/Map, characters shown per string. */
export const MAX_ARRAY_LENGTH_ITEMS = 100;
export const MAX_STRING_LENGTH_CHARS = 10_000;
export const kArrayType = 1;

type FormatValue = (ctx: Ctx, value: unknown, recurseTimes: number, typedArray?: boolean) => string;
type FormatProperty = (ctx: Ctx, value: any, recurseTimes: number, key: string | symbol | number, type: number, known?: PropertyDescriptor) => string;
type Inspect = (value: unknown, options?: InspectOptions) => string;

// Live bindings (module exports are read at each call): the formatters call the functions
// inspect.ts declares, with no wrapper frame between the recursion's levels.
export let formatValue: FormatValue;
export let formatProperty: FormatProperty;
export let inspect: Inspect;

/** Called once by inspect.ts, at bundle load, before any value is formatted. */
export function bindRecursion(value: FormatValue, property: FormatProperty, entry: Inspect): void {
  formatValue = value;
  formatProperty = property;
  inspect = entry;
}
