// The script-tag entry, the loader (README, "Embedding"): reads the tag's attributes, draws
// the launcher and publishes window.FaqChat. The rest of the widget comes on intent, from
// the files the build wrote beside this one.
import type { FaqChat, FaqChatOptions } from './api';
import { findScript, ignored, optionsFromScript, resolveConfig } from './config';
import { loadPart } from './loader/loadPart';
import { PARTS } from './loader/parts';
import type { MountApp } from './mountApp';
import { trustedScriptUrl } from './shared/trustedScriptUrl';
import { createWidget, HOST } from './widget';

declare global {
  interface Window {
    FaqChat?: FaqChat;
    /** Settings for a script that a tag manager injects, where it may not carry data-* attributes. */
    FaqChatConfig?: FaqChatOptions;
  }
}

// The widget already on the page, if window.FaqChat is one. Another value is none: an element
// with that id, or a frame of that name on another origin, whose every property throws.
function existingHost(): HTMLElement | null {
  try {
    const host = (window.FaqChat as { [HOST]?: unknown } | undefined)?.[HOST];
    return host instanceof HTMLElement ? host : null;
  } catch {
    return null;
  }
}

// window.FaqChatConfig as the page set it: markup (<form id="FaqChatConfig">) shows on window
// through its prototype, never as its own property.
function pageOptions(): unknown {
  try {
    return Object.hasOwn(window, 'FaqChatConfig') ? window.FaqChatConfig : undefined;
  } catch (error) {
    return ignored('window.FaqChatConfig', error);
  }
}

function start(): void {
  const host = existingHost();
  // A second copy of the script (pasted twice, or by a template and a plugin) leaves the
  // first widget alone, unless a page that swapped its body (Turbo, pjax) took it away.
  if (host && (host.isConnected || !document.body)) return;
  if (host) window.FaqChat?.destroy();
  const script = findScript(document);
  const base = script?.src || null;
  const config = resolveConfig(optionsFromScript(script), base, document, pageOptions());
  const beside = (file: string) => new URL(file, base ?? document.baseURI).href;
  const pinning = { pinned: !!script?.integrity, crossOrigin: script?.getAttribute('crossorigin') ?? null };
  // A module that failed to load stays failed for the page's life: a retry asks anew.
  let tries = 0;
  const widget = createWidget(config, {
    loadApp: () => loadPart<MountApp>(`${beside(PARTS.app.file)}${tries++ ? `?try=${tries}` : ''}`, PARTS.app.integrity, pinning),
    // Workers must be on the page's origin: elsewhere the page reads large files itself.
    startReader: () => new Worker(trustedScriptUrl(beside(PARTS.app.file))),
  });
  window.FaqChat = widget;
}

try {
  start();
} catch (error) {
  // The host page must never see an exception of ours.
  console.error('FaqChat: the widget could not start.', error);
}
