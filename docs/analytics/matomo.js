// FAQ chat → Matomo. Paste after the widget's script tag, on a page that loads Matomo.
// Every question becomes a site search (with 0 results when the chat did not answer), so
// Matomo's "Site Search Keywords" report lists what visitors asked: export it as CSV for
// `npm run faq:misses`. Events add the entry that answered and the visitors' feedback.
(function () {
  var _paq = (window._paq = window._paq || []);
  // Visitors sometimes type an e-mail address or a phone number: it is not sent.
  function clean(text) {
    return String(text)
      .replace(/\S+@\S+/g, '[e-mail]')
      .replace(/\+?\d[\d\s().-]{6,}\d/g, '[number]');
  }
  function listen(chat) {
    chat.on('question', function (detail) {
      var answered = detail.result.reply === 'answer';
      _paq.push(['trackSiteSearch', clean(detail.question), 'FAQ chat (' + detail.locale + ')', answered ? 1 : 0]);
      _paq.push(['trackEvent', 'FAQ chat', 'question: ' + detail.result.reply, answered ? detail.result.best.id : '']);
    });
    chat.on('unanswered', function (detail) {
      _paq.push(['trackEvent', 'FAQ chat', 'unanswered', clean(detail.question)]);
    });
    chat.on('feedback', function (detail) {
      _paq.push(['trackEvent', 'FAQ chat', detail.helpful ? 'helpful' : 'not helpful', detail.entryId]);
    });
  }
  // The widget's script is deferred: it has run by the time the page's HTML is read.
  if (window.FaqChat) listen(window.FaqChat);
  else
    document.addEventListener('DOMContentLoaded', function () {
      if (window.FaqChat) listen(window.FaqChat);
    });
})();
