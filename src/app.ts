// The rest of the widget, which the loader brings in on intent as a file of its own: the
// panel, its strings, the search engine and the data loading. It hands its one export to the
// loader that added its script element, without a global.
import { announce } from './loader/announce';
import { mountApp } from './mountApp';

announce(mountApp);
