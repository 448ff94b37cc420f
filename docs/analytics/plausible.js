// FAQ chat → Plausible. Paste after the widget's script tag, on a page that loads Plausible.
// Sends three custom events, "FAQ question", "FAQ unanswered" and "FAQ feedback", with
// custom properties; add them as goals, and the properties under Site settings › Custom
// properties, to see them in the dashboard.
(function () {
  // Plausible's own queue, for events sent before its script has loaded.
  window.plausible =
    window.plausible ||
    function () {
      (window.plausible.q = window.plausible.q || []).push(arguments);
    };
  // Visitors sometimes type an e-mail address or a phone number: it is not sent.
  function clean(text) {
    return String(text)
      .replace(/\S+@\S+/g, '[e-mail]')
      .replace(/\+?\d[\d\s().-]{6,}\d/g, '[number]');
  }
  function listen(chat) {
    chat.on('question', function (detail) {
      var entry = detail.result.reply === 'answer' ? detail.result.best.id : '';
      window.plausible('FAQ question', {
        props: { question: clean(detail.question), reply: detail.result.reply, entry: entry, locale: detail.locale },
      });
    });
    chat.on('unanswered', function (detail) {
      window.plausible('FAQ unanswered', { props: { question: clean(detail.question), locale: detail.locale } });
    });
    chat.on('feedback', function (detail) {
      window.plausible('FAQ feedback', { props: { entry: detail.entryId, helpful: detail.helpful ? 'yes' : 'no', locale: detail.locale } });
    });
  }
  // The widget's script is deferred: it has run by the time the page's HTML is read.
  if (window.FaqChat) listen(window.FaqChat);
  else
    document.addEventListener('DOMContentLoaded', function () {
      if (window.FaqChat) listen(window.FaqChat);
    });
})();
