// @ts-check
// The project's languages, from lit-localize.json: the one list that the
// content build, the interface strings and the translator tools share.
import {readFile} from 'node:fs/promises';

export const CONFIG_FILE = 'lit-localize.json';

/** @returns {Promise<{sourceLocale: string, targetLocales: string[], xliffDir: string}>} */
export async function readLocaleConfig(file = CONFIG_FILE) {
  const config = JSON.parse(await readFile(file, 'utf8'));
  return {
    sourceLocale: config.sourceLocale,
    targetLocales: [...config.targetLocales].sort(),
    xliffDir: config.interchange.xliffDir.replace(/\/$/, ''),
  };
}

/**
 * The language's name in itself, as a reader looks for it: "Polski", "Română", "العربية".
 * @param {string} code
 */
export function nativeName(code) {
  const name = new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

const RTL = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);
/** @param {string} code */
export const directionOf = (code) => (RTL.has(code.split('-')[0]) ? 'rtl' : 'ltr');

/**
 * Whether the language is written in Latin letters, as English is: `false` for Bengali, Panjabi
 * (Gurmukhi), Ukrainian, Arabic or Urdu, where every run of Latin letters is English.
 * @param {string} code
 */
export const writtenInLatin = (code) => new Intl.Locale(code).maximize().script === 'Latn';
