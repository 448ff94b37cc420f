// The script-tag entry (contract section 2): reads the tag's attributes as the script
// starts, mounts one widget, and publishes it as window.FaqChat.
import type { FaqChat } from './api';
import { configFromScript } from './config';
import { serveReads, type WorkerScope } from './data/readInWorker';
import { createWidget } from './widget';

declare global {
  interface Window {
    FaqChat?: FaqChat;
  }
}

// The same script serves as the worker that reads large data files (readInWorker.ts).
if (typeof window === 'undefined') serveReads(self as unknown as WorkerScope);
// A second copy of the script (pasted twice, or by a template and a plugin) leaves the
// first widget alone.
else if (!window.FaqChat) {
  try {
    const config = configFromScript(document.currentScript as HTMLScriptElement | null, document);
    window.FaqChat = createWidget(config, { onDestroy: () => delete window.FaqChat });
  } catch (error) {
    // The host page must never see an exception of ours.
    console.error('FaqChat: the widget could not start.', error);
  }
}
