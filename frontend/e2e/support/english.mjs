// Finds English words on a page shown in Chinese: visible text and placeholders, outside code
// (model keys, hashes) and the diagrams' drawings (svg); optionally also the tooltips (title, aria-label) under
// a root, for the icon-only palette and context pad of the BPMN editor. Words with digits (USCC codes, GB 2626, N95, officer1) do not
// count; proper names and format names users know are allowed.
export const ALLOWED_WORDS = new Set([
  'CaseFlow', // the product's name
  'English', // the language switch offers English in English
  'USCC',
  'GB',
  'PDF',
  'CSV',
  'BPMN',
  'DMN',
  'Excel',
  'xlsx',
  'SHA',
  'ISO', // ISO 8601 dates and durations, named like GB standards
]);

/** Runs in the page: [{ word, text, where }] for every English word a user sees. */
function scan({ allowed, root: rootSelector, tooltips, skip: extraSkip }) {
  const skip = ['code, kbd, script, style, noscript, svg, [data-no-english-check]', extraSkip].filter(Boolean).join(', ');
  const root = rootSelector ? document.querySelector(rootSelector) : document.body;
  if (!root) return [{ word: '(missing)', text: rootSelector, where: 'root' }];
  const found = [];
  const visible = (el) => {
    if (!el || el.closest(skip)) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : e.classList[0] ? `.${e.classList[0]}` : ''));
    }
    return parts.join(' > ');
  };
  const check = (text, el) => {
    for (const token of text.match(/[A-Za-z0-9][A-Za-z0-9._'’-]*/g) ?? []) {
      if (/\d/.test(token)) continue;
      const word = token.replace(/[._'’-]+$/, '');
      if (word.length < 2 || allowed.includes(word)) continue;
      found.push({ word, text: text.trim().slice(0, 80), where: where(el) });
    }
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent.trim() && visible(node.parentElement)) check(node.textContent, node.parentElement);
  }
  for (const el of root.querySelectorAll('[placeholder]')) {
    if (visible(el)) check(el.getAttribute('placeholder'), el);
  }
  if (tooltips) {
    for (const el of root.querySelectorAll('[title], [aria-label]')) {
      if (!visible(el)) continue;
      for (const name of ['title', 'aria-label']) if (el.getAttribute(name)) check(el.getAttribute(name), el);
    }
  }
  return found;
}

/**
 * The English words visible on the page now (see scan); under `root` only if given, with the tooltips of
 * its elements if `tooltips`, leaving out what matches `skip` (values the model holds, not labels).
 */
export async function englishWords(page, { root, tooltips = false, skip } = {}) {
  return page.evaluate(scan, { allowed: [...ALLOWED_WORDS], root, tooltips, skip });
}
