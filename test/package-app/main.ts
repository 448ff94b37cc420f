// A site's own code, bundled by its own Vite: the widget comes from the npm package, typed.
import { createFaqChat, type FaqChat } from 'faq-chat';

const chat: FaqChat = createFaqChat({ src: '/faq-data/', locale: 'en', global: true });
chat.on('ready', ({ locale }) => document.body.setAttribute('data-ready', locale));
