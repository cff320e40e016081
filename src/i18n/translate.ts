/** Looks a message up in a catalogue and fills in `{name}` placeholders, as plain text. */
import type { Catalogue, MessageKey } from './en';

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string>>) => string;

export function createTranslate(catalogue: Catalogue): Translate {
  return (key, values) => {
    const template = catalogue[key];
    if (template === undefined) {
      // A message asked for before its part of the catalogue arrived: a bug, said out loud.
      console.error(`pledge-explorer: no message ${key} in the catalogue`);
      return key;
    }
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  };
}
