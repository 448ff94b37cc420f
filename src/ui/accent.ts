// The page may pick any accent colour; the text on it must still reach WCAG AA contrast.
// A canvas parses any CSS colour the browser knows into sRGB, without touching the page.

/** Black or white, whichever contrasts more with the colour; null if it is not a colour. */
export function textOn(colour: string): string | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.fillStyle = '#010203';
  context.fillStyle = colour;
  const parsed = context.fillStyle;
  if (parsed === '#010203' && colour.replace(/\s/g, '').toLowerCase() !== '#010203') return null;
  const [r, g, b] = rgb(parsed);
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); they are
  // equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000' : '#fff';
}

function rgb(parsed: string): number[] {
  if (parsed.startsWith('#')) return [1, 3, 5].map((i) => parseInt(parsed.slice(i, i + 2), 16));
  return (parsed.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
