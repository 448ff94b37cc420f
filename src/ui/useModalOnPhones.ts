import { useEffect, useState } from 'preact/hooks';

// Where the panel covers the whole screen (README, "Accessibility": a phone-sized viewport),
// it is a modal dialog: the page behind is inert for every input and for screen readers, and
// does not scroll under a finger or a mouse wheel.
const FULL_SCREEN = '(max-width: 480px), (max-height: 480px)';

/** Whether the panel fills the screen now; it follows rotation and resizing. */
export function useFullScreen(): boolean {
  const [full, setFull] = useState(() => matchMedia(FULL_SCREEN).matches);
  useEffect(() => {
    const query = matchMedia(FULL_SCREEN);
    const follow = () => setFull(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return full;
}

/**
 * While `active`, keeps the panel to the part of the screen the visitor sees: an on-screen
 * keyboard covers the rest, and the question box and the latest answer must stay in view.
 */
export function useVisualViewport(panel: { current: HTMLElement | null }, active: boolean): void {
  useEffect(() => {
    const host = (panel.current?.getRootNode() as ShadowRoot | undefined)?.host as HTMLElement | undefined;
    const viewport = window.visualViewport;
    if (!active || !host || !viewport) return;
    const follow = () => {
      host.style.setProperty('--_viewport-height', `${viewport.height}px`);
      host.style.setProperty('--_viewport-top', `${viewport.offsetTop}px`);
    };
    follow();
    viewport.addEventListener('resize', follow);
    viewport.addEventListener('scroll', follow);
    return () => {
      viewport.removeEventListener('resize', follow);
      viewport.removeEventListener('scroll', follow);
      host.style.removeProperty('--_viewport-height');
      host.style.removeProperty('--_viewport-top');
    };
  }, [active]);
}

/**
 * While `active`, makes every element of the page beside the widget's host inert, and the
 * launcher beside the panel too, and stops the page from scrolling; all is put back as it
 * was when it ends.
 */
export function useInertPage(panel: { current: HTMLElement | null }, active: boolean): void {
  useEffect(() => {
    const shadow = panel.current?.getRootNode() as ShadowRoot | undefined;
    const host = shadow?.host;
    if (!active || !host) return;
    // Elements the page made inert itself stay so.
    const page = [...document.body.children, ...shadow.children].filter(
      (element): element is HTMLElement =>
        element !== host && !element.contains(panel.current) && element instanceof HTMLElement && !element.inert,
    );
    for (const element of page) element.inert = true;
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    return () => {
      for (const element of page) element.inert = false;
      root.style.overflow = overflow;
    };
  }, [active]);
}
