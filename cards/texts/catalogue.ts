/**
 * The typed text catalogue: every user-visible string of the cards, Swedish first, English too.
 *
 * A small typed module rather than i18next or typesafe-i18n: it needs no runtime configuration
 * and no code generation, and the compiler checks both languages. `defineTexts` refuses an entry
 * without `sv` or `en`, or whose two languages name different `{placeholder}`s; `t` and `both`
 * require exactly the placeholders an entry names. Plurals follow `Intl.PluralRules` ("1 röd",
 * "2 röda"): an entry with `{ one, other }` forms is chosen by its `count`.
 */
export type Language = 'sv' | 'en';

/** One language's wording: a template, or plural forms chosen by `count`. */
export type TextForm = string | { readonly one: string; readonly other: string };
/** A catalogue entry: the same text in both languages. */
export type Text = { readonly sv: TextForm; readonly en: TextForm };

/** The `{name}` placeholders of a template, as a union of names. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** The placeholders of one language's wording; plural forms always take `count`. */
type FormNames<F> = F extends string ? PlaceholdersOf<F> : F extends { one: infer One extends string; other: infer Other extends string } ? PlaceholdersOf<One> | PlaceholdersOf<Other> | 'count' : never;

/** The placeholders an entry needs (the Swedish ones; the check makes the English ones equal). */
export type NamesOf<E extends Text> = FormNames<E['sv']> | FormNames<E['en']>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Each entry as given when both languages name the same placeholders, else a type that says why. */
type Checked<T> = {
  [K in keyof T]: T[K] extends { sv: infer S; en: infer E }
    ? Same<FormNames<S>, FormNames<E>> extends true
      ? T[K]
      : T[K] & { placeholdersDiffer: { sv: FormNames<S>; en: FormNames<E> } }
    : T[K] extends Text
      ? T[K]
      : Text;
};

/**
 * Declares a feature's catalogue. Both languages are required for every key, and they must name
 * the same placeholders: a mismatch is a compile error at the entry.
 */
export function defineTexts<const T extends Record<string, Text>>(texts: T & Checked<T>): T {
  return texts;
}

/** What `t` and `both` take for an entry: nothing without placeholders, else each one by name. */
export type ValuesOf<E extends Text> = [NamesOf<E>] extends [never] ? [] : [values: { readonly [K in NamesOf<E>]: K extends 'count' ? number : string | number }];

const pluralRules = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') } as const;

/** The wording of a form for the values: the plural form for `count`, then placeholders filled. */
function render(form: TextForm, language: Language, values: Readonly<Record<string, string | number>>): string {
  const template = typeof form === 'string' ? form : pluralRules[language].select(Number(values.count)) === 'one' ? form.one : form.other;
  // One pass over the template: a value containing "{x}" is never filled again.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** An entry in one language, placeholders filled: `t(STATUS_TEXTS.title, 'sv', { week: 47, district })`. */
export function t<E extends Text>(entry: E, language: Language, ...values: ValuesOf<E>): string {
  return render(entry[language], language, values[0] ?? {});
}

/** An entry in both languages, filled: for notices composed once and sent in either language. */
export function both<E extends Text>(entry: E, ...values: ValuesOf<E>): { sv: string; en: string } {
  const given = values[0] ?? {};
  return { sv: render(entry.sv, 'sv', given), en: render(entry.en, 'en', given) };
}

/** Every form of an entry in one language (a plain template, or each plural form). */
export const formsOf = (form: TextForm): string[] => (typeof form === 'string' ? [form] : [form.one, form.other]);
