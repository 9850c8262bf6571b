// Live updates of an event page: new quotes about the event arrive as server-sent events and are listed at the top.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const event = document.querySelector('article.event[data-event]');
  const list = document.getElementById('live-quotes');
  if (!event || !list || !window.EventSource) {
    return;
  }
  const status = document.getElementById('live-status');
  const source = new EventSource(`/events/${event.dataset.event}/live`);
  source.onmessage = (message) => {
    const quote = JSON.parse(message.data);
    const item = document.createElement('li');
    item.className = 'quote-item fresh';
    item.dataset.quote = quote.id;
    const text = document.createElement('blockquote');
    text.textContent = quote.text;
    const meta = document.createElement('p');
    meta.className = 'meta';
    const link = document.createElement('a');
    link.href = `/articles/${quote.articleId}#q${quote.id}`;
    link.textContent = 'في المقال';
    meta.append(`${quote.speaker || 'متحدث غير معروف'} · `);
    const outlet = document.createElement('bdi');
    outlet.textContent = quote.outlet;
    meta.append(outlet, ' · ', link);
    item.append(text, meta);
    list.prepend(item);
    status.textContent = `وصل ${list.children.length} تصريح جديد منذ فتح الصفحة.`;
  };
  source.onerror = () => { status.textContent = 'انقطعت المتابعة الحية؛ يعيد المتصفح المحاولة.'; };
});
