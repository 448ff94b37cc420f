import { benchPageCost } from '/work/main/scripts/bench/pageCost';
import { table } from '/work/main/scripts/table';
const { views, clicks } = await benchPageCost();
console.log(table(['CPU', 'page', 'task time', 'added', 'requests'], views));
console.log(table(['entries', 'click', 'clicks', 'click to answer', 'longest task'], clicks));
