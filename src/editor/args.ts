// The command line of the editors' commands: `npm run faq:x -- first --name value --flag`.

/** The arguments without npm's `--`: values of `--name value` options, and the rest in order. */
export function readArgs(
  argv: string[],
  options: string[],
): { positional: string[]; option: (name: string) => string | undefined; flag: (name: string) => boolean } {
  const args = argv.filter((arg) => arg !== '--');
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].replace(/^--/, '');
    if (args[i].startsWith('--') && options.includes(name)) values.set(name, args[++i]);
    else if (args[i].startsWith('--')) flags.add(name);
    else positional.push(args[i]);
  }
  return { positional, option: (name) => values.get(name), flag: (name) => flags.has(name) };
}
