// FAQ chat → Google Analytics 4. Paste after the widget's script tag, on a page that loads
// gtag.js. Sends the events faq_question, faq_unanswered and faq_feedback; register their
// parameters as custom dimensions (Admin › Custom definitions) to see them in reports.
(function () {
  // GA4 keeps at most 100 characters of a parameter's value.
  var LONGEST = 100;
  // Visitors sometimes type an e-mail address or a phone number: it is not sent.
  function clean(text) {
    return String(text)
      .replace(/\S+@\S+/g, '[e-mail]')
      .replace(/\+?\d[\d\s().-]{6,}\d/g, '[number]')
      .slice(0, LONGEST);
  }
  function listen(chat) {
    chat.on('question', function (detail) {
      var entry = detail.result.reply === 'answer' ? detail.result.best.id : '';
      window.gtag('event', 'faq_question', {
        question: clean(detail.question),
        reply: detail.result.reply,
        entry_id: entry,
        locale: detail.locale,
      });
    });
    chat.on('unanswered', function (detail) {
      window.gtag('event', 'faq_unanswered', { question: clean(detail.question), locale: detail.locale });
    });
    chat.on('feedback', function (detail) {
      window.gtag('event', 'faq_feedback', { entry_id: detail.entryId, helpful: detail.helpful, locale: detail.locale });
    });
  }
  // The widget's script is deferred: it has run by the time the page's HTML is read.
  if (window.FaqChat) listen(window.FaqChat);
  else
    document.addEventListener('DOMContentLoaded', function () {
      if (window.FaqChat) listen(window.FaqChat);
    });
})();
