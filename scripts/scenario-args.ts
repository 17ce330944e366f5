/**
 * The scenario runner's command line, read strictly: an unknown option or a stray argument is
 * refused with the usage text (a typo such as `--jnuit` must not run quietly without its report).
 */
import { suggest } from '../src/domain/suggest';

export const USAGE = `usage: npm run scenario -- <file.json | -> [--junit FILE] [--link [--locale en|ko|zh-tw] [--base URL]]  (--base defaults to SITE and BASE when set)
       npm run scenario -- --dir <folder> [--junit FILE]`;

export interface Options {
  help: boolean;
  /** A scenario file, or `-` for standard input. */
  source?: string;
  dir?: string;
  junit?: string;
  link: boolean;
  locale?: string;
  base?: string;
}

export type ParsedArgs = { ok: true; options: Options } | { ok: false; error: string };

const WITH_VALUE = ['--dir', '--junit', '--locale', '--base'] as const;
type ValueOption = (typeof WITH_VALUE)[number];
const FLAGS = ['--link', '--help', '-h'];
const KNOWN: readonly string[] = [...WITH_VALUE, ...FLAGS];

const KEYS: Record<ValueOption, 'dir' | 'junit' | 'locale' | 'base'> = { '--dir': 'dir', '--junit': 'junit', '--locale': 'locale', '--base': 'base' };

export function parseArgs(args: readonly string[]): ParsedArgs {
  const options: Options = { help: false, link: false };
  const sources: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--link') options.link = true;
    else if ((WITH_VALUE as readonly string[]).includes(arg)) {
      const name = arg as ValueOption;
      const value = args[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-')) return { ok: false, error: `${name} needs a value` };
      if (options[KEYS[name]] !== undefined) return { ok: false, error: `${name} is given more than once` };
      options[KEYS[name]] = value;
      i++;
    } else if (arg.startsWith('-') && arg !== '-') {
      const near = suggest(arg.replace(/=.*$/s, ''), KNOWN);
      return { ok: false, error: `unknown option "${arg}"${near.length ? `; did you mean ${near.join(' or ')}?` : ''}` };
    } else sources.push(arg);
  }
  if (options.help) return { ok: true, options };
  if (sources.length > 1) return { ok: false, error: `one scenario at a time (got ${sources.length}); use --dir for a folder` };
  if (options.dir !== undefined && sources.length) return { ok: false, error: 'give a file or --dir, not both' };
  if (options.dir === undefined && !sources.length) return { ok: false, error: 'no scenario given' };
  if (options.dir !== undefined && options.link) return { ok: false, error: '--link prints the link of one scenario, not of a folder' };
  if (!options.link && (options.locale !== undefined || options.base !== undefined)) return { ok: false, error: '--locale and --base go with --link' };
  if (sources[0] !== undefined) options.source = sources[0];
  return { ok: true, options };
}
