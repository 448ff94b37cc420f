// The launcher is drawn by the loader, without Preact, so that a page view costs one
// button. The panel that arrives later takes the same element over: focus and hover stay
// where the visitor left them.
import { ASK_ICON } from '../shared/icons';
import type { LoaderStrings } from './strings';

const SVG = 'http://www.w3.org/2000/svg';

/** The launcher button, first in the shadow root, controlling the panel to come. */
export function drawLauncher(root: ShadowRoot, name: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-label', name);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'faq-panel');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '28');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', ASK_ICON);
  svg.append(path);
  button.append(svg);
  root.prepend(button);
  return button;
}

/**
 * Says beside the launcher that the FAQ cannot load, with a retry: a launcher must never
 * be a dead button. Returns a function that removes the notice.
 */
export function showUnavailable(root: ShadowRoot, strings: LoaderStrings, retry: () => void): () => void {
  const notice = document.createElement('div');
  notice.className = 'unavailable';
  notice.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = strings.unavailable;
  const again = document.createElement('button');
  again.type = 'button';
  again.textContent = strings.retry;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = strings.close;
  notice.append(text, again, close);
  const remove = () => notice.remove();
  again.addEventListener('click', () => {
    remove();
    retry();
  });
  close.addEventListener('click', remove);
  notice.addEventListener('keydown', (event) => event.key === 'Escape' && remove());
  root.append(notice);
  return remove;
}
