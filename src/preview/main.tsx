// The preview page's script (demo/preview.html): one bundle with the checker and the widget.
import { render } from 'preact';
import { Preview } from './Preview';

render(<Preview />, document.getElementById('preview')!);
