import { useEffect } from 'preact/hooks';

// Where the panel covers the whole screen (README, "Accessibility": a phone-sized viewport),
// Tab must not wander to the page hidden behind it.
const FULL_SCREEN = '(max-width: 480px), (max-height: 480px)';
const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside the element while it is open and fills the screen. */
export function useTrapFocus(ref: { current: HTMLElement | null }, active: boolean): void {
  useEffect(() => {
    const element = ref.current;
    if (!active || !element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || !matchMedia(FULL_SCREEN).matches) return;
      const focusable = [...element.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((node) => node.offsetParent !== null);
      if (focusable.length === 0) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const current = (element.getRootNode() as ShadowRoot).activeElement;
      if (event.shiftKey && current === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && current === last) {
        event.preventDefault();
        first.focus();
      }
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
