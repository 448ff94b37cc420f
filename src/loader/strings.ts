// The few words the loader shows before the rest of the widget, with its i18next strings,
// has arrived: the launcher's name, and the notice when the rest cannot load. They are
// built in for the shipped locales, so that the launcher speaks the page's language from
// the first paint; the panel then takes its words from the locale files.
import { chooseLocale } from '../i18n/matchLocale';

/** What the loader says, in one locale. */
export interface LoaderStrings {
  locale: string;
  /** The launcher's accessible name. */
  launcher: string;
  /** The notice when the rest of the widget cannot load. */
  unavailable: string;
  retry: string;
  close: string;
}

// launcher | unavailable | retry | close; the launcher's name matches the locale files' "launcher".
const STRINGS: Record<string, string> = {
  en: 'Open questions and answers|The questions and answers cannot be loaded right now.|Try again|Close',
  es: 'Abrir preguntas y respuestas|No se pueden cargar las preguntas y respuestas en este momento.|Reintentar|Cerrar',
  fr: 'Ouvrir les questions et réponses|Impossible de charger les questions et réponses pour le moment.|Réessayer|Fermer',
  pt: 'Abrir perguntas e respostas|Não foi possível carregar as perguntas e respostas agora.|Tentar novamente|Fechar',
  ko: '자주 묻는 질문 열기|지금은 질문과 답변을 불러올 수 없습니다.|다시 시도|닫기',
  ja: 'よくある質問を開く|現在、よくある質問を読み込めません。|再試行|閉じる',
  zh: '打开问答|暂时无法加载问答。|重试|关闭',
};

/** The loader's words in the first wanted locale it has, else in English. */
export function loaderStrings(wanted: readonly (string | null | undefined)[]): LoaderStrings {
  const locale = chooseLocale(wanted, Object.keys(STRINGS), 'en');
  const [launcher, unavailable, retry, close] = STRINGS[locale].split('|');
  return { locale, launcher, unavailable, retry, close };
}
