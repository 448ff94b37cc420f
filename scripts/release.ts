// `npm run release`: release/faq-chat-<version>/, ready to upload as it is, and a .zip of
// it (README, "Hosting"); beside it, release/faq-chat-<version>-demo/ holds the demo city
// page and the editors' preview, which a city does not upload. It takes dist/ as
// `npm run build` left it; `npm run release` runs every test first, so that a release whose
// tests fail is not written. The version comes from package.json. `--out <folder>` writes
// elsewhere than release/.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
const demoName = `${name}-demo`;
const demo = join(out, demoName);

if (!existsSync('dist/faq-chat.js')) {
  console.error('release: dist/faq-chat.js is missing: run "npm run build" first.');
  process.exit(1);
}
rmSync(folder, { recursive: true, force: true });
rmSync(demo, { recursive: true, force: true });
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

// The demo city page and the editors' preview (the files of demo/ and the preview's script)
// go to the sibling folder: a city's site is not the place for a fictional city's page nor
// for the editors' tool. The demo page names the widget in the folder beside it.
const DEMO_FILES = [...(existsSync('demo') ? readdirSync('demo') : []), 'preview.js'];
mkdirSync(demo);
for (const file of DEMO_FILES) if (existsSync(join(folder, file))) renameSync(join(folder, file), join(demo, file));
const demoPage = join(demo, 'index.html');
if (existsSync(demoPage))
  writeFileSync(demoPage, readFileSync(demoPage, 'utf8').replace(/src="faq-chat\.js"/, `src="../${name}/faq-chat.js"`));

// Every script, with the hash a page puts in its integrity attribute.
const scripts = readdirSync(folder).filter((file) => file.endsWith('.js'));
const hashes = Object.fromEntries(scripts.map((file) => [file, integrity(readFileSync(join(folder, file)))]));
writeFileSync(join(folder, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
const tag =
  `<script src="https://your-city.example/${name}/faq-chat.js" data-contact="https://your-city.example/contact" ` +
  `integrity="${hashes['faq-chat.js']}" crossorigin="anonymous" defer></script>`;
writeFileSync(
  join(folder, 'EMBED.txt'),
  `Upload this folder as it is, for example to https://your-city.example/${name}/, and paste this tag
before </body> of your pages, with your host in place of https://your-city.example and your
own contact page in place of https://your-city.example/contact:

${tag}

data-contact is where the chat sends visitors whose question the FAQ does not answer. Without
it, they are sent to the contact of the FAQ file (faq-data/<locale>.json, "contact"), which in
the data as shipped is ICLEI's: a resident's question about parking would go to ICLEI.

The panel follows the visitor's system setting, light or dark. If your site is light whatever
the system prefers, add data-theme="light" to the tag (README, "Theming").

The loader carries the hashes of the files it loads, so they are pinned too. On another
origin than your pages, the folder must be served with Access-Control-Allow-Origin (README,
"Hosting").

Do not upload ${demoName}/, beside this folder: it holds the demo city page and the editors'
preview, to try the widget and check a faq-data folder on your own machine (serve the release
folder and open ${demoName}/index.html or ${demoName}/preview.html).
`,
);

// The folder again as one .zip, its files under the folder's name.
const files: Record<string, Uint8Array> = {};
for (const path of filesWithoutLinks(folder)) files[`${name}/${path}`] = readFileSync(join(folder, path));
writeFileSync(`${folder}.zip`, zipSync(files, { level: 9 }));
console.log(
  `Wrote ${folder}/ (${Object.keys(files).length} files) and ${folder}.zip, to upload; ${demo}/, the demo and the editors' ` +
    `preview, not to upload. The tag to paste is in ${folder}/EMBED.txt.`,
);
