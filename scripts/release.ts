// `npm run release`: release/faq-chat-<version>/, ready to upload as it is, and a .zip of
// it (README, "Hosting"). It takes dist/ as `npm run build` left it; `npm run release` runs
// every test first, so that a release whose tests fail is not written. The version comes
// from package.json. `--out <folder>` writes elsewhere than release/.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { version } from '../package.json';
import { FolderError } from '../src/check/folderFiles';
import { copyWithoutLinks, filesWithoutLinks } from '../src/check/withoutLinks';
import { integrity } from './integrity';

const at = process.argv.indexOf('--out');
const out = at > 0 ? process.argv[at + 1] : 'release';
const name = `faq-chat-${version}`;
const folder = join(out, name);

if (!existsSync('dist/faq-chat.js')) {
  console.error('release: dist/faq-chat.js is missing: run "npm run build" first.');
  process.exit(1);
}
rmSync(folder, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// dist/esm and dist/types are the npm package's, which a site that uploads does not load.
// A symbolic link is never copied nor zipped: it would carry what it points at, such as
// the machine's secrets, into the release (README, "Security").
const PACKAGE_ONLY = ['esm', 'types'];
try {
  copyWithoutLinks('dist', folder, (path) => PACKAGE_ONLY.includes(path));
} catch (error) {
  if (!(error instanceof FolderError)) throw error;
  rmSync(folder, { recursive: true, force: true });
  console.error(`release: ${error.message}`);
  process.exit(1);
}

// Every script, with the hash a page puts in its integrity attribute.
const scripts = readdirSync(folder).filter((file) => file.endsWith('.js'));
const hashes = Object.fromEntries(scripts.map((file) => [file, integrity(readFileSync(join(folder, file)))]));
writeFileSync(join(folder, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
writeFileSync(
  join(folder, 'EMBED.txt'),
  `Upload this folder as it is, for example to https://your-city.example/${name}/, and paste this tag
before </body> of your pages, with your host in place of https://your-city.example:

<script src="https://your-city.example/${name}/faq-chat.js" integrity="${hashes['faq-chat.js']}" crossorigin="anonymous" defer></script>

The loader carries the hashes of the files it loads, so they are pinned too. On another
origin than your pages, the folder must be served with Access-Control-Allow-Origin (README,
"Hosting").
`,
);

// The folder again as one .zip, its files under the folder's name.
const files: Record<string, Uint8Array> = {};
for (const path of filesWithoutLinks(folder)) files[`${name}/${path}`] = readFileSync(join(folder, path));
writeFileSync(`${folder}.zip`, zipSync(files, { level: 9 }));
console.log(`Wrote ${folder}/ (${Object.keys(files).length} files) and ${folder}.zip. The tag to paste is in ${folder}/EMBED.txt.`);
