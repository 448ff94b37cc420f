// The worker that reads large data files off the page's main thread (data/readInWorker.ts).
// The build writes it beside the loader as a file of its own.
import { serveReads, type WorkerScope } from './data/readInWorker';

serveReads(self as unknown as WorkerScope);
