/**
 * Settings declared once: the environment variable, its format, default and
 * meaning sit beside the reader that parses it, so the configuration reference
 * (docs/configuration.md, printed by `npm run docs:config`) cannot disagree
 * with what start-up accepts.
 */

import {
  boolean,
  ConfigError,
  integer,
  isProduction,
  oneOf,
  optionalString,
  url,
} from './envReaders.js';
import type { Env } from './envReaders.js';

/** One environment variable: how it reads, and how the reference describes it. */
export interface Setting<T> {
  /** The environment variable. */
  readonly name: string;
  /** Unit or format, as the reference shows it (Markdown). */
  readonly format: string;
  /** The default, as the reference shows it (Markdown). */
  readonly defaultText: string;
  /** What it does (Markdown, links relative to docs/). */
  readonly description: string;
  read(env: Env): T;
}

interface Described {
  readonly name: string;
  readonly description: string;
}

/** What a default that differs with `NODE_ENV=production` reads as. */
type PerEnvironment<T> = T | { readonly development: T; readonly production: T };

function pick<T>(value: PerEnvironment<T>, env: Env): T {
  return typeof value === 'object' && value !== null && 'production' in value
    ? isProduction(env)
      ? value.production
      : value.development
    : (value as T);
}

function perEnvironmentText<T>(value: PerEnvironment<T>, show: (v: T) => string): string {
  if (typeof value === 'object' && value !== null && 'production' in value) {
    return value.development === value.production
      ? show(value.development)
      : `${show(value.development)}; ${show(value.production)} when \`NODE_ENV=production\``;
  }
  return show(value as T);
}

const code = (value: unknown) => `\`${String(value)}\``;

/** A whole number within bounds; the format shows the bounds after the unit. */
export function integerSetting(
  spec: Described & {
    readonly unit: string;
    readonly default: number;
    readonly min: number;
    readonly max: number;
    /** Shown after the default, e.g. `(1 MiB)` or `(off)`. */
    readonly defaultNote?: string;
  },
): Setting<number> {
  return {
    name: spec.name,
    format: `${spec.unit} (${spec.min}–${spec.max})`,
    defaultText: code(spec.default) + (spec.defaultNote ? ` ${spec.defaultNote}` : ''),
    description: spec.description,
    read: (env) => integer(env, spec.name, spec.default, spec.min, spec.max),
  };
}

/** `true`/`1` or `false`/`0`. */
export function booleanSetting(
  spec: Described & { readonly default: PerEnvironment<boolean> },
): Setting<boolean> {
  return {
    name: spec.name,
    format: '`true` / `false`',
    defaultText: perEnvironmentText(spec.default, code),
    description: spec.description,
    read: (env) => boolean(env, spec.name, pick(spec.default, env)),
  };
}

/** One of a closed list of lower-case words. */
export function choiceSetting<const T extends string>(
  spec: Described & {
    readonly values: readonly T[];
    readonly default: T;
    readonly defaultText?: string;
  },
): Setting<T> {
  return {
    name: spec.name,
    format: spec.values.map(code).join(' / '),
    defaultText: spec.defaultText ?? code(spec.default),
    description: spec.description,
    read: (env) => oneOf(env, spec.name, spec.values, spec.default),
  };
}

/** Free text, trimmed; unset or blank reads as the default (undefined without one). */
export function textSetting(
  spec: Described & { readonly format: string; readonly defaultText?: string },
): Setting<string | undefined>;
export function textSetting(
  spec: Described & {
    readonly format: string;
    readonly default: string;
    readonly defaultText?: string;
  },
): Setting<string>;
export function textSetting(
  spec: Described & {
    readonly format: string;
    readonly default?: string;
    readonly defaultText?: string;
  },
): Setting<string | undefined> {
  return {
    name: spec.name,
    format: spec.format,
    defaultText: spec.defaultText ?? (spec.default === undefined ? 'unset' : code(spec.default)),
    description: spec.description,
    read: (env) => optionalString(env, spec.name) ?? spec.default,
  };
}

/** An absolute http(s) URL, without trailing slashes. */
export function urlSetting(spec: Described & { readonly default: string }): Setting<string> {
  return {
    name: spec.name,
    format: 'http(s) URL',
    defaultText: code(spec.default),
    description: spec.description,
    read: (env) => url(env, spec.name, spec.default),
  };
}

/** A setting with its own parser (which throws a ConfigError naming the variable). */
export function customSetting<T>(
  spec: Described & {
    readonly format: string;
    readonly defaultText: string;
    readonly read: (raw: string | undefined, env: Env) => T;
  },
): Setting<T> {
  return {
    name: spec.name,
    format: spec.format,
    defaultText: spec.defaultText,
    description: spec.description,
    read: (env) => spec.read(optionalString(env, spec.name), env),
  };
}

type Settings = Readonly<Record<string, Setting<unknown>>>;

/** The values a group's settings read, under the same keys. */
export type SettingValues<S extends Settings> = {
  readonly [K in keyof S]: S[K] extends Setting<infer T> ? T : never;
};

/** Settings of one concern, owned by the module they configure; a section of the reference. */
export interface SettingGroup<T> {
  /** Heading of the reference section. */
  readonly title: string;
  /** Paragraph under the heading (Markdown), if any. */
  readonly about?: string;
  readonly settings: readonly Setting<unknown>[];
  /** Reads every setting, then checks and shapes them together; the result is frozen. */
  load(env: Env): T;
}

/** The configuration a group loads. */
export type ConfigOf<G> = G extends SettingGroup<infer T> ? T : never;

interface GroupSpec<S extends Settings> {
  readonly title: string;
  readonly about?: string;
  readonly settings: S;
}

export function settingGroup<S extends Settings, T = SettingValues<S>>(
  spec: GroupSpec<S> & {
    /** Rules between settings (throw a ConfigError naming them) and the final shape. */
    readonly finish?: (values: SettingValues<S>, env: Env) => T;
  },
): SettingGroup<T> {
  return Object.freeze({
    title: spec.title,
    about: spec.about,
    settings: Object.freeze(Object.values(spec.settings)),
    load(env: Env) {
      const values = Object.fromEntries(
        Object.entries(spec.settings).map(([key, setting]) => [key, setting.read(env)]),
      ) as SettingValues<S>;
      return Object.freeze(spec.finish ? spec.finish(values, env) : (values as unknown as T));
    },
  });
}

export { ConfigError };
