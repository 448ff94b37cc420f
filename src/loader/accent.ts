// The page may pick any accent colour; the text on it must still reach WCAG AA contrast.
// A one-pixel canvas turns any CSS colour the browser knows (named, hex, rgb, oklch…)
// into sRGB, without touching the page.

/** Black or white, whichever contrasts more with the colour; null if it is not a colour. */
export function textOn(colour: string): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  // An invalid colour leaves fillStyle as it was.
  context.fillStyle = '#010203';
  context.fillStyle = colour;
  if (context.fillStyle === '#010203' && colour.replace(/\s/g, '').toLowerCase() !== '#010203') return null;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); they are
  // equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000' : '#fff';
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
