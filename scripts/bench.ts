// `npm run bench`: what the widget costs, in Node and in a real Chromium, for the ICLEI
// data as shipped and for FAQs of 125, 1,000 and 10,000 entries made from StackFAQ. It
// prints figures; nothing here is asserted.
import { benchBrowser } from './bench/browser';
import { benchNode } from './bench/node';
import { benchPageCost } from './bench/pageCost';
import { benchSlowNetwork } from './bench/slowNetwork';
import { table } from './table';

const SIZES = [125, 1_000, 10_000];

console.log('In Node (ms; index build is the median of 3)\n');
console.log(table(['entries', 'engine', 'index build', 'search median', 'search p95'], await benchNode(SIZES)));

console.log(
  '\nIn Chromium, dist/faq-chat.js on a page with only its script tag (ms, MiB): the median of several loads, with the\n' +
    'worst long task and blocking time of all. "Data transfer alone" is the page fetching the same files by itself.\n',
);
console.log(
  table(
    ['entries', 'index', 'loads', 'ready', 'data transfer alone', 'longest task', 'total blocking', 'search p95', 'JS heap'],
    await benchBrowser(SIZES),
  ),
);

const { views, clicks } = await benchPageCost();
console.log(
  '\nPage cost in Chromium: the demo city page without the widget, with a bare launcher in a shadow root (the floor),\n' +
    'and with the widget, loads alternating; main-thread task time until idle (ms, median), what the widget adds over\n' +
    'the page alone, and the requests made before the visitor does anything.\n',
);
console.log(table(['CPU', 'page', 'task time', 'added', 'requests'], views));
console.log('\nFrom the click on the launcher to the first answer in the log, timed in the page (ms, median), with the longest task.\n');
console.log(table(['entries', 'click', 'clicks', 'click to answer', 'longest task'], clicks));

console.log(
  '\nOn a phone over a slow network: a tap on the launcher of a page that has loaded nothing yet, CPU slowed 4×, files\n' +
    'compressed as a real host sends them; timed in the page from the tap (ms, median).\n',
);
console.log(table(['network', 'taps', 'tap to visible response', 'tap to greeting', 'tap to first answer'], await benchSlowNetwork()));
