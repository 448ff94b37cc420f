// `npm run bench`: what the widget costs, in Node and in a real Chromium, for the ICLEI
// data as shipped and for FAQs of 125, 1,000 and 10,000 entries made from StackFAQ. It
// prints figures; nothing here is asserted.
import { benchBrowser } from './bench/browser';
import { benchNode } from './bench/node';
import { table } from './table';

const SIZES = [125, 1_000, 10_000];

console.log('In Node (ms; index build is the median of 3)\n');
console.log(table(['entries', 'engine', 'index build', 'search median', 'search p95'], await benchNode(SIZES)));

console.log(
  '\nIn Chromium, dist/faq-chat.js on a page with only its script tag (ms, MiB): the median of several loads, with the\n' +
    'worst long task and blocking time of all. "Data transfer alone" is the page fetching the same files by itself.\n',
);
console.log(
  table(['entries', 'index', 'loads', 'ready', 'data transfer alone', 'longest task', 'total blocking', 'search p95', 'JS heap'], await benchBrowser(SIZES)),
);
