// Icons that both the loader and the panel draw, as SVG paths on a 24×24 grid.

/** A speech bubble with a question mark: the launcher while the panel is closed. */
export const ASK_ICON =
  'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2Zm7 11h2v-2h-2v2Z' +
  'm1-9a3.5 3.5 0 0 0-3.5 3.5h2A1.5 1.5 0 1 1 12 10c-.6 0-1 .4-1 1v.5h2v-.2A3.5 3.5 0 0 0 12 5Z';

/** A cross: closing the panel. */
export const CLOSE_ICON = 'm6.4 19-1.4-1.4 5.6-5.6L5 6.4 6.4 5l5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19Z';
