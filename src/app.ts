// The rest of the widget, which the loader brings in on intent as a file of its own: the
// panel, its strings, the search engine and the data loading. It hands its one export to the
// loader that added its script element, without a global.
//
// Started as a worker, the same file is the reader of large data files (data/readInWorker.ts):
// a visitor of a large FAQ then downloads no script beyond the loader and this one, which
// the browser has already (README, "Performance").
import { serveReads, type WorkerScope } from './data/readInWorker';
import { announce } from './loader/announce';
import { mountApp } from './mountApp';

if (typeof document === 'undefined') serveReads(self as unknown as WorkerScope);
else announce(mountApp);
